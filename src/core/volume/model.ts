import type { Block, Category, Section, Volume } from './types';

/** A block with the place it stands in: what the reader, the search and the CLI all need. */
export interface Placed {
  block: Block;
  category: Category;
  section: Section;
  /** Position in reading order across the whole volume. */
  order: number;
}

/** Every block in reading order. */
export function blocksInOrder(volume: Volume): Placed[] {
  const out: Placed[] = [];
  for (const category of volume.categories) {
    for (const section of category.sections) {
      for (const block of section.blocks) out.push({ block, category, section, order: out.length });
    }
  }
  return out;
}

export function findBlock(volume: Volume, id: string): Placed | undefined {
  return blocksInOrder(volume).find((p) => p.block.id === id);
}

/** What a reader sees as a block's heading. */
export function blockTitle(block: Block): string {
  if (block.kind === 'entry') return block.title;
  if (block.kind === 'table') return `表${block.number}${block.title ? `\u3000${block.title}` : ''}`;
  return block.caption;
}

/** The block's searchable text, one string a paragraph (entries), row (tables) or caption (figures). */
export function blockParagraphs(block: Block): string[] {
  if (block.kind === 'entry') return block.paragraphs;
  if (block.kind === 'table') return [block.columns.join(' '), ...block.rows.map((r) => r.join(' '))];
  return [block.caption];
}

export function pageLabel(pages: [number, number]): string {
  return pages[0] === pages[1] ? `第${pages[0]}页` : `第${pages[0]}—${pages[1]}页`;
}
