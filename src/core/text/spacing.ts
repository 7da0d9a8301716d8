import { isCjk, isLatinLetter } from './chars';

const SPACE = /[ \t\u00a0\u2000-\u200b\u3000]+/g;

/**
 * Collapse layout whitespace the way a Chinese typesetter would: no space next to a Chinese character
 * or mark ("2018 年" → "2018年"), one space between Latin words and numbers ("O2O App" stays).
 */
export function normalizeSpacing(text: string): string {
  return text.replace(SPACE, (run, offset: number, whole: string) => {
    if (offset === 0 || offset + run.length === whole.length) return '';
    const before = whole.codePointAt(offset - 1) as number;
    const after = whole.codePointAt(offset + run.length) as number;
    if (isLowSurrogate(before)) return ''; // preceded by an astral (extension B) Han character
    return isCjk(before) || isCjk(after) ? '' : ' ';
  });
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Join a printed line to the next one of the same paragraph. Chinese wraps anywhere, so nothing is
 * inserted, except between two Latin letters, where the line break stood for a space.
 */
export function joinWrapped(left: string, right: string): string {
  if (!left) return right;
  if (!right) return left;
  const last = left.codePointAt(left.length - 1) as number;
  const first = right.codePointAt(0) as number;
  return isLatinLetter(last) && isLatinLetter(first) ? `${left} ${right}` : left + right;
}
