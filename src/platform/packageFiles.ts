import Taro from '@tarojs/taro';
import type { PackagedFile, PackageLayout } from './packageLayout';

export type { PackagedFile, PackageLayout };

type WxLoader = {
  loadSubpackage?: (o: { name: string; success: () => void; fail: (e: unknown) => void }) => void;
};

/** Download a subpackage (at once when WeChat already has it); rejects when it cannot be had. */
export function loadSubpackage(root: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const wxApi = (globalThis as unknown as { wx?: WxLoader }).wx;
    if (!root || !wxApi?.loadSubpackage) return resolve();
    wxApi.loadSubpackage({
      name: root,
      success: () => resolve(),
      fail: (e: unknown) => reject(new Error(`loadSubpackage ${root}: ${JSON.stringify(e)}`)),
    });
  });
}

/**
 * A JSON file of the code package, read now: only for files of the main package, which WeChat has
 * before the first page runs. `.json` is on the list of package files the FileSystemManager may read,
 * and project.config.json keeps `ignoreUploadUnusedFiles` false so they are uploaded.
 */
export function readMainJson<T>(file: PackagedFile): T {
  return JSON.parse(Taro.getFileSystemManager().readFileSync(file.path, 'utf8') as string) as T;
}

/** A JSON file of a subpackage: the package is loaded first, then the file read. */
export async function readPackagedJson<T>(file: PackagedFile): Promise<T> {
  await loadSubpackage(file.root);
  return readMainJson<T>(file);
}

/**
 * A JSON text the build cut into pieces across packages (src/node/build/jsonChunks.ts): each piece
 * is a JSON string; joined, they are the text. The packages download in parallel.
 */
export async function readPiecedJson<T>(pieces: PackagedFile[]): Promise<T> {
  const texts = await Promise.all(pieces.map((piece) => readPackagedJson<string>(piece)));
  return JSON.parse(texts.join('')) as T;
}
