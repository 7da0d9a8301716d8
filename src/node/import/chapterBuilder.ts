import { normalizeSpacing } from '../../core/text/spacing';
import { InputError, type Problem } from '../errors';
import type { DraftBlock, DraftCategory, DraftEntry, DraftSection, DraftTable } from './draft';
import { paragraphsOf, type TextLine } from './paragraphs';
import type { CreditMatch } from './patterns';
import type { PrintedLine } from './printedLines';
import { tableRows, type TableLine } from './tableRows';

/** A chapter as the importer recovered it, with the places it had to guess. */
export interface ImportedChapter {
  category: DraftCategory;
  /** Places the importer had to guess; the editor should look at them. */
  warnings: Problem[];
}

/**
 * The chapter being recovered, as the line readers (lineReaders.ts) hand it what each printed line
 * is. An entry stays open while a table or photo interrupts it, so text that resumes after them (often
 * mid-sentence, on the next page) rejoins the entry it belongs to; its lines become paragraphs only
 * when it closes, and a table's lines become rows when it closes.
 */
export class ChapterBuilder {
  private section: DraftSection | undefined;
  private entry: { entry: DraftEntry; lines: TextLine[] } | undefined;
  private table: { table: DraftTable; lines: TableLine[] } | undefined;
  /** The block a credit line that follows would close. */
  private lastTouched: DraftBlock | undefined;
  private entries = 0;
  private readonly warnings: Problem[] = [];

  constructor(
    private readonly category: DraftCategory,
    private readonly file: string,
  ) {}

  /** Whether a table is open, taking the lines that follow as its rows. */
  get inTable(): boolean {
    return this.table !== undefined;
  }

  /** A section (分目) heading: it closes the open entry. */
  openSection(line: PrintedLine): void {
    this.closeEntry();
    this.section = { title: normalizeSpacing(line.text), page: line.page, blocks: [] };
    this.category.sections.push(this.section);
  }

  /** An entry titled 【title】; `body` is the text printed after the title on its line, if any. */
  openEntry(line: PrintedLine, title: string, body?: TextLine): void {
    const entry: DraftEntry = { kind: 'entry', title, titlePage: line.page, paragraphs: [] };
    this.entries++;
    this.place(line, entry);
    this.entry = { entry, lines: body ? [body] : [] };
  }

  /** A line that opens a title with 【 but never closes it: kept as text. */
  unclosedTitle(line: PrintedLine, width: number): void {
    this.warn(line, 'an entry title opened with 【 is never closed with 】');
    this.text(line, line.text, width);
  }

  /** A line of running text: it goes to the open entry, or to an untitled one the editor must name. */
  text(line: PrintedLine, body: string, width: number): void {
    if (!this.entry) {
      this.warn(line, 'text outside any entry: kept in an entry titled 未命名条目; give it its 【title】');
      const entry: DraftEntry = { kind: 'entry', title: '未命名条目', titlePage: line.page, paragraphs: [] };
      this.currentSection(line).blocks.push(entry);
      this.entry = { entry, lines: [] };
    }
    this.entry.lines.push({ text: body, page: line.page, width });
    this.lastTouched = this.entry.entry;
  }

  /** A table labelled 表 N on `labelLine`, with its title and the column names of its header row. */
  openTable(labelLine: PrintedLine, number: string, title: string, columns: string[]): void {
    const draft: DraftTable = {
      kind: 'table',
      number,
      title: normalizeSpacing(title),
      page: labelLine.page,
      columns,
      rows: [],
    };
    if (columns.length < 2) this.warn(labelLine, `表 ${number} has no header row of column names`);
    this.place(labelLine, draft);
    this.table = { table: draft, lines: [] };
  }

  /** 续表 N: the last 表 N takes the rows that follow; undefined (with a warning) if there is none. */
  continueTable(line: PrintedLine, number: string): DraftTable | undefined {
    const earlier = this.category.sections
      .flatMap((s) => s.blocks)
      .filter((b): b is DraftTable => b.kind === 'table' && b.number === number)
      .pop();
    if (!earlier) {
      this.warn(line, `续表 ${number} continues a table 表 ${number} that was not found before it`);
      return undefined;
    }
    this.table = { table: earlier, lines: [] };
    this.lastTouched = earlier;
    return earlier;
  }

  /** A printed line of the open table. */
  tableLine(line: PrintedLine): void {
    this.table?.lines.push({ text: line.text, page: line.page });
  }

  closeTable(): void {
    if (this.table)
      this.table.table.rows.push(...tableRows(this.table.lines, this.table.table.columns.length));
    this.table = undefined;
  }

  closeEntry(): void {
    if (this.entry) this.entry.entry.paragraphs = paragraphsOf(this.entry.lines);
    this.entry = undefined;
  }

  /** A photo: its caption and the credit （… 供稿） printed under it. */
  figure(line: PrintedLine, caption: string, credit: string): void {
    const block: DraftBlock = { kind: 'figure', caption, credit, page: line.page };
    if (!caption) this.warn(line, 'a photo credit without a caption');
    this.currentSection(line).blocks.push(block);
    this.lastTouched = block;
  }

  /** A person's credit （…）: it closes the entry or table just read, after the text printed before it. */
  credit(line: PrintedLine, credit: CreditMatch, width: number): void {
    if (credit.before) this.text(line, credit.before, width);
    const block = this.lastTouched;
    if (block && block.kind !== 'figure' && !block.credit) {
      block.credit = credit.credit;
      if (block.kind === 'entry') this.closeEntry();
    } else {
      this.warn(line, `a credit （${credit.credit}） with no entry or table before it; it was dropped`);
    }
  }

  /** The chapter, once every line is read; a text without a single 【title】 is not a chapter. */
  finish(): ImportedChapter {
    this.closeTable();
    this.closeEntry();
    if (this.entries === 0) {
      throw InputError.at(
        this.file,
        0,
        'no entry titles 【…】 found: this does not look like the text of a yearbook chapter',
      );
    }
    return { category: this.category, warnings: this.warnings };
  }

  private place(line: PrintedLine, block: DraftBlock): void {
    this.currentSection(line).blocks.push(block);
    this.lastTouched = block;
  }

  /** Blocks before the first section heading go to a section without a title. */
  private currentSection(line: PrintedLine): DraftSection {
    if (!this.section) {
      this.section = { title: '', page: line.page, blocks: [] };
      this.category.sections.push(this.section);
    }
    return this.section;
  }

  private warn(line: PrintedLine, message: string): void {
    this.warnings.push({ file: this.file, line: line.line, message });
  }
}
