/** A run of text to render, marked where it is a search hit: pages render these, never HTML. */
export interface Segment {
  text: string;
  hit: boolean;
  /** The hit's number in the block (0-based), for "hit n of N". */
  hitIndex?: number;
}

/** Cut `text` at the ranges (sorted, non-overlapping UTF-16 offsets). */
export function segments(text: string, ranges: Array<[number, number]>, firstHit = 0): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  ranges.forEach(([start, end], i) => {
    if (start > at) out.push({ text: text.slice(at, start), hit: false });
    if (end > start) out.push({ text: text.slice(start, end), hit: true, hitIndex: firstHit + i });
    at = Math.max(at, end);
  });
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), hit: false });
  return out;
}
