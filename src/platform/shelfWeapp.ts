import { sha256 as nobleSha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import {
  FetchError,
  StoreFullError,
  type CancelToken,
  type Fetcher,
  type Sha256,
  type ShelfStore,
  type StoreSpace,
} from '../core/shelf/ports';

/** The parts of WeChat's `wx` the shelf uses (typed here: the harness provides a recording fake). */
interface WxFs {
  readFile(o: {
    filePath: string;
    success(r: { data: ArrayBuffer }): void;
    fail(e: { errMsg: string }): void;
  }): void;
  writeFile(o: {
    filePath: string;
    data: ArrayBuffer;
    success(): void;
    fail(e: { errMsg: string }): void;
  }): void;
  unlink(o: { filePath: string; success(): void; fail(e: { errMsg: string }): void }): void;
  mkdirSync(path: string, recursive: boolean): void;
  rmdirSync(path: string, recursive: boolean): void;
  readdirSync(path: string): string[];
  statSync(path: string): { size: number; isDirectory(): boolean };
}
interface WxTask {
  onProgressUpdate(listener: (r: { totalBytesWritten: number }) => void): void;
  abort(): void;
}
interface Wx {
  env: { USER_DATA_PATH: string };
  downloadFile(o: {
    url: string;
    success(r: { statusCode: number; tempFilePath: string }): void;
    fail(e: { errMsg: string }): void;
  }): WxTask;
  getFileSystemManager(): WxFs;
}
const wxApi = (): Wx => (globalThis as unknown as { wx: Wx }).wx;

/** WeChat documents 200 MB for a mini-program's local user files (wx.env.USER_DATA_PATH). */
export const WEAPP_USER_FILES_LIMIT = 200 * 1024 * 1024;

const promised = <T>(
  call: (done: (value: T) => void, fail: (e: { errMsg: string }) => void) => void,
): Promise<T> => new Promise<T>((resolve, reject) => call(resolve, reject));

const bufferOf = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/**
 * `wx.downloadFile` into a temporary file (progress from onProgressUpdate, cancel by abort), then
 * read into memory for the installer to verify. A 404 still "succeeds" with its statusCode.
 */
export const weappFetcher: Fetcher = {
  async fetch(url: string, onProgress: (received: number) => void, cancel: CancelToken): Promise<Uint8Array> {
    if (cancel.cancelled) throw new FetchError('cancelled', 'cancelled');
    const { statusCode, tempFilePath } = await new Promise<{ statusCode: number; tempFilePath: string }>(
      (resolve, reject) => {
        const task = wxApi().downloadFile({
          url,
          success: resolve,
          fail: (e) =>
            reject(
              cancel.cancelled || /abort/.test(e.errMsg)
                ? new FetchError('cancelled', e.errMsg)
                : new FetchError('offline', e.errMsg),
            ),
        });
        task.onProgressUpdate((r) => onProgress(r.totalBytesWritten));
        cancel.onCancel(() => task.abort());
      },
    );
    if (statusCode !== 200) throw new FetchError('missing', `${url}: ${statusCode}`, statusCode);
    const fs = wxApi().getFileSystemManager();
    const data = await promised<{ data: ArrayBuffer }>((success, fail) =>
      fs.readFile({ filePath: tempFilePath, success, fail }),
    ).catch((e: { errMsg: string }) => Promise.reject(new FetchError('offline', e.errMsg)));
    // The temporary file has served its purpose; WeChat would clear it later anyway.
    fs.unlink({ filePath: tempFilePath, success: () => undefined, fail: () => undefined });
    return new Uint8Array(data.data);
  },
};

/** No WebCrypto in WeChat's JS engine: @noble/hashes, plain JS. */
export const weappSha256: Sha256 = async (bytes) => bytesToHex(nobleSha256(bytes));

/** Files under `<USER_DATA_PATH>/shelf/`, through the FileSystemManager. */
export class WeappFileStore implements ShelfStore {
  private get root(): string {
    return `${wxApi().env.USER_DATA_PATH}/shelf`;
  }
  private get fs(): WxFs {
    return wxApi().getFileSystemManager();
  }

  async write(path: string, bytes: Uint8Array): Promise<void> {
    const filePath = `${this.root}/${path}`;
    try {
      this.fs.mkdirSync(filePath.slice(0, filePath.lastIndexOf('/')), true);
    } catch {
      // Already there.
    }
    await promised<void>((success, fail) =>
      this.fs.writeFile({ filePath, data: bufferOf(bytes), success, fail }),
    ).catch((e: { errMsg: string }) => {
      throw /exceed|limit|no space|ENOSPC/i.test(e.errMsg)
        ? new StoreFullError(e.errMsg)
        : new Error(e.errMsg);
    });
  }
  async read(path: string): Promise<Uint8Array | undefined> {
    return promised<{ data: ArrayBuffer }>((success, fail) =>
      this.fs.readFile({ filePath: `${this.root}/${path}`, success, fail }),
    )
      .then((r) => new Uint8Array(r.data))
      .catch(() => undefined);
  }
  async remove(path: string): Promise<void> {
    await promised<void>((success, fail) =>
      this.fs.unlink({ filePath: `${this.root}/${path}`, success, fail }),
    ).catch(() => undefined);
    // Folders emptied by the removal go too, so a failed download leaves not even an empty folder.
    const parts = path.split('/').slice(0, -1);
    for (let n = parts.length; n > 0; n--) {
      try {
        this.fs.rmdirSync(`${this.root}/${parts.slice(0, n).join('/')}`, false);
      } catch {
        break; // not empty (or gone): its parents are not empty either
      }
    }
  }
  async list(): Promise<string[]> {
    return this.walk(this.root, '').map(([p]) => p);
  }
  async space(): Promise<StoreSpace> {
    // The 200 MB are for all of the mini-program's user files, so all of them count as used.
    const used = this.walk(wxApi().env.USER_DATA_PATH, '').reduce((sum, [, size]) => sum + size, 0);
    return { used, allowed: WEAPP_USER_FILES_LIMIT };
  }

  private walk(dir: string, prefix: string): Array<[string, number]> {
    let names: string[];
    try {
      names = this.fs.readdirSync(dir);
    } catch {
      return [];
    }
    return names.flatMap((name): Array<[string, number]> => {
      const stat = this.fs.statSync(`${dir}/${name}`);
      return stat.isDirectory()
        ? this.walk(`${dir}/${name}`, `${prefix}${name}/`)
        : [[`${prefix}${name}`, stat.size]];
    });
  }
}
