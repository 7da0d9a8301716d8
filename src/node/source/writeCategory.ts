import type { DraftBlock, DraftCategory, DraftEntry, DraftTable } from '../import/draft';
import { joinWrapped } from '../../core/text/spacing';
import { escapeText, pageMark } from './markdownText';

/**
 * Write one category (类目) as the Markdown an editor proofreads: # category, ## section,
 * ### 【entry】 / ### 表 N　title / ### 图　caption, credits as （…） paragraphs, one paragraph a line,
 * and a page mark wherever a printed page begins.
 */
export function writeCategory(category: DraftCategory): string {
  let page = NaN;
  const out: string[] = [];
  const markBefore = (at: number) => {
    if (at !== page) out.push(pageMark(at), '');
    page = at;
  };
  /** Join pieces of one paragraph or cell, with an inline page mark where a new page begins. */
  const inline = (pieces: Array<{ text: string; page: number }>): string => {
    let plain = '';
    let written = '';
    for (const piece of pieces) {
      const joined = joinWrapped(plain, piece.text);
      const glue = joined.slice(plain.length, joined.length - piece.text.length);
      written +=
        escapeText(glue) + (piece.page !== page ? pageMark(piece.page) : '') + escapeText(piece.text);
      plain = joined;
      page = piece.page;
    }
    return written;
  };

  markBefore(category.page);
  out.push(`# ${escapeText(category.title)}`, '');
  if (category.subtitle) out.push(escapeText(category.subtitle), '');
  for (const section of category.sections) {
    if (section.title) {
      markBefore(section.page);
      out.push(`## ${escapeText(section.title)}`, '');
    }
    for (const block of section.blocks) writeBlock(block);
  }
  return out.join('\n');

  function writeBlock(block: DraftBlock): void {
    if (block.kind === 'entry') writeEntry(block);
    else if (block.kind === 'table') writeTable(block);
    else {
      markBefore(block.page);
      out.push(`### 图\u3000${escapeText(block.caption)}`, '');
    }
    if (block.credit) out.push(`（${escapeText(block.credit)}）`, '');
  }

  function writeEntry(entry: DraftEntry): void {
    markBefore(entry.titlePage);
    out.push(`### 【${escapeText(entry.title)}】`, '');
    for (const paragraph of entry.paragraphs) out.push(inline(paragraph), '');
  }

  function writeTable(table: DraftTable): void {
    markBefore(table.page);
    out.push(`### 表 ${table.number}\u3000${escapeText(table.title)}`, '');
    const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
    out.push(row(table.columns.map(escapeText)));
    out.push(row(table.columns.map(() => '---')));
    for (const r of table.rows) {
      const cells = r.cells.map(escapeText);
      if (r.page !== page) cells[0] = pageMark(r.page) + cells[0];
      page = r.page;
      out.push(row(cells));
    }
    out.push('');
  }
}
