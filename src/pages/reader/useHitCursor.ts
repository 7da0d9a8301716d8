import { useState } from 'react';
import { hitAnchor } from '../../core/reader/anchors';
import { stepHit } from '../../core/reader/hits';
import { scrollToAnchor } from './scroll';

/** "第 n / N 处": which hit is current, and ‹ › to move to the one before or after, scrolling to it. */
export function useHitCursor(total: number, scope: string, covered: number) {
  const [current, setCurrent] = useState(0);
  const step = (delta: number) => {
    const next = stepHit(current, delta, total);
    setCurrent(next);
    scrollToAnchor(scope, hitAnchor(next), covered, true);
  };
  return { current, step };
}
