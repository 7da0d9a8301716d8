import { visualWidth } from '../../core/text/chars';
import { joinWrapped, normalizeSpacing } from '../../core/text/spacing';
import type { Piece } from './draft';
import { endsSentence, startsWithDate } from './patterns';

/** A printed line of an entry's running text. */
export interface TextLine {
  text: string;
  page: number;
  /** Width of the whole printed line in ems (with the 【title】 on an entry's first line). */
  width: number;
}

/** How much shorter than its neighbours a line must be to be the last line of a paragraph. */
const SHORT_BY = 1.5;

/**
 * Recover paragraph breaks, which the PDF text does not mark: a paragraph ends on a line that closes a
 * sentence and stops short of the column's width (the neighbouring lines tell how wide the column is:
 * narrower beside a photo), or that closes a sentence before a dated paragraph ("1月26日，…").
 */
export function paragraphsOf(lines: TextLine[]): Piece[][] {
  const paragraphs: Piece[][] = [];
  let current: Piece[] = [];
  lines.forEach((line, k) => {
    const text = normalizeSpacing(line.text);
    const opensParagraph = current.length === 0;
    const last = current[current.length - 1];
    if (last && last.page === line.page) last.text = joinWrapped(last.text, text);
    else if (text) current.push({ text, page: line.page });
    const next = lines[k + 1];
    if (!next || (endsSentence(text) && (isShort(lines, k, opensParagraph) || startsWithDate(next.text)))) {
      if (current.length) paragraphs.push(current);
      current = [];
    }
  });
  return paragraphs;
}

/** A paragraph's first line is indented two ems (and digits set narrower than half an em), so it must fall shorter still to be its last. */
const INDENT = 3;

function isShort(lines: TextLine[], k: number, opensParagraph: boolean): boolean {
  let column = 0;
  for (let j = Math.max(0, k - 4); j <= Math.min(lines.length - 1, k + 4); j++) {
    column = Math.max(column, lines[j].width);
  }
  return lines[k].width <= column - SHORT_BY - (opensParagraph ? INDENT : 0);
}

export function lineWidth(text: string): number {
  return visualWidth(text.replace(/\uFFFD/g, ''));
}
