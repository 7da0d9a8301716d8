import type { DraftBlock, DraftCategory, DraftEntry, DraftTable, Piece } from '../import/draft';
import { joinWrapped } from '../../core/text/spacing';
import { escapeText, pageMark } from './markdownText';

/**
 * Write one category (类目) as the Markdown an editor proofreads: # category, ## section,
 * ### 【entry】 / ### 表 N　title / ### 图　caption, credits as （…） paragraphs, one paragraph a line,
 * and a page mark wherever a printed page begins.
 */
export function writeCategory(category: DraftCategory): string {
  const md = new PageMarkedMarkdown();
  md.heading(category.page, `# ${escapeText(category.title)}`);
  if (category.subtitle) md.paragraph(escapeText(category.subtitle));
  for (const section of category.sections) {
    if (section.title) md.heading(section.page, `## ${escapeText(section.title)}`);
    for (const block of section.blocks) writeBlock(md, block);
  }
  return md.toString();
}

function writeBlock(md: PageMarkedMarkdown, block: DraftBlock): void {
  if (block.kind === 'entry') writeEntry(md, block);
  else if (block.kind === 'table') writeTable(md, block);
  else md.heading(block.page, `### 图\u3000${escapeText(block.caption)}`);
  if (block.credit) md.paragraph(`（${escapeText(block.credit)}）`);
}

function writeEntry(md: PageMarkedMarkdown, entry: DraftEntry): void {
  md.heading(entry.titlePage, `### 【${escapeText(entry.title)}】`);
  for (const paragraph of entry.paragraphs) md.paragraph(md.inline(paragraph));
}

function writeTable(md: PageMarkedMarkdown, table: DraftTable): void {
  md.heading(table.page, `### 表 ${table.number}\u3000${escapeText(table.title)}`);
  md.row(table.columns.map(escapeText));
  md.row(table.columns.map(() => '---'));
  for (const r of table.rows) md.row(r.cells.map(escapeText), r.page);
  md.endTable();
}

/** Markdown written in reading order, with a page mark wherever the printed page changes. */
class PageMarkedMarkdown {
  private page = NaN;
  private readonly lines: string[] = [];

  /** A heading; a page mark on its own line before it if it begins a new page. */
  heading(page: number, heading: string): void {
    if (page !== this.page) this.lines.push(pageMark(page), '');
    this.page = page;
    this.paragraph(heading);
  }

  /** A paragraph (or heading) and the blank line that ends it. */
  paragraph(text: string): void {
    this.lines.push(text, '');
  }

  /** Join the pieces of one paragraph, with an inline page mark where a new page begins. */
  inline(pieces: Piece[]): string {
    let plain = '';
    let written = '';
    for (const piece of pieces) {
      const joined = joinWrapped(plain, piece.text);
      const glue = joined.slice(plain.length, joined.length - piece.text.length);
      const mark = piece.page !== this.page ? pageMark(piece.page) : '';
      written += escapeText(glue) + mark + escapeText(piece.text);
      plain = joined;
      this.page = piece.page;
    }
    return written;
  }

  /** A table row (cells already escaped); a row that begins a new page carries its mark in its first cell. */
  row(cells: string[], page?: number): void {
    if (page !== undefined && page !== this.page) cells[0] = pageMark(page) + cells[0];
    if (page !== undefined) this.page = page;
    this.lines.push(`| ${cells.join(' | ')} |`);
  }

  /** The blank line after a table's last row. */
  endTable(): void {
    this.lines.push('');
  }

  toString(): string {
    return this.lines.join('\n');
  }
}
