import { Bookmarks } from '../core/reader/bookmarks';
import { SearchHistory } from '../core/reader/history';
import { PackedIndexData } from '../core/search/packedIndexData';
import { Search } from '../core/search/search';
import type { PackedIndex } from '../core/search/format';
import { blocksInOrder, type Placed } from '../core/volume/model';
import type { Volume } from '../core/volume/types';
import volumeJson from '@generated/volume.json';
import indexJson from '@generated/search-index.json';
import { taroStorage } from '../platform/storage';

/**
 * The bundled volume and what the pages share: built by `yearbook build` into src/generated before
 * every app build, never edited by hand.
 */
export const volume = volumeJson as unknown as Volume;
export const placed: Placed[] = blocksInOrder(volume);
const byId = new Map(placed.map((p) => [p.block.id, p]));

export function findPlaced(id: string): Placed | undefined {
  return byId.get(id);
}

let search: Search | undefined;
/** Opened on the first search, not at start-up. */
export function getSearch(): Search {
  search ??= new Search(
    new PackedIndexData(indexJson as unknown as PackedIndex),
    (id) => byId.get(id)?.block,
  );
  return search;
}

let bookmarks: Bookmarks | undefined;
export function getBookmarks(): Bookmarks {
  bookmarks ??= new Bookmarks(taroStorage);
  return bookmarks;
}

let history: SearchHistory | undefined;
export function getHistory(): SearchHistory {
  history ??= new SearchHistory(taroStorage);
  return history;
}
