import type { Category } from '../core/volume/types';
import { readPackagedJson, type PackagedFile } from './packageFiles';

/**
 * Read one category's text where the build put it: in H5 a file beside the page (fetched), in
 * WeChat a .json file in the subpackage the build's layout names (`app/packages.json`), downloaded
 * with loadSubpackage and read with the FileSystemManager. Rejects when the text cannot be had (no
 * network, a package missing): the reader then offers 重试 — it never means the entry does not exist.
 */
export async function readCategoryText(file: string, packaged: PackagedFile | undefined): Promise<Category> {
  if (process.env.TARO_ENV === 'h5') {
    const response = await fetch(`./volume/${file}`);
    if (!response.ok) throw new Error(`${file}: ${response.status}`);
    return (await response.json()) as Category;
  }
  if (!packaged) throw new Error(`${file}: not in the build's package layout`);
  return readPackagedJson<Category>(packaged);
}
