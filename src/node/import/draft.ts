/**
 * What the importer recovers from raw text before it is written as a volume source: the printed
 * structure with the PDF page of every piece of text, so page marks can be written where pages begin.
 */
export interface Piece {
  text: string;
  page: number;
}

export interface DraftEntry {
  kind: 'entry';
  title: string;
  titlePage: number;
  /** Each paragraph as the pieces of text it was printed in (split where a page or table cut it). */
  paragraphs: Piece[][];
  credit?: string;
}

export interface DraftRow {
  cells: string[];
  page: number;
}

export interface DraftTable {
  kind: 'table';
  number: string;
  title: string;
  page: number;
  columns: string[];
  rows: DraftRow[];
  credit?: string;
}

export interface DraftFigure {
  kind: 'figure';
  caption: string;
  credit?: string;
  page: number;
}

export type DraftBlock = DraftEntry | DraftTable | DraftFigure;

export interface DraftSection {
  title: string;
  page: number;
  blocks: DraftBlock[];
}

export interface DraftCategory {
  title: string;
  subtitle?: string;
  page: number;
  sections: DraftSection[];
}
