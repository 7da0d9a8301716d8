import { hitAnchor, partAnchor } from './anchors';
import type { Progress } from './progress';

/** Where the reader's page is scrolled when a block opens: to an element, to an offset, or not at all. */
export type OpeningPlace = { anchor: string } | { top: number } | undefined;

export interface Opening {
  blockId: string;
  /** Hits of the query the block was opened with (none: 0). */
  hits: number;
  /** The part a link asked for (`p=`), numbered as `textParts` numbers them. */
  part?: number;
  /** Where the reader stopped last time, whatever block that was. */
  progress?: Progress;
}

/**
 * A result opens at its first hit; a link naming a part opens there; "continue reading" reopens
 * where the reader stopped; anything else opens at the top.
 */
export function openingPlace({ blockId, hits, part, progress }: Opening): OpeningPlace {
  if (hits > 0) return { anchor: hitAnchor(0) };
  if (part !== undefined) return { anchor: partAnchor(part) };
  if (progress?.id === blockId && progress.scrollTop > 0) return { top: progress.scrollTop };
  return undefined;
}
