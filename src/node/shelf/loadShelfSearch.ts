import path from 'node:path';
import { ShelfSearch } from '../../core/shelf/shelfSearch';
import type { ShelfManifest } from '../../core/shelf/types';
import { loadSearch } from '../search/loadSearch';
import { readBuiltShelf } from './builtShelf';

/** Open every volume of a built shelf for searching (each checked as `yearbook search` checks one). */
export function loadShelfSearch(dir: string): { shelf: ShelfManifest; search: ShelfSearch } {
  const shelf = readBuiltShelf(dir);
  const search = new ShelfSearch(
    shelf.volumes.map((v) => ({
      id: v.id,
      title: v.title,
      year: v.year,
      search: loadSearch(path.join(dir, v.id)),
    })),
  );
  return { shelf, search };
}
