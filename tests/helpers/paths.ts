import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
/** The raw seed chapter, read from the shared folder beside the repo (never copied into it). */
export const SEED_RAW = path.resolve(ROOT, '../shared/seed/000_c11476b5eeaba6c5.txt');
export const SEED_SOURCE = path.join(ROOT, 'data/volumes/shangcheng');

export function tempDir(prefix = 'yearbook-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** The import flags the committed seed source was made with. */
export const SEED_IMPORT = {
  id: 'shangcheng-2019',
  title: '上城年鉴（2019）',
  publisher: '方志出版社',
  place: '北京',
  published: 2019,
};
