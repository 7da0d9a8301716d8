import fs from 'node:fs';
import path from 'node:path';
import { ShelfSearch } from '../../core/shelf/shelfSearch';
import { volumeCharacters } from '../../core/shelf/volumeCharacters';
import type { ShelfManifest } from '../../core/shelf/types';
import { VOLUME_FILE } from '../build/buildVolume';
import { loadSearch } from '../search/loadSearch';
import { readBuiltShelf } from './builtShelf';

/**
 * Open every volume of a built shelf for searching (each checked as `yearbook search` checks one),
 * with the characters (and pairs of them) each volume uses, so a search skips the volumes that cannot answer.
 */
export function loadShelfSearch(dir: string): { shelf: ShelfManifest; search: ShelfSearch } {
  const shelf = readBuiltShelf(dir);
  const search = new ShelfSearch(
    shelf.volumes.map((v) => ({
      id: v.id,
      title: v.title,
      year: v.year,
      search: loadSearch(path.join(dir, v.id)),
      ...volumeCharacters(fs.readFileSync(path.join(dir, v.id, VOLUME_FILE), 'utf8')),
    })),
  );
  return { shelf, search };
}
