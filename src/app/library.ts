import { Bookmarks } from '../core/reader/bookmarks';
import { SearchHistory } from '../core/reader/history';
import type { Search } from '../core/search/search';
import type { Placed } from '../core/volume/model';
import type { Block, Category, Volume } from '../core/volume/types';
import { taroStorage } from '../platform/storage';
import { bundledLibrary } from './bundledVolume';

export { queryForms, queryFormsNow } from './searchEngine';

/*
 * The bundled volume's surface as it was before the shelf, for pages not yet following a volume
 * (the search page). New code asks src/app/volumes.ts for a volume's VolumeLibrary instead.
 */

/** The terms the empty search page offers (the bundled volume's). */
export const suggested: string[] = bundledLibrary.suggested;
/** The bundled volume's contents (stubs). */
export const volume: Volume = bundledLibrary.volume;
/** Every block of the bundled volume in reading order, as stubs. */
export const placed: Placed[] = bundledLibrary.placed;

export function findPlaced(id: string): Placed | undefined {
  return bundledLibrary.findPlaced(id);
}
export function fullBlock(id: string): Block | undefined {
  return bundledLibrary.fullBlock(id);
}
export function ensureCategory(categoryId: string): Promise<Category> {
  return bundledLibrary.ensureCategory(categoryId);
}
export function ensureBlocks(ids: string[]): Array<Promise<Category>> {
  return bundledLibrary.ensureBlocks(ids);
}
export function loadedPlaced(categoryId: string): Placed[] {
  return bundledLibrary.loadedPlaced(categoryId);
}
/** The bundled volume's search, opened on first use. */
export function loadSearch(): Promise<Search> {
  return bundledLibrary.loadSearch();
}
export function openedSearch(): Search | undefined {
  return bundledLibrary.openedSearch();
}

let bookmarks: Bookmarks | undefined;
/** The reader's bookmarks (every volume's, each naming its volume). */
export function getBookmarks(): Bookmarks {
  bookmarks ??= new Bookmarks(taroStorage, bundledLibrary.id);
  return bookmarks;
}

let history: SearchHistory | undefined;
/** The reader's search history. */
export function getHistory(): SearchHistory {
  history ??= new SearchHistory(taroStorage, bundledLibrary.id);
  return history;
}
