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

export function pageLabel(pages: [number, number]): string {
  return pages[0] === pages[1] ? `第${pages[0]}页` : `第${pages[0]}—${pages[1]}页`;
}

/** A piece of a block's text that search looks in, with the index the reader jumps to. */
export interface TextPart {
  /** -1 the title; entries: paragraph i, then paragraphs.length for the credit; tables: 0 the header, r + 1 row r; figures: 0 the caption. */
  index: number;
  text: string;
}

/** The parts of a block a literal match may fall in: never across two of them. */
export function textParts(block: Block): TextPart[] {
  const credit = (index: number) => (block.credit ? [{ index, text: block.credit }] : []);
  if (block.kind === 'entry') {
    return [
      { index: -1, text: block.title },
      ...block.paragraphs.map((text, index) => ({ index, text })),
      ...credit(block.paragraphs.length),
    ];
  }
  if (block.kind === 'table') {
    return [
      { index: -1, text: blockTitle(block) },
      { index: 0, text: block.columns.join(' ') },
      ...block.rows.map((row, r) => ({ index: r + 1, text: row.join(' ') })),
      ...credit(block.rows.length + 1),
    ];
  }
  return [{ index: 0, text: block.caption }, ...credit(1)];
}
