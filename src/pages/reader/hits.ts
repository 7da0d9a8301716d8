import { foldText } from '../../core/search/fold';
import { matchRanges } from '../../core/search/snippets';
import { textParts } from '../../core/volume/model';
import type { Block } from '../../core/volume/types';

/** Where a search's terms occur in a block, numbered in reading order for "hit n of N". */
export interface HitMap {
  total: number;
  ranges(part: number, shift?: number): Array<[number, number]>;
  first(part: number): number;
  cell(row: number, cell: number): boolean;
  /** The part holding hit n. */
  partOf(hit: number): number;
}

/** `forms`: the query's terms in every form they are looked for in (`queryForms`); none, no hits. */
export function hitMap(block: Block, forms: string[]): HitMap {
  const byPart = new Map<number, Array<[number, number]>>();
  const firsts = new Map<number, number>();
  const owners: number[] = [];
  let total = 0;
  if (forms.length) {
    for (const part of textParts(block)) {
      const ranges = matchRanges(foldText(part.text), forms);
      if (!ranges.length) continue;
      byPart.set(part.index, ranges);
      firsts.set(part.index, total);
      ranges.forEach(() => owners.push(part.index));
      total += ranges.length;
    }
  }
  return {
    total,
    ranges: (part, shift = 0) =>
      (byPart.get(part) ?? []).map(([a, b]) => [a + shift, b + shift] as [number, number]),
    first: (part) => firsts.get(part) ?? 0,
    cell: (row, cell) => {
      if (block.kind !== 'table' || !forms.length) return false;
      const text = foldText(row === 0 ? block.columns[cell] : (block.rows[row - 1]?.[cell] ?? ''));
      return forms.some((f) => text.includes(f));
    },
    partOf: (hit) => owners[hit] ?? -1,
  };
}
