import { isHanCodePoint } from '../text/chars';

/**
 * How folded text is cut before segmentation, on both sides of the index: Han runs go to jieba at
 * build time; runs of Latin letters and digits are kept whole as printed (1102.7, 5.3%, 2018-09-17,
 * sc0402-r21-05); every other mark is a token of its own that is not indexed ("free": any block may
 * hold it, and the literal check decides).
 */
export type RunKind = 'han' | 'word' | 'mark';

export interface Run {
  kind: RunKind;
  text: string;
  start: number;
}

const WORD = /[a-z0-9]+(?:[.\-/:·][a-z0-9]+)*%?/y;

export function isWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/** A character that is neither Han, nor part of a word, nor white space: its own unindexed token. */
export function isMark(ch: string): boolean {
  const cp = ch.codePointAt(0) as number;
  return !isHanCodePoint(cp) && !isWordChar(cp) && !/\s/.test(ch);
}

export function splitRuns(folded: string): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < folded.length) {
    const cp = folded.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    if (isHanCodePoint(cp)) {
      let end = i + width;
      while (end < folded.length && isHanCodePoint(folded.codePointAt(end) as number)) {
        end += (folded.codePointAt(end) as number) > 0xffff ? 2 : 1;
      }
      runs.push({ kind: 'han', text: folded.slice(i, end), start: i });
      i = end;
    } else if (isWordChar(cp)) {
      WORD.lastIndex = i;
      const m = WORD.exec(folded) as RegExpExecArray;
      runs.push({ kind: 'word', text: m[0], start: i });
      i += m[0].length;
    } else {
      if (!/\s/.test(String.fromCodePoint(cp)))
        runs.push({ kind: 'mark', text: String.fromCodePoint(cp), start: i });
      i += width;
    }
  }
  return runs;
}
