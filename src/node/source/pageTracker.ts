import type { Entry, PageBreak, Table } from '../../core/volume/types';
import type { InlineMark } from './inlineText';

/**
 * The printed pages as a parse walks a category file: the one place that follows page marks. Pages
 * are PDF pages here; readSource adds the manifest's offset once the whole source is read.
 */
export class PageTracker {
  /** The page the text being read is printed on. */
  private current = 1;
  /** A page mark standing on its own line between blocks: the next paragraph starts that page. */
  private pending: number | undefined;

  /** `<!-- page N -->` on its own line. */
  markBetweenBlocks(page: number): void {
    this.current = page;
    this.pending = page;
  }

  /** Marks inside a heading, paragraph or cell: the text after the last one is on its page. */
  pass(marks: InlineMark[]): void {
    if (marks.length) this.current = marks[marks.length - 1][1];
  }

  /** A block (entry, table or photo) heading begins here: it starts on the current page. */
  startBlock(): [number, number] {
    this.pending = undefined;
    return [this.current, this.current];
  }

  /** A paragraph opens: the page a mark just before it turned to, if any (it belongs to this paragraph). */
  takePending(): number | undefined {
    const page = this.pending;
    this.pending = undefined;
    return page;
  }

  /** Paragraph `index` of an entry, with the page it starts on (if a mark stood before it) and its marks. */
  paragraph(entry: Entry, index: number, startPage: number | undefined, marks: InlineMark[]): void {
    if (startPage !== undefined) addBreak(entry, index, 0, startPage);
    for (const [offset, page] of marks) addBreak(entry, index, offset, page);
  }

  /** A cell of body row `index`: a mark in it means the row starts that page (a row breaks as a whole). */
  cell(table: Table, index: number, marks: InlineMark[]): void {
    if (marks.length) addBreak(table, index, 0, marks[0][1]);
  }
}

/** A new printed page begins inside a block, at paragraph (or row) `index`, character `offset`. */
function addBreak(target: Entry | Table, index: number, offset: number, page: number): void {
  if (page === target.pages[1]) return;
  const b: PageBreak = [index, offset, page];
  (target.breaks ??= []).push(b);
  target.pages[1] = page;
}
