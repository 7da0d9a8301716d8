import type { BlockKind } from '../volume/types';
import { DocSet } from './bitset';
import type { FieldName } from './format';

/** One term's occurrences: parallel arrays, one slot per (document, field). */
export interface Postings {
  docs: number[];
  fields: number[];
  /** Lunr's weight of the term in that document's field (BM25 × field boost, 3 decimals). */
  weights: number[];
}

const TEXT_FIELDS = new Set<FieldName>(['title', 'body', 'cells', 'caption', 'credit']);

export interface DocMeta {
  id: string;
  kind: BlockKind;
  title: string;
  category: string;
  /** The section's title as printed. Titles repeat across categories (综述, 概况): use `sectionId` to tell them apart. */
  section: string;
  sectionId: string;
}

/**
 * What the search runtime needs from an index, whichever form it was loaded from (the packed file on
 * the phone, or a `lunr.Index` in the parity tests): a sorted vocabulary and each term's postings.
 */
export abstract class IndexData {
  private docSets = new Map<number, DocSet>();
  private readonly lastContaining = new Map<string, number[]>();
  private readonly charSets = {
    in: new Map<string, DocSet>(),
    start: new Map<string, DocSet>(),
    end: new Map<string, DocSet>(),
  };
  private byChar?: Map<number, number[]>;
  /** The terms ending with each character, by code point: a suffix's terms are among these. */
  private byLastChar?: Map<number, number[]>;
  private firstUnits?: { units: Uint16Array; starts: Int32Array };

  constructor(
    readonly terms: string[],
    readonly docs: DocMeta[],
    readonly fieldNames: FieldName[],
  ) {}

  protected readonly isTextField = this.fieldNames.map((name) => TEXT_FIELDS.has(name));

  abstract postings(term: number): Postings;

  get docCount(): number {
    return this.docs.length;
  }

  /** The number of the term, or -1 (binary search in the sorted vocabulary). */
  lookup(term: string): number {
    const i = this.lowerBound(term);
    return this.terms[i] === term ? i : -1;
  }

  /**
   * The length of the longest vocabulary word of at most `longest` characters beginning at `chars[at]`;
   * 1 when there is none (the character stands alone). Walks up from one character and stops as soon
   * as no term begins with what it has: a few lookups a word, not one for every length.
   */
  longestWordAt(chars: string[], at: number, longest: number): number {
    let best = 1;
    let text = '';
    const end = Math.min(chars.length, at + longest);
    let from = 0;
    for (let i = at; i < end; i++) {
      text += chars[i];
      // A longer text stands no earlier than the text it extends.
      from = this.lowerBound(text, from);
      const next = this.terms[from];
      if (next === text) best = i - at + 1;
      else if (next === undefined || !next.startsWith(text)) break;
    }
    return best;
  }

  /** Terms that begin with `prefix`. */
  withPrefix(prefix: string): number[] {
    const out: number[] = [];
    for (let i = this.lowerBound(prefix); i < this.terms.length && this.terms[i].startsWith(prefix); i++)
      out.push(i);
    return out;
  }

  /** Terms that end with `suffix`. */
  withSuffix(suffix: string): number[] {
    const last = lastCodePoint(suffix);
    this.charIndex();
    const list = this.byLastChar!.get(last) ?? [];
    const out: number[] = [];
    for (const t of list) if (this.terms[t].endsWith(suffix)) out.push(t);
    return out;
  }

  /**
   * Terms that hold `text` anywhere. The last few answers are kept: a query asks for its terms' twice
   * (candidates, then scores). Shared: never change the list returned.
   */
  containing(text: string): number[] {
    const kept = this.lastContaining.get(text);
    if (kept) return kept;
    const index = this.charIndex();
    let rarest: number[] | undefined;
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      const list = index.get(cp) ?? [];
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    if (!rarest) return [];
    // A one-character text is held by every term of its list: no test needed.
    if (text.length === 1 || (text.length === 2 && text.codePointAt(0)! > 0xffff)) return rarest;
    const out: number[] = [];
    for (const t of rarest) if (this.terms[t].includes(text)) out.push(t);
    if (this.lastContaining.size >= 64) this.lastContaining.clear();
    this.lastContaining.set(text, out);
    return out;
  }

  /**
   * The documents whose own text holds the term. Section and category names are indexed for scoring
   * but are not a block's text, so they do not make a block a candidate.
   */
  docsOf(term: number): DocSet {
    let set = this.docSets.get(term);
    if (!set) {
      set = new DocSet(this.docCount);
      this.orTextDocs(term, set);
      this.docSets.set(term, set);
    }
    return set;
  }

  /** Add the documents of the term's text-field postings to `set`. */
  protected orTextDocs(term: number, set: DocSet): void {
    const p = this.postings(term);
    for (let i = 0; i < p.docs.length; i++) if (this.isTextField[p.fields[i]]) set.add(p.docs[i]);
  }

  /** The term's number of postings, one a (document, field). */
  postingCount(term: number): number {
    return this.postings(term).docs.length;
  }

  /**
   * Add the term's weight in each document (over every field holding it) divided by `norm` to
   * `scores`: Lunr's score of a query is the sum of these over its terms.
   */
  addWeights(term: number, norm: number, scores: Float64Array): void {
    const p = this.postings(term);
    for (let i = 0; i < p.docs.length; i++) scores[p.docs[i]] += p.weights[i] / norm;
  }

  /**
   * The documents (see `docsOf`) of the terms holding (`in`), beginning with (`start`) or ending with
   * (`end`) `text`. Kept for a lone character: a short query's readings need these for its first
   * and last characters, which recur from query to query, and each joins hundreds of terms.
   * Shared: never change the set returned.
   */
  docsOfTerms(kind: 'in' | 'start' | 'end', text: string): DocSet {
    const lone = text.length === 1 || (text.length === 2 && text.codePointAt(0)! > 0xffff);
    const keptSets = this.charSets[kind];
    const kept = lone ? keptSets.get(text) : undefined;
    if (kept) return kept;
    const terms =
      kind === 'in'
        ? this.containing(text)
        : kind === 'start'
          ? this.withPrefix(text)
          : this.withSuffix(text);
    const set = this.docsOfAny(terms);
    if (lone) keptSets.set(text, set);
    return set;
  }

  /** The documents holding any of the terms (see `docsOf`). */
  docsOfAny(terms: number[]): DocSet {
    const set = new DocSet(this.docCount);
    for (const t of terms) {
      const cached = this.docSets.get(t);
      if (cached) set.orInPlace(cached);
      else this.orTextDocs(t, set);
    }
    return set;
  }

  /**
   * Where `key` would stand in the sorted vocabulary, `from` or later. The terms sharing its first
   * UTF-16 unit are found first, among numbers (see `firstUnitRanges`): comparing strings is what a
   * lookup costs, and cutting a query into words asks a few for each of its characters.
   */
  private lowerBound(key: string, from = 0): number {
    let lo = from;
    let hi = this.terms.length;
    if (key.length > 0) {
      const { units, starts } = this.firstUnitRanges();
      const unit = key.charCodeAt(0);
      let a = 0;
      let b = units.length;
      while (a < b) {
        const mid = (a + b) >>> 1;
        if (units[mid] < unit) a = mid + 1;
        else b = mid;
      }
      if (units[a] !== unit) return Math.max(from, starts[a]);
      lo = Math.max(from, starts[a]);
      hi = starts[a + 1];
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Build what every query needs (the terms by character) now rather than inside the first query: the
   * app opens the index when the search page opens, before the reader has typed anything.
   */
  prepare(): void {
    this.charIndex();
    this.firstUnitRanges();
  }

  /**
   * The vocabulary's first UTF-16 units, each once, ascending, and the number of the first term
   * beginning with each (`starts` ends with the vocabulary's length). Typed arrays: a shelf keeps
   * one for every volume it has opened.
   */
  private firstUnitRanges(): { units: Uint16Array; starts: Int32Array } {
    if (!this.firstUnits) {
      const units: number[] = [];
      const starts: number[] = [];
      const terms = this.terms;
      for (let t = 0; t < terms.length; t++) {
        if (terms[t].length === 0) continue; // the empty term sorts before every other
        const unit = terms[t].charCodeAt(0);
        if (units[units.length - 1] !== unit) {
          units.push(unit);
          starts.push(t);
        }
      }
      starts.push(terms.length);
      this.firstUnits = { units: Uint16Array.from(units), starts: Int32Array.from(starts) };
    }
    return this.firstUnits;
  }

  /** The terms holding each character, by code point; plain loops, over every term once. */
  private charIndex(): Map<number, number[]> {
    if (!this.byChar) {
      const index = new Map<number, number[]>();
      const byLast = new Map<number, number[]>();
      const terms = this.terms;
      for (let t = 0; t < terms.length; t++) {
        const term = terms[t];
        let cp = -1;
        for (let i = 0; i < term.length; i++) {
          cp = term.codePointAt(i)!;
          if (cp > 0xffff) i++;
          let list = index.get(cp);
          if (!list) index.set(cp, (list = []));
          // Terms are visited in order, so a term already listed for this character is the last one.
          if (list[list.length - 1] !== t) list.push(t);
        }
        if (cp < 0) continue;
        let ending = byLast.get(cp);
        if (!ending) byLast.set(cp, (ending = []));
        ending.push(t);
      }
      this.byChar = index;
      this.byLastChar = byLast;
    }
    return this.byChar;
  }
}

function lastCodePoint(text: string): number {
  const chars = [...text];
  return chars.length ? chars[chars.length - 1].codePointAt(0)! : -1;
}
