import { normalizeSpacing } from '../../core/text/spacing';
import type { ChapterBuilder } from './chapterBuilder';
import { lineWidth } from './paragraphs';
import { creditAtEnd, isSectionHeading, tableLabel } from './patterns';
import type { PrintedLine } from './printedLines';

/**
 * A reader for one kind of printed line. It either takes the line at `i` (handing what it is to the
 * chapter) and returns the index of the last line it used (a title printed over two lines, a table's
 * header row), or returns undefined to let the next reader try.
 */
export type LineReader = (lines: PrintedLine[], i: number, chapter: ChapterBuilder) => number | undefined;

/** Lines inside an open table are its rows until something that cannot be a row. */
export const tableRow: LineReader = (lines, i, chapter) => {
  if (!chapter.inTable) return undefined;
  if (!endsTable(lines[i], lines[i + 1])) {
    chapter.tableLine(lines[i]);
    return i;
  }
  chapter.closeTable();
  return undefined;
};

/** What ends a table: a new page, an entry title, a table label, a credit, or a section heading. */
function endsTable(line: PrintedLine, next: PrintedLine | undefined): boolean {
  const t = line.text;
  if (line.startsPage || t.startsWith('【') || tableLabel(t) || creditAtEnd(t)) return true;
  if (!next) return false;
  if (tableLabel(next.text) || creditAtEnd(next.text)?.supplied) return true;
  return !next.startsPage && isSectionHeading(t) && next.text.startsWith('【');
}

/** "表 N" (its title printed on the line above it) or "续表 N", then the header row. */
export const tableStart: LineReader = (lines, i, chapter) => {
  const label = tableLabel(lines[i].text);
  const next = lines[i + 1];
  const nextLabel = next && tableLabel(next.text);
  if (!label && nextLabel && !nextLabel.continued) return openTable(lines, i + 1, lines[i].text, chapter);
  if (!label) return undefined;
  if (!label.continued) return openTable(lines, i, '', chapter);
  const earlier = chapter.continueTable(lines[i], label.number);
  if (!earlier) return openTable(lines, i, '', chapter);
  // A continuation may repeat the header row on its new page.
  const header = lines[i + 1];
  return header && columnsOf(header).join('|') === earlier.columns.join('|') ? i + 1 : i;
};

function openTable(lines: PrintedLine[], at: number, title: string, chapter: ChapterBuilder): number {
  const labelLine = lines[at];
  const header = lines[at + 1];
  chapter.openTable(
    labelLine,
    tableLabel(labelLine.text)?.number ?? '',
    title,
    header ? columnsOf(header) : [],
  );
  return at + 1;
}

function columnsOf(header: PrintedLine): string[] {
  return header.text.split(/\s+/).map(normalizeSpacing);
}

/** A photo: its caption with the credit （… 供稿） on the next line, or both on one line. */
export const figure: LineReader = (lines, i, chapter) => {
  const line = lines[i];
  const nextCredit = lines[i + 1] && creditAtEnd(lines[i + 1].text);
  if (nextCredit?.supplied && nextCredit.before === '') {
    chapter.figure(line, normalizeSpacing(line.text), nextCredit.credit);
    return i + 1;
  }
  const credit = creditAtEnd(line.text);
  if (!credit?.supplied) return undefined;
  chapter.figure(line, normalizeSpacing(credit.before), credit.credit);
  return i;
};

/** A section heading: a few Han characters standing alone, right above an entry title. */
export const sectionHeading: LineReader = (lines, i, chapter) => {
  const next = lines[i + 1];
  if (!next || !isSectionHeading(lines[i].text) || !next.text.startsWith('【')) return undefined;
  chapter.openSection(lines[i]);
  return i;
};

/** 【title】, which may wrap onto the next two printed lines, then the entry's text on the same line. */
export const entryTitle: LineReader = (lines, i, chapter) => {
  const line = lines[i];
  if (!line.text.startsWith('【')) return undefined;
  chapter.closeEntry();
  let joined = line.text;
  let end = i;
  while (!joined.includes('】') && end + 1 < lines.length && end - i < 2) {
    end++;
    joined += lines[end].text;
  }
  const close = joined.indexOf('】');
  if (close < 0) {
    chapter.unclosedTitle(line, lineWidth(line.text));
    return i;
  }
  const body = joined.slice(close + 1).trim();
  const last = lines[end];
  const text = body ? { text: body, page: last.page, width: lineWidth(last.text) } : undefined;
  chapter.openEntry(line, normalizeSpacing(joined.slice(1, close)), text);
  return end;
};

/** A person's credit （…） closing an entry or table, perhaps after the last words of its text. */
export const credit: LineReader = (lines, i, chapter) => {
  const match = creditAtEnd(lines[i].text);
  if (!match) return undefined;
  chapter.credit(lines[i], match, lineWidth(lines[i].text));
  return i;
};

/** Anything else is running text. */
export const text: LineReader = (lines, i, chapter) => {
  chapter.text(lines[i], lines[i].text, lineWidth(lines[i].text));
  return i;
};
