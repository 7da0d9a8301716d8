/**
 * How results are ordered: by tier, then Lunr's score, then reading order. A result's key is
 * `tier × TIER + score`; Lunr's scores stay far below TIER.
 */
export const TIER = 1e9;

export const Tier = {
  /** Every word of the query, apart. */
  Scattered: 0,
  /** Every word of the query apart, and the title holds them all: a title typed from memory. */
  ScatteredTitle: 1,
  /** Every term as typed. */
  Literal: 2,
  /** Every term as typed, in the title. */
  LiteralTitle: 3,
} as const;

/** Whether a ranking key belongs to a literal hit. */
export function isLiteral(key: number): boolean {
  return key >= Tier.Literal * TIER;
}

/** The `k` best of the first `n` documents by key, the earlier document first among equals, without sorting them all. */
export function topK(
  docs: Int32Array,
  keys: Float64Array,
  n: number,
  k: number,
): Array<{ doc: number; key: number }> {
  const top: Array<{ doc: number; key: number }> = [];
  if (k === 0) return top;
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    if (top.length === k && key <= top[k - 1].key) continue;
    let at = top.length;
    while (at > 0 && top[at - 1].key < key) at--;
    top.splice(at, 0, { doc: docs[i], key });
    if (top.length > k) top.pop();
  }
  return top;
}
