import { Bookmarks } from '../core/reader/bookmarks';
import { SearchHistory } from '../core/reader/history';
import type { Search } from '../core/search/search';
import type { PackedIndex } from '../core/search/format';
import { blocksInOrder, type Placed } from '../core/volume/model';
import { unpackToc, type PackedToc } from '../core/volume/tocStubs';
import type { Block, Category, Volume } from '../core/volume/types';
import partsJson from '@generated/app/parts.json';
import layoutJson from '@generated/app/packages.json';
import { readCategoryText } from '../platform/categoryText';
import { readMainJson, readPiecedJson, type PackageLayout } from '../platform/packageFiles';
import { taroStorage } from '../platform/storage';

/** Which file holds a category's text (the build's `app/parts.json`). */
interface TextPart {
  category: string;
  file: string;
}
/** Where the build placed the volume's files in WeChat's packages: the only source of those paths. */
const layout = layoutJson as unknown as PackageLayout;
const manifest = partsJson as unknown as { parts: TextPart[]; suggested: string[] };
const parts = manifest.parts;
/** The terms the empty search page offers, counted by the build in the whole text (the app has the contents only). */
export const suggested: string[] = manifest.suggested;

/**
 * The contents, and every category's text for a volume small enough to have it at start-up. H5
 * bundles them; WeChat reads them from files of the main package (JSON read as text is half the size
 * of the same data compiled into a script, where Chinese is escaped). Not a ternary: webpack drops
 * the other platform's branch only from plain if/else on a constant.
 */
function startingParts(): { toc: PackedToc; allText: Record<string, Category> } {
  if (process.env.TARO_ENV === 'h5') {
    return {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      toc: require('@generated/app/toc.json') as PackedToc,
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      allText: require('@generated/app/all-text.json') as Record<string, Category>,
    };
  } else {
    return {
      toc: readMainJson<PackedToc>(layout.toc),
      allText: readMainJson<Record<string, Category>>(layout.allText),
    };
  }
}
const starting = startingParts();

/**
 * The bundled volume, built by `yearbook build` into src/generated before every app build, never
 * edited by hand. The table of contents is always at hand; a category's text is at hand too for a
 * volume that fits one package, and is loaded when first needed for a larger one (docs/large-volumes.md).
 */
export const volume: Volume = unpackToc(starting.toc);
/** Every block in reading order, as stubs: titles and pages, no text. */
export const placed: Placed[] = blocksInOrder(volume);
const byId = new Map(placed.map((p) => [p.block.id, p]));

const loaded = new Map<string, Category>(Object.entries(starting.allText));
const fullBlocks = new Map<string, Block>();
const indexLoaded = (category: Category) => {
  for (const s of category.sections) for (const b of s.blocks) fullBlocks.set(b.id, b);
};
loaded.forEach(indexLoaded);
const pending = new Map<string, Promise<Category>>();

export function findPlaced(id: string): Placed | undefined {
  return byId.get(id);
}

/** The block with its text, if its category is loaded. */
export function fullBlock(id: string): Block | undefined {
  return fullBlocks.get(id);
}

/** The category's text, loading it the first time (once, however many ask). */
export function ensureCategory(categoryId: string): Promise<Category> {
  const ready = loaded.get(categoryId);
  if (ready) return Promise.resolve(ready);
  let loading = pending.get(categoryId);
  if (!loading) {
    const part = parts.find((p) => p.category === categoryId);
    loading = part
      ? readCategoryText(part.file, layout.text[categoryId])
      : Promise.reject(new Error(`no text for ${categoryId}`));
    loading = loading.then((category) => {
      loaded.set(categoryId, category);
      indexLoaded(category);
      return category;
    });
    loading.catch(() => pending.delete(categoryId));
    pending.set(categoryId, loading);
  }
  return loading;
}

/** Load the categories of these blocks: one promise a category, each settled as its text arrives. */
export function ensureBlocks(ids: string[]): Array<Promise<Category>> {
  const categories = new Set(ids.map((id) => byId.get(id)?.category.id).filter((c): c is string => !!c));
  return [...categories].map(ensureCategory);
}

export function loadedPlaced(categoryId: string): Placed[] {
  return placed
    .filter((p) => p.category.id === categoryId && fullBlocks.has(p.block.id))
    .map((p) => ({ ...p, block: fullBlocks.get(p.block.id)! }));
}

let search: Search | undefined;
let searchLoading: Promise<Search> | undefined;

/**
 * The search index is opened on the first search, not at start-up: in H5 it is a file fetched then;
 * in WeChat it is read from subpackages (preloaded with the contents where the network allows).
 */
export function loadSearch(): Promise<Search> {
  if (search) return Promise.resolve(search);
  if (!searchLoading) {
    searchLoading = Promise.all([importEngine(), importIndex()]).then(([engine, index]) => {
      search = new engine.Search(new engine.PackedIndexData(index), (id) => fullBlocks.get(id));
      return search;
    });
    // A failed download (no network for the index's subpackage) is tried again by the next search.
    searchLoading.catch(() => (searchLoading = undefined));
  }
  // Both are loading; meanwhile build OpenCC's table, which the first query needs.
  void importEngine().then((engine) => engine.prepareFolding());
  return searchLoading;
}

/** The search, if already opened. */
export function openedSearch(): Search | undefined {
  return search;
}

type Engine = typeof import('./engine');
let engine: Promise<Engine> | undefined;
let engineLoaded: Engine | undefined;

/** H5: a chunk fetched on the first search. WeChat loads no chunks on demand: it is in the bundle. */
function importEngine(): Promise<Engine> {
  if (process.env.TARO_ENV === 'h5') {
    engine ??= import(/* webpackChunkName: "search" */ './engine').then((loaded) => (engineLoaded = loaded));
  } else {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    engineLoaded ??= require('./engine') as Engine;
    engine ??= Promise.resolve(engineLoaded);
  }
  return engine;
}

/**
 * The forms a query's terms are looked for in (simplified and as typed), for the reader's
 * highlighting: at once when the engine is loaded (always in WeChat), else undefined — then ask
 * `queryForms`, which loads it.
 */
export function queryFormsNow(query: string): string[] | undefined {
  return engineLoaded?.termVariants(query).flat();
}

export function queryForms(query: string): Promise<string[]> {
  return importEngine().then((loaded) => loaded.termVariants(query).flat());
}

/** Not async: webpack drops the other platform's branch only from plain if/else on a constant. */
function importIndex(): Promise<PackedIndex> {
  if (process.env.TARO_ENV === 'h5') {
    // A static file beside the page (config/index.ts copies it), fetched and parsed as JSON text.
    return fetch('./volume/search-index.json').then((response) => {
      if (!response.ok) throw new Error(`search-index.json: ${response.status}`);
      return response.json() as Promise<PackedIndex>;
    });
  } else {
    // Pieces of its JSON text in subpackages of their own: a large index is over one package's 2 MB.
    return readPiecedJson<PackedIndex>(layout.index);
  }
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
