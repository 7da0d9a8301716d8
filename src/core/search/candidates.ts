import { DocSet } from './bitset';
import type { IndexData } from './indexData';
import { isMark } from './runs';

/** Longer terms are narrowed by their first characters only; the literal check does the rest. */
const MAX_CANDIDATE_UNITS = 32;

/**
 * Every document that may hold `term` literally — a superset, never missing one. The index knows the
 * volume's text only as jieba tokens (marks are not indexed), so an occurrence of the term is either
 * inside one token, or a suffix of one token, whole tokens, and a prefix of another. All such
 * readings of the term are tried (a dynamic programme over its character positions) and their
 * documents joined; the caller then checks the text itself.
 */
export interface Candidates {
  /** Every document that may hold the term. */
  docs: DocSet;
  /** Those that surely do: a token of their text contains the whole term. */
  sure: DocSet;
}

export function candidates(term: string, index: IndexData): Candidates {
  const all = DocSet.all(index.docCount);
  const text = term.length > MAX_CANDIDATE_UNITS ? cutAt(term, MAX_CANDIDATE_UNITS) : term;
  const bounds = boundaries(text);
  if (bounds.length === 2 && isMark(text)) return { docs: all, sure: new DocSet(index.docCount) };
  // Inside one token. Tokens are cut from the folded text, so these documents hold the term for sure
  // (unless the term was cut short for being long).
  const inside = index.docsOfTerms('in', text);
  const sure = text === term ? inside : new DocSet(index.docCount);
  // A lone character is a token's or inside one: every reading below is a subset of these.
  if (bounds.length === 2) return { docs: inside, sure: inside };
  const docs = new DocSet(index.docCount).orInPlace(inside);

  // docsFrom[k]: documents in which text from bounds[k] on can begin at a token boundary.
  const docsFrom: DocSet[] = new Array(bounds.length);
  docsFrom[bounds.length - 1] = all;
  for (let k = bounds.length - 2; k >= 0; k--) {
    const pos = bounds[k];
    const rest = text.slice(pos);
    const set = index.docsOfTerms('start', rest).copy(); // the last piece: a prefix of a token
    for (let j = k + 1; j < bounds.length - 1; j++) {
      const piece = text.slice(pos, bounds[j]);
      if (j === k + 1 && isMark(piece)) {
        set.orInPlace(docsFrom[j]); // a mark is a token of its own, never indexed
        continue;
      }
      const t = index.lookup(piece);
      if (t >= 0) set.orInPlace(index.docsOf(t).and(docsFrom[j]));
    }
    if (k === bounds.length - 2 && isMark(rest)) set.orInPlace(all);
    docsFrom[k] = set;
  }

  // A suffix of a token, then the rest from a boundary.
  for (let k = 1; k < bounds.length - 1; k++) {
    const head = text.slice(0, bounds[k]);
    if (docsFrom[k].isEmpty()) continue;
    const start = k === 1 && isMark(head) ? all : index.docsOfTerms('end', head);
    docs.orInPlace(start.and(docsFrom[k]));
  }
  return { docs, sure };
}

/**
 * The candidates of a term of two characters or more when every block's text is at hand: the blocks
 * whose pairs of characters allow it (`pairs`, see `TextFilter`), of which those with a token
 * containing the term surely hold it. The index's readings across tokens' edges are not needed:
 * joining the postings of every token ending with the term's first character and beginning with its
 * last was most of a short query's time, and left most blocks to be read.
 */
export function candidatesWithText(term: string, pairs: DocSet, index: IndexData): Candidates {
  // A token holding the term vouches for it (5.3% for .3%); a mark is in none, nor a term cut short.
  if (term.length > MAX_CANDIDATE_UNITS) return { docs: pairs, sure: new DocSet(index.docCount) };
  return { docs: pairs, sure: index.docsOfTerms('in', term) };
}

/** Code point boundaries of `text`, as UTF-16 offsets, from 0 to its length. */
function boundaries(text: string): number[] {
  const out = [0];
  for (const ch of text) out.push(out[out.length - 1] + ch.length);
  return out;
}

function cutAt(text: string, units: number): string {
  let end = 0;
  for (const ch of text) {
    if (end + ch.length > units) break;
    end += ch.length;
  }
  return text.slice(0, end);
}

/** The longest vocabulary word a query is cut into (jieba's words and the volume's titles are shorter). */
export const LONGEST_WORD = 12;

/**
 * A term cut into the volume's words (上城区人民政府 → 上城区 | 人民政府), marks dropped: the words a block
 * must hold, apart, to be a scattered hit. Greedy longest match (see `longestMatch`) of words of at most
 * LONGEST_WORD characters; characters the vocabulary lacks stay as pieces of their own.
 */
export function termPieces(term: string, index: IndexData): string[] {
  const chars = [...term];
  const out: string[] = [];
  for (let i = 0; i < chars.length;) {
    const length = index.longestWordAt(chars, i, LONGEST_WORD);
    const piece = length === 1 ? chars[i] : chars.slice(i, i + length).join('');
    if (!isMark(piece)) out.push(piece);
    i += length;
  }
  return out;
}

/**
 * A term's vocabulary words (see `termPieces`, or `pieces` when already cut) as term numbers;
 * undefined when a character of it is in no term at all, or it has no word.
 */
export function segmentTerm(
  term: string,
  index: IndexData,
  pieces = termPieces(term, index),
): number[] | undefined {
  const terms = pieces.map((p) => index.lookup(p));
  return terms.length && terms.every((t) => t >= 0) ? terms : undefined;
}

/** The vocabulary terms that score a query term: those containing it, and its segmentation. */
export function scoringTerms(term: string, index: IndexData, pieces?: string[]): number[] {
  return [...new Set([...index.containing(term), ...(segmentTerm(term, index, pieces) ?? [])])];
}
