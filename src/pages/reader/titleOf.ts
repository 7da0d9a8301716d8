import { blockTitle } from '../../core/volume/model';
import type { Block } from '../../core/volume/types';

/** A block's title as the reader names it in bars, buttons and bookmarks. */
export function titleOf(block: Block): string {
  return block.kind === 'entry' ? block.title : blockTitle(block);
}
