import type { IndexData } from './indexData';

/**
 * When nothing holds the query literally, offer the vocabulary terms nearest to it: those sharing the
 * longest run of characters with a query term, the more frequent first. Never a fuzzy match in
 * place of the query: an edit distance of one turns 人口 into 人民.
 */
export function suggestTerms(terms: string[], index: IndexData, count = 5): string[] {
  const scored = new Map<number, number>();
  for (const term of terms) {
    const chars = [...term];
    const seeds = new Set<number>();
    for (let i = 0; i + 1 < chars.length; i++)
      for (const t of index.containing(chars[i] + chars[i + 1])) seeds.add(t);
    if (chars.length === 1) for (const t of index.containing(term)) seeds.add(t);
    for (const t of seeds) {
      const overlap = commonRun(term, index.terms[t]);
      if (index.terms[t] === term) continue;
      scored.set(t, Math.max(scored.get(t) ?? 0, overlap));
    }
  }
  return [...scored.entries()]
    .sort((a, b) => b[1] - a[1] || index.postingCount(b[0]) - index.postingCount(a[0]) || a[0] - b[0])
    .slice(0, count)
    .map(([t]) => index.terms[t]);
}

/** Length of the longest common substring, in code points. */
function commonRun(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let best = 0;
  const row = new Array(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    let prev = 0;
    for (let j = 1; j <= y.length; j++) {
      const keep = row[j];
      row[j] = x[i - 1] === y[j - 1] ? prev + 1 : 0;
      best = Math.max(best, row[j]);
      prev = keep;
    }
  }
  return best;
}
