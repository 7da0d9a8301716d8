import type { TextPart } from '../volume/model';
import { isWordChar } from './runs';

/**
 * A Latin letter or digit, in either case and either width: what is one in the folded text is one in
 * the printed text, so windows are cut in the printed text whichever text the hits were found in.
 */
const isLetterOrDigit = (c: number) =>
  isWordChar(c) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0xff10 && c <= 0xff19) ||
  (c >= 0xff21 && c <= 0xff3a) ||
  (c >= 0xff41 && c <= 0xff5a);

/** A window of a block's text around matches; highlights are offsets into `text`, never markup. */
export interface Snippet {
  text: string;
  /** Which part of the block (see `textParts`): the reader scrolls to it. */
  paragraph: number;
  /** Where `text` starts in that part (UTF-16 offset), so a reader can tell it was cut. */
  start: number;
  /** `[start, end)` UTF-16 offsets into `text`. */
  highlights: Array<[number, number]>;
}

export interface SnippetOptions {
  /** Characters (code points) shown before the first hit of a window. */
  before: number;
  /** Characters shown after the last hit of a window. */
  after: number;
  /** Windows per block at most. */
  max: number;
}

export const SNIPPET_DEFAULTS: SnippetOptions = { before: 20, after: 40, max: 3 };

/** Where the folded terms occur in folded text: sorted, overlaps merged. */
export function matchRanges(folded: string, terms: string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    if (!term) continue;
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1))
      ranges.push([at, at + term.length]);
  }
  // One term's ranges come in order already (a title is marked for one term mostly).
  if (terms.length > 1) ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push(r);
  }
  return merged;
}

/** A block's text as snippets are cut from it (see `BlockTexts.snippetSource`). */
export interface SnippetSource {
  /** The text searched: the block's parts joined by line breaks, printed or folded. */
  text: string;
  /** The parts windows are cut from, in reading order, and where each begins in `text`. */
  parts: TextPart[];
  starts: number[];
  /** What is looked for in `text`: the terms, or their printed forms. */
  forms: string[];
  /** Whether the parts may hold characters of two UTF-16 units: window edges are then walked. */
  astral: boolean;
}

/**
 * Cut windows of about `before` characters before a hit and `after` after it; hits that fall inside a
 * window share it, hits further on open another, which starts no earlier than the last one ended (two
 * windows never show the same characters). The parts, in reading order, are those of one text
 * (`text`, their folded forms joined by line breaks) beginning at `starts`: the text is searched once,
 * not part by part (a table's two hundred rows), and hits outside the parts (the title) are passed over.
 * `astral`: whether the parts may hold characters of two UTF-16 units (see `hasSurrogates`); without
 * them a window's edges are found by counting, not by walking to them a character at a time.
 */
export function snippetsInText(source: SnippetSource, options: SnippetOptions = SNIPPET_DEFAULTS): Snippet[] {
  const { text, parts, starts, forms: terms, astral } = source;
  const out: Snippet[] = [];
  if (parts.length === 0 || !(out.length < options.max)) return out;
  const hits = new Hits(text, terms, starts[0]);
  const edges: Edges = { before: options.before, after: options.after, astral };
  let p = 0;
  while (hits.start >= 0 && out.length < options.max) {
    while (p + 1 < parts.length && starts[p + 1] <= hits.start) p++;
    const from = starts[p];
    const part = parts[p];
    if (hits.start >= from + part.text.length) {
      hits.next(); // in a part snippets are not cut from (a repeat of the title)
      continue;
    }
    cutWindows(part, from, hits, edges, options.max, out);
  }
  return out;
}

/** Whether the text holds a UTF-16 surrogate: without one, every character is one unit. */
export function hasSurrogates(text: string): boolean {
  // A regular expression reads the text twice as fast as a loop of charCodeAt.
  return SURROGATE.test(text);
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The hits of any of the terms in `text` from `from` on, in order, overlapping ones merged (as
 * `matchRanges` gives them), found one at a time: snippets need the first few, not every 的 of a block.
 */
class Hits {
  /** The current hit, as offsets into the text; `start` is -1 past the last. */
  start = -1;
  end = -1;
  /** Where each term occurs next, -1 for nowhere. */
  private readonly at: number[] = [];

  constructor(
    private readonly text: string,
    private readonly terms: string[],
    from: number,
  ) {
    for (const t of terms) this.at.push(t ? text.indexOf(t, from) : -1);
    this.next();
  }

  next(): void {
    const first = this.earliest();
    if (first < 0) {
      this.start = -1;
      return;
    }
    this.start = this.at[first];
    this.end = this.start + this.terms[first].length;
    this.step(first);
    // Join every hit beginning inside this one.
    for (let i = this.earliest(); i >= 0 && this.at[i] < this.end; i = this.earliest()) {
      this.end = Math.max(this.end, this.at[i] + this.terms[i].length);
      this.step(i);
    }
  }

  /** The term whose next hit comes first (the shorter on a tie), or -1. */
  private earliest(): number {
    let best = -1;
    for (let i = 0; i < this.at.length; i++) {
      const a = this.at[i];
      if (a < 0) continue;
      if (
        best < 0 ||
        a < this.at[best] ||
        (a === this.at[best] && this.terms[i].length < this.terms[best].length)
      )
        best = i;
    }
    return best;
  }

  private step(i: number): void {
    this.at[i] = this.text.indexOf(this.terms[i], this.at[i] + 1);
  }
}

/** How far a window reaches on either side of its hits, in characters (see `SnippetOptions`). */
interface Edges {
  before: number;
  after: number;
  /** Whether the text may hold characters of two units: the edges are then walked to. */
  astral: boolean;
}

/**
 * The windows of one part (beginning at `from` in the text) around its hits, taken from `hits` while
 * they fall in the part, added to `out` up to `max`.
 */
function cutWindows(
  part: TextPart,
  from: number,
  hits: Hits,
  edges: Edges,
  max: number,
  out: Snippet[],
): void {
  const text = part.text;
  const limit = from + text.length;
  let floor = 0;
  while (hits.start >= 0 && hits.start < limit && out.length < max) {
    const start = Math.max(floor, outOfWord(text, back(text, hits.start - from, edges), -1));
    let end = outOfWord(text, forward(text, hits.end - from, edges), 1);
    const highlights: Array<[number, number]> = [];
    // A hit that begins inside the window is shown whole, stretching the window: the next window
    // then begins after it, so windows neither overlap nor cut a hit in two.
    while (
      hits.start >= 0 &&
      hits.start < limit &&
      (hits.end - from <= end || (highlights.length > 0 && hits.start - from < end))
    ) {
      end = Math.max(end, hits.end - from);
      highlights.push([hits.start - from - start, hits.end - from - start]);
      hits.next();
    }
    if (highlights.length === 0) {
      // A hit longer than the window: show it whole.
      end = hits.end - from;
      highlights.push([hits.start - from - start, hits.end - from - start]);
      hits.next();
    }
    out.push({ text: text.slice(start, end), paragraph: part.index, start, highlights });
    floor = end;
  }
}

/**
 * A window's edge moved (by `step`, -1 or 1) out of a run of letters or digits in the text: cut
 * inside one, 《2017年 shows as "《201" ending one window and "7年" beginning the next.
 */
function outOfWord(text: string, pos: number, step: number): number {
  let p = pos;
  while (
    p > 0 &&
    p < text.length &&
    isLetterOrDigit(text.charCodeAt(p - 1)) &&
    isLetterOrDigit(text.charCodeAt(p))
  )
    p += step;
  return p;
}

/** Where a window begins: `edges.before` characters back from `pos`, or the text's start. */
function back(text: string, pos: number, edges: Edges): number {
  if (edges.astral) return stepBack(text, pos, edges.before);
  return Math.max(0, pos - steps(edges.before));
}

/** Where a window ends: `edges.after` characters on from `pos`, or the text's end. */
function forward(text: string, pos: number, edges: Edges): number {
  if (edges.astral) return stepForward(text, pos, edges.after);
  return Math.min(text.length, pos + steps(edges.after));
}

/**
 * The steps a walk of `count` characters takes (a count of 2.5 takes three, NaN or less than 0 none);
 * a count given as a BigInt is walked as before (`Math.ceil` alone throws on one).
 */
const steps = (count: number) => (count > 0 ? Math.ceil(Number(count)) : 0);

function stepBack(text: string, pos: number, count: number): number {
  let p = pos;
  for (let n = 0; n < count && p > 0; n++) {
    p--;
    if (p > 0 && isLow(text.charCodeAt(p)) && isHigh(text.charCodeAt(p - 1))) p--;
  }
  return p;
}

function stepForward(text: string, pos: number, count: number): number {
  let p = pos;
  for (let n = 0; n < count && p < text.length; n++) {
    p += isHigh(text.charCodeAt(p)) && isLow(text.charCodeAt(p + 1)) ? 2 : 1;
  }
  return p;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
