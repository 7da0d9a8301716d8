import { normalizeSpacing } from '../../core/text/spacing';

/** What a printed line can be, recognised by the yearbook's typographic conventions. */

/** "表 4" or "续表 5" standing alone. */
export function tableLabel(text: string): { number: string; continued: boolean } | undefined {
  const m = /^(续?)表\s*(\d+(?:[-－]\d+)?)$/.exec(text);
  return m ? { number: m[2], continued: m[1] === '续' } : undefined;
}

const NAME_RUN = /^[\p{Script=Han}·\s]{1,40}$/u;

/**
 * Author credits are printed in full-width brackets, often after a lost tab (U+FFFD), with two-character
 * names padded to three ("郑  磊") and several names separated by wide spaces ("郑  远  应博为").
 */
export function normalizeCredit(content: string): string {
  const tokens = content.trim().split(/\s+/);
  if (tokens[tokens.length - 1] === '供稿') {
    return `${tokens.slice(0, -1).join('')} 供稿`;
  }
  const names: string[] = [];
  let padded = '';
  for (const token of tokens) {
    if ([...token].length === 1) {
      padded += token;
      if ([...padded].length === 2) {
        names.push(padded);
        padded = '';
      }
    } else {
      if (padded) names.push(padded);
      padded = '';
      names.push(token);
    }
  }
  if (padded) names.push(padded);
  return names.join(' ');
}

export interface CreditMatch {
  /** Text printed before the credit on the same line ('' for a line holding only the credit). */
  before: string;
  credit: string;
  /** A photo credit "（… 供稿）". */
  supplied: boolean;
}

/** A credit closing a line: "…。� （潘建强）", "（郑  磊）", "caption�  （… 供稿）". */
export function creditAtEnd(text: string): CreditMatch | undefined {
  const m = /^(.*?)[\uFFFD\s]*（([^（）]+)）$/.exec(text);
  if (!m) return undefined;
  const [, before, content] = m;
  if (!NAME_RUN.test(content)) return undefined;
  const supplied = /供稿\s*$/.test(content);
  const separated = before === '' || /[\uFFFD\s]（[^（）]+）$/.test(text);
  if (!separated) return undefined;
  // A person's credit closes an entry, so the text before it ends a sentence.
  if (!supplied && before !== '' && !/[。！？”）》]$/.test(before.replace(/[\uFFFD\s]+$/, '')))
    return undefined;
  return { before: before.replace(/[\uFFFD\s]+$/, ''), credit: normalizeCredit(content), supplied };
}

/** A section (分目) heading: a few Han characters standing alone ("综  述", "侨务·港澳台事务"). */
export function isSectionHeading(text: string): boolean {
  const compact = normalizeSpacing(text);
  return compact.length >= 2 && compact.length <= 12 && /^[\p{Script=Han}·]+$/u.test(compact);
}

/** Sentence-final punctuation: a paragraph can only end after one of these. */
export function endsSentence(text: string): boolean {
  return /[。！？；：…]["”’）)》]*$/.test(text);
}

/** Dated paragraphs ("1月26日，区政府召开…") each begin a new paragraph in meeting and chronicle entries. */
export function startsWithDate(text: string): boolean {
  return /^(\d{4}年)?\d{1,2}月(\d{1,2}日)?[，、]/.test(text);
}

/** The English subtitle of a category's running head. */
export function isLatinLine(text: string): boolean {
  return /^[A-Za-z][A-Za-z’'&,.\s-]*$/.test(text);
}
