import fs from 'node:fs';
import path from 'node:path';

/** WeChat's root for a mini-program's own files (wx.env.USER_DATA_PATH) and for downloads' temp files. */
export const USER_DATA_PATH = 'wxfile://usr';
const TEMP = 'wxfile://tmp';

/** A shelf served to `downloadFile`: `<base><path>` answered from the built shelf in `dir`. */
export interface ServedShelf {
  base: string;
  dir: string;
  /** A real folder standing for USER_DATA_PATH (downloads' temp files go beside it). */
  userData: string;
}

/** URL → fault: a status code to answer, 'tamper' to change one byte, 'slow' to take over a second. */
export type Faults = Map<string, number | 'tamper' | 'slow'>;

type Done<T> = { success?(r: T): void; fail?(e: { errMsg: string }): void; complete?(r: unknown): void };

/** Answer a tick later as a phone does: `work`'s result, or its error as `<api>:fail …`. */
function answer<T>(o: Done<T>, api: string, work: () => T): void {
  setTimeout(() => {
    try {
      const r = work();
      o.success?.(r);
      o.complete?.(r);
    } catch (e) {
      const error = { errMsg: `${api}:fail ${(e as Error).message}` };
      o.fail?.(error);
      o.complete?.(error);
    }
  }, 0);
}

/**
 * The FileSystemManager's calls on wxfile:// paths, kept in real folders (`real` maps a path, or
 * answers undefined for a code-package path, which recordedWx reads from the build).
 */
export function userFiles(shelf: ServedShelf) {
  const temp = path.join(shelf.userData, '..', 'tmp');
  fs.mkdirSync(shelf.userData, { recursive: true });
  fs.mkdirSync(temp, { recursive: true });
  const real = (p: string): string | undefined => {
    if (p.startsWith(USER_DATA_PATH)) return path.join(shelf.userData, p.slice(USER_DATA_PATH.length));
    if (p.startsWith(TEMP)) return path.join(temp, p.slice(TEMP.length));
    return undefined;
  };
  const must = (p: string) => {
    const r = real(p);
    if (!r) throw new Error(`not a user file: ${p}`);
    return r;
  };
  let n = 0;
  const files = {
    real,
    /** Keep downloaded bytes as WeChat does, in a temporary file; its wxfile:// path. */
    keepTemp(bytes: Buffer): string {
      const name = `${TEMP}/download-${n++}`;
      fs.writeFileSync(must(name), bytes);
      return name;
    },
    readFile(o: Done<{ data: ArrayBuffer }> & { filePath: string }) {
      answer(o, 'readFile', () => {
        const b = fs.readFileSync(must(o.filePath));
        return { data: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer };
      });
    },
    writeFile(o: Done<unknown> & { filePath: string; data: ArrayBuffer }) {
      answer(o, 'writeFile', () => fs.writeFileSync(must(o.filePath), Buffer.from(o.data)));
    },
    unlink(o: Done<unknown> & { filePath: string }) {
      answer(o, 'unlink', () => fs.unlinkSync(must(o.filePath)));
    },
    mkdirSync: (p: string, recursive: boolean) => void fs.mkdirSync(must(p), { recursive }),
    rmdirSync: (p: string, recursive: boolean) =>
      recursive ? fs.rmSync(must(p), { recursive: true }) : fs.rmdirSync(must(p)),
    readdirSync: (p: string) => fs.readdirSync(must(p)),
    statSync: (p: string) => fs.statSync(must(p)),
  };
  return files;
}

/**
 * `wx.downloadFile` answered from the shelf's folder: three progress steps, then the file (a 404
 * for what the folder lacks) in a temporary file; `abort` fails the download as WeChat's does.
 */
export function recordedDownload(
  shelf: ServedShelf,
  files: ReturnType<typeof userFiles>,
  faults: Faults,
  record: (api: string, arg: unknown) => void,
) {
  return (o: Done<{ statusCode: number; tempFilePath: string }> & { url: string }) => {
    const listeners: Array<(r: { totalBytesWritten: number }) => void> = [];
    let aborted = false;
    const file = path.join(shelf.dir, decodeURIComponent(o.url.slice(shelf.base.length)));
    const found = o.url.startsWith(shelf.base) && file.startsWith(shelf.dir) && fs.existsSync(file);
    const fault = faults.get(o.url);
    const size = found ? fs.statSync(file).size : 0;
    const steps = [1, 2, 3].map((i) => () => {
      if (aborted) return;
      listeners.forEach((l) => l({ totalBytesWritten: Math.floor((size * i) / 3) }));
      if (i < 3) return;
      if (typeof fault === 'number' || !found) {
        o.success?.({ statusCode: typeof fault === 'number' ? fault : 404, tempFilePath: '' });
        return;
      }
      const bytes = fs.readFileSync(file);
      if (fault === 'tamper') bytes[10] ^= 1;
      o.success?.({ statusCode: 200, tempFilePath: files.keepTemp(bytes) });
    });
    steps.forEach((step, i) => setTimeout(step, (fault === 'slow' ? 400 : 5) * (i + 1)));
    return {
      onProgressUpdate: (l: (r: { totalBytesWritten: number }) => void) => void listeners.push(l),
      abort: () => {
        record('DownloadTask.abort', o.url);
        aborted = true;
        setTimeout(() => o.fail?.({ errMsg: 'downloadFile:fail abort' }), 0);
      },
    };
  };
}
