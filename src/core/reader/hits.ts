import { foldText } from '../search/fold';
import { matchRanges } from '../search/snippets';
import { textParts } from '../volume/model';
import type { Block } from '../volume/types';

/** Ranges in one text, and the number of the first of them among the block's hits. */
export interface HitRanges {
  ranges: Array<[number, number]>;
  first: number;
}

/** Where a search's terms occur in a block, numbered in reading order for "hit n of N". */
export interface HitMap {
  total: number;
  /** The hits in a part (see textParts), shifted by `shift` when the part is drawn with a prefix. */
  ranges(part: number, shift?: number): Array<[number, number]>;
  /** The number of the part's first hit. */
  first(part: number): number;
  /** The hits starting in one table cell (row 0 the header, r + 1 row r), clipped to the cell. */
  cell(row: number, cell: number): HitRanges;
  /** The part holding hit n (-1 when there is none). */
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
  const ranges = (part: number, shift = 0) =>
    (byPart.get(part) ?? []).map(([a, b]) => [a + shift, b + shift] as [number, number]);
  const first = (part: number) => firsts.get(part) ?? 0;
  return {
    total,
    ranges,
    first,
    cell: (row, cell) => (block.kind === 'table' ? cellHits(block.columns, block.rows, row, cell) : NONE),
    partOf: (hit) => owners[hit] ?? -1,
  };

  // A table row is searched as its cells joined by one space (textParts): cut its hits back into cells.
  function cellHits(columns: string[], rows: string[][], row: number, cell: number): HitRanges {
    const cells = row === 0 ? columns : (rows[row - 1] ?? []);
    const start = cells.slice(0, cell).reduce((n, c) => n + c.length + 1, 0);
    const end = start + (cells[cell] ?? '').length;
    const all = byPart.get(row) ?? [];
    const inside = all.filter(([a]) => a >= start && a < end);
    if (!inside.length) return NONE;
    return {
      ranges: inside.map(([a, b]) => [a - start, Math.min(b, end) - start] as [number, number]),
      first: first(row) + all.indexOf(inside[0]),
    };
  }
}

const NONE: HitRanges = { ranges: [], first: 0 };

/** The hit after (delta 1) or before (-1) the current one, wrapping round at either end. */
export function stepHit(current: number, delta: number, total: number): number {
  if (total <= 0) return 0;
  return (((current + delta) % total) + total) % total;
}
