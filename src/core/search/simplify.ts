import * as OpenCC from 'opencc-js/t2cn';
import { foldText } from './fold';

// Apart from fold.ts: the reader's highlighting folds text too, and should not load OpenCC's table.

let toSimplified: ((text: string) => string) | undefined;

/**
 * What a query becomes before it is looked up: folded as the text is, and traditional characters
 * turned into simplified ones (垃圾分類 → 垃圾分类) with OpenCC's t2cn table (opencc-js, ~110 KB).
 */
export function foldQuery(query: string): string {
  return foldText(prepareFolding()(foldText(query)));
}

/**
 * Build OpenCC's converter now (its dictionary takes tens of milliseconds to load): the app calls
 * this while the index is still on its way, so the first query does not wait for it.
 */
export function prepareFolding(): (text: string) => string {
  toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return toSimplified;
}
