/**
 * The built volume (`volume.json`): the contract between the editor's toolchain, the search index
 * and the reader app. Documented in docs/volume-format.md; schema in schema/volume.schema.json.
 */
export const SCHEMA_VERSION = 1;

/** A page that begins inside a block: `[paragraph (or row) index, character offset, printed page]`. */
export type PageBreak = [number, number, number];

/** 条目: one entry as the yearbook prints it, opened by 【title】. */
export interface Entry {
  kind: 'entry';
  id: string;
  title: string;
  paragraphs: string[];
  credit?: string;
  /** First and last printed page. */
  pages: [number, number];
  /** Where a new printed page begins inside the entry (for the page view). */
  breaks?: PageBreak[];
}

/** 表: a numbered table; a printed 续表 continuation is merged into it. */
export interface Table {
  kind: 'table';
  id: string;
  number: string;
  title: string;
  columns: string[];
  rows: string[][];
  credit?: string;
  pages: [number, number];
  /** `[row index, 0, printed page]` for every row that starts a new page. */
  breaks?: PageBreak[];
}

/** 图: a photo caption with its credit (the photo itself is not part of the text). */
export interface Figure {
  kind: 'figure';
  id: string;
  caption: string;
  credit?: string;
  pages: [number, number];
}

export type Block = Entry | Table | Figure;
export type BlockKind = Block['kind'];

/** 分目 */
export interface Section {
  id: string;
  title: string;
  blocks: Block[];
}

/** 类目 */
export interface Category {
  id: string;
  title: string;
  subtitle?: string;
  sections: Section[];
}

/** Facts about the printed book, from the source's manifest. */
export interface VolumeFacts {
  id: string;
  title: string;
  /** The year the volume records (a 2019 yearbook records 2018). */
  year: number;
  publisher: string;
  place: string;
  /** The year the book was published (defaults to `year` + 1 in citations). */
  published?: number;
  /** 编者: who compiled the volume (e.g. a district's 地方志编纂委员会), named in citations when given. */
  editor?: string;
  edition?: string;
  /** Printed page = PDF page + pageOffset. */
  pageOffset: number;
}

export interface Volume extends VolumeFacts {
  schemaVersion: typeof SCHEMA_VERSION;
  categories: Category[];
}
