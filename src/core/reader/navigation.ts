import type { Placed } from '../volume/model';

/** The blocks before and after one, across section and category boundaries (上一条 / 下一条). */
export function neighbours(placed: Placed[], id: string): { previous?: Placed; next?: Placed } {
  const i = placed.findIndex((p) => p.block.id === id);
  if (i < 0) return {};
  return { previous: placed[i - 1], next: placed[i + 1] };
}
