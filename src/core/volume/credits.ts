import type { Block, Section } from './types';

/** Who wrote (or, for a photo, supplied) a block, and whether the block carries the credit itself. */
export interface Credit {
  /** The names as printed, separated by a space: `潘建强`, `郑远 应博为`, `区审管办 供稿`. */
  names: string;
  /** True when the credit is printed after this very block; false when a later block signs for it. */
  own: boolean;
  /** The block the credit is printed after. */
  signedAfter: string;
}

/**
 * Which credit covers each block of a section. A yearbook signs a run of consecutive entries by one
 * writer once, after the last of them (《年鉴编纂规范》): every entry or table since the previous
 * credited one, within the section, is by whoever signs the next. A photo's credit names its
 * supplier, not an author, so it covers only the photo and does not end a writer's run. Blocks after
 * a section's last credit are covered by none.
 */
export function sectionCredits(section: Pick<Section, 'blocks'>): Map<string, Credit> {
  const out = new Map<string, Credit>();
  let run: Block[] = [];
  for (const block of section.blocks) {
    if (block.kind === 'figure') {
      if (block.credit) out.set(block.id, { names: block.credit, own: true, signedAfter: block.id });
      continue;
    }
    run.push(block);
    if (!block.credit) continue;
    for (const member of run)
      out.set(member.id, { names: block.credit, own: member === block, signedAfter: block.id });
    run = [];
  }
  return out;
}

/** The credit covering one block of a section (see `sectionCredits`). */
export function creditOf(section: Pick<Section, 'blocks'>, blockId: string): Credit | undefined {
  return sectionCredits(section).get(blockId);
}

/** The authors a citation names: a writer's credit, never a photo supplier's. */
export function authorsOf(block: Block, credit: Credit | undefined): string[] {
  if (!credit || block.kind === 'figure') return [];
  return credit.names.split(/\s+/).filter(Boolean);
}
