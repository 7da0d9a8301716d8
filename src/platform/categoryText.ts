import Taro from '@tarojs/taro';
import type { Category } from '../core/volume/types';

export interface TextPart {
  category: string;
  file: string;
  /** The weapp subpackage folder (within the generated folder) that holds the file. */
  root: string;
}

/**
 * Read one category's text where the build put it: in H5 a file beside the page (fetched), in WeChat
 * a .json file in a subpackage, downloaded with loadSubpackage and read from the code package with
 * the FileSystemManager (JSON is a whitelisted extension; project.config.json keeps
 * ignoreUploadUnusedFiles false so the files are uploaded).
 */
export async function readCategoryText(part: TextPart, generatedBase = 'generated'): Promise<Category> {
  if (process.env.TARO_ENV === 'h5') {
    const response = await fetch(`./volume/${part.file}`);
    if (!response.ok) throw new Error(`${part.file}: ${response.status}`);
    return (await response.json()) as Category;
  }
  const root = `${generatedBase}/${part.root}`;
  await new Promise<void>((resolve, reject) => {
    const wxApi = (globalThis as unknown as { wx?: { loadSubpackage?: (o: object) => void } }).wx;
    if (!wxApi?.loadSubpackage) return resolve();
    wxApi.loadSubpackage({ name: root, success: () => resolve(), fail: (e: unknown) => reject(e) });
  });
  const text = Taro.getFileSystemManager().readFileSync(`${root}/${part.file}`, 'utf8') as string;
  return JSON.parse(text) as Category;
}
