import type { Volume } from '../volume/types';
import { blocksInOrder } from '../volume/model';

/**
 * A few terms to offer on the empty search page: the phrases the volume itself puts in quotation
 * marks most often (“最多跑一次”, “凤凰行动”…), which are what readers come looking for.
 */
export function suggestedTerms(volume: Volume, count = 8): string[] {
  const counts = new Map<string, number>();
  for (const { block } of blocksInOrder(volume)) {
    const texts =
      block.kind === 'entry'
        ? block.paragraphs
        : block.kind === 'table'
          ? block.rows.flat()
          : [block.caption];
    for (const text of texts) {
      for (const m of text.matchAll(/[“《]([^“”《》]{2,8})[”》]/g))
        counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([term]) => term);
}
