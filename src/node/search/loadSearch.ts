import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PackedIndexData } from '../../core/search/packedIndexData';
import { Search } from '../../core/search/search';
import type { PackedIndex } from '../../core/search/format';
import { findBlock } from '../../core/volume/model';
import { INDEX_FILE, VOLUME_FILE } from '../build/buildVolume';
import { loadBuilt } from '../build/loadBuilt';
import { InputError } from '../errors';

/**
 * Open a built directory for searching, refusing a damaged index (see `openPackedIndex`) and one built
 * from another volume.json, each with the file and what to do.
 */
export function loadSearch(dir: string): Search {
  const volume = loadBuilt(dir);
  const indexFile = path.join(dir, INDEX_FILE);
  if (!fs.existsSync(indexFile)) throw InputError.at(indexFile, 0, 'missing: run `yearbook build` again');
  let packed: PackedIndex;
  try {
    packed = JSON.parse(fs.readFileSync(indexFile, 'utf8'));
  } catch (error) {
    throw InputError.at(indexFile, 0, `not valid JSON (${(error as Error).message})`);
  }
  // Opened (and so checked whole) before anything is read from it.
  let data: PackedIndexData;
  try {
    data = new PackedIndexData(packed);
  } catch (error) {
    throw InputError.at(indexFile, 0, (error as Error).message);
  }
  const volumeJson = fs.readFileSync(path.join(dir, VOLUME_FILE), 'utf8');
  const hash = crypto.createHash('sha256').update(volumeJson).digest('hex').slice(0, 16);
  if (packed.volumeHash !== hash) {
    throw InputError.at(indexFile, 0, 'was built from another volume.json: run `yearbook build` again');
  }
  const blocks = new Map<string, ReturnType<typeof findBlock>>();
  return new Search(data, (id) => {
    if (!blocks.has(id)) blocks.set(id, findBlock(volume, id));
    return blocks.get(id)?.block;
  });
}
