import type { OpenSearch } from '../core/reader/volumeLibrary';

type Engine = typeof import('./engine');
let engine: Promise<Engine> | undefined;
let engineLoaded: Engine | undefined;

/** H5: a chunk fetched on the first search. WeChat loads no chunks on demand: it is in the bundle. */
export function importEngine(): Promise<Engine> {
  if (process.env.TARO_ENV === 'h5') {
    engine ??= import(/* webpackChunkName: "search" */ './engine').then((loaded) => (engineLoaded = loaded));
  } else {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    engineLoaded ??= require('./engine') as Engine;
    engine ??= Promise.resolve(engineLoaded);
  }
  return engine;
}

/** Opens a volume's search with the engine, loading the engine first (every volume shares it). */
export const openSearch: OpenSearch = (index, block) =>
  importEngine().then((loaded) => new loaded.Search(new loaded.PackedIndexData(index), block));

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
