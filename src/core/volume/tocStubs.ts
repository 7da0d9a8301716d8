import type { Block, Volume } from './types';

/**
 * The contents as the app ships them (`app/toc.json`): every block without its text, and a
 * section's blocks in columns rather than objects — ids, titles and pages as plain lists, so that a
 * block costs its id, its title and its pages and little else. The contents grow with the volume
 * and WeChat reads them from the main package, so every byte a block saves is main package won
 * (docs/large-volumes.md). `packToc` and `unpackToc` are each other's inverse for text-less blocks.
 */
export interface PackedBlocks {
  /** One letter a block: e (entry), t (table), f (figure). */
  kinds: string;
  ids: string[];
  /** The entry's or table's title, the figure's caption. */
  titles: string[];
  /** First and last page of each block, flat. */
  pages: number[];
  /** Any other field (a credit, an id's own extra), by the block's position. */
  rest: Record<number, Record<string, unknown>>;
}

export type PackedToc = Omit<Volume, 'categories'> & {
  categories: Array<
    Omit<Volume['categories'][number], 'sections'> & {
      sections: Array<
        Omit<Volume['categories'][number]['sections'][number], 'blocks'> & { blocks: PackedBlocks }
      >;
    }
  >;
};

const LETTER = { entry: 'e', table: 't', figure: 'f' } as const;
const KIND = { e: 'entry', t: 'table', f: 'figure' } as const;
/** The fields the columns carry, and the text fields the contents leave out. */
const COLUMNS = new Set(['kind', 'id', 'title', 'caption', 'pages', 'paragraphs', 'columns', 'rows']);

function packBlocks(blocks: Block[]): PackedBlocks {
  const packed: PackedBlocks = { kinds: '', ids: [], titles: [], pages: [], rest: {} };
  blocks.forEach((block, i) => {
    packed.kinds += LETTER[block.kind];
    packed.ids.push(block.id);
    packed.titles.push(block.kind === 'figure' ? block.caption : block.title);
    packed.pages.push(block.pages[0], block.pages[1]);
    const rest = Object.fromEntries(Object.entries(block).filter(([key]) => !COLUMNS.has(key)));
    if (Object.keys(rest).length) packed.rest[i] = rest;
  });
  return packed;
}

function unpackBlocks(packed: PackedBlocks): Block[] {
  return packed.ids.map((id, i): Block => {
    const kind = KIND[packed.kinds[i] as keyof typeof KIND];
    const pages: [number, number] = [packed.pages[2 * i], packed.pages[2 * i + 1]];
    const rest = packed.rest[i] ?? {};
    const title = packed.titles[i];
    if (kind === 'figure') return { kind, id, caption: title, pages, ...rest } as unknown as Block;
    if (kind === 'table')
      return { kind, id, title, columns: [], rows: [], pages, ...rest } as unknown as Block;
    return { kind, id, title, paragraphs: [], pages, ...rest } as unknown as Block;
  });
}

/** The volume's contents, text left out, blocks in columns. */
export function packToc(volume: Volume): PackedToc {
  return {
    ...volume,
    categories: volume.categories.map((c) => ({
      ...c,
      sections: c.sections.map((s) => ({ ...s, blocks: packBlocks(s.blocks) })),
    })),
  };
}

/** The contents as a Volume whose blocks have no text (entries' paragraphs, tables' rows are empty). */
export function unpackToc(packed: PackedToc): Volume {
  return {
    ...packed,
    categories: packed.categories.map((c) => ({
      ...c,
      sections: c.sections.map((s) => ({ ...s, blocks: unpackBlocks(s.blocks) })),
    })),
  } as Volume;
}
