import type { Block, BlockKind } from '../volume/types';
import { textParts, type TextPart } from '../volume/model';
import { DocSet } from './bitset';
import { candidates, scoringTerms, segmentTerm } from './candidates';
import { foldText } from './fold';
import { foldQuery } from './simplify';
import type { IndexData } from './indexData';
import { makeSnippets, SNIPPET_DEFAULTS, type Snippet, type SnippetOptions } from './snippets';
import { suggestTerms } from './suggest';

export interface SearchResult {
  id: string;
  kind: BlockKind;
  title: string;
  category: string;
  section: string;
  /** Lunr's score (BM25 over the query's terms); ranking puts title hits and literal hits first. */
  score: number;
  /** Holds every query term literally; otherwise only their pieces, apart. */
  exact: boolean;
  snippets: Snippet[];
}

export interface SearchResponse {
  /** The query as given. */
  query: string;
  /** The terms looked for after folding (case, width, traditional → simplified). */
  terms: string[];
  results: SearchResult[];
  /** Results that hold every term literally (before `limit`). */
  exactCount: number;
  /** All results before `limit`. */
  total: number;
  /** When nothing holds the query literally: the nearest terms of the volume's vocabulary. */
  suggestions: string[];
  /**
   * Blocks whose text was needed but not at hand (a category not loaded yet): to confirm a match
   * or cut a result's snippets. Load their categories and search again for the complete answer.
   */
  missing: string[];
}

export interface SearchOptions {
  /** Results returned at most (all are counted). Default 50. */
  limit?: number;
  /** Only blocks in these sections (section titles as shown, "category › section" not needed). */
  sections?: string[];
  /** Only these block ids: search within earlier results. */
  within?: string[];
  snippets?: Partial<SnippetOptions>;
  /** Results given snippets: the first n (default: all returned). A page draws a few at a time. */
  snippetsFor?: number;
}

/** The characters folding may produce (see fold.ts): ASCII from "!" to "~"; spaces split terms. */
const ASCII = /[!-~]/;

/**
 * The query's terms (split at white space, at most 16), each with the forms it is looked for in:
 * simplified first, and as typed (folded) when that differs, so 垃圾分類 finds 垃圾分类 and a
 * traditional text still finds itself.
 */
export function termVariants(query: string): string[][] {
  const typed = foldText(query).split(/\s+/).filter(Boolean);
  const simplified = foldQuery(query).split(/\s+/).filter(Boolean);
  const seen = new Set<string>();
  const out: string[][] = [];
  simplified.forEach((term, i) => {
    const forms = typed.length === simplified.length && typed[i] !== term ? [term, typed[i]] : [term];
    if (seen.has(term) || out.length >= MAX_TERMS) return;
    seen.add(term);
    out.push(forms);
  });
  return out;
}

/**
 * Ranking key = tier × TIER + score. Tier 2: the title holds every term; 1: the text does; 0: only
 * the terms' words, apart. Lunr's scores stay far below TIER.
 */
const TIER = 1e9;

/** The `k` best of `n` by key, the earlier document first among equals, without sorting them all. */
function topK(
  docs: Int32Array,
  keys: Float64Array,
  n: number,
  k: number,
): Array<{ doc: number; key: number }> {
  const top: Array<{ doc: number; key: number }> = [];
  if (k === 0) return top;
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    if (top.length === k && key <= top[k - 1].key) continue;
    let at = top.length;
    while (at > 0 && top[at - 1].key < key) at--;
    top.splice(at, 0, { doc: docs[i], key });
    if (top.length > k) top.pop();
  }
  return top;
}

/** Whether every term (in one of its forms) occurs in the block's folded text. */
function holdsAll(variants: string[][], text: string): boolean {
  for (const forms of variants) {
    let found = false;
    for (const form of forms) if (!found && text.includes(form)) found = true;
    if (!found) return false;
  }
  return true;
}

function titleHoldsAll(variants: string[][], title: string): boolean {
  for (const forms of variants) {
    let found = false;
    for (const form of forms) if (title.includes(form)) found = true;
    if (!found) return false;
  }
  return true;
}

/** Where the runtime reads a block's text to confirm literal matches and cut snippets. */
export type BlockSource = (id: string) => Block | undefined;

const MAX_TERMS = 16;

/**
 * Full-text search over a volume: jieba's tokens narrow the candidates through the index, the text
 * itself confirms literal matches, so every block holding the query is found — also inside words
 * jieba cut differently (人民 in 中华人民共和国, 城区人 across 上城区|人民) — and none is returned for
 * a partial reason without saying so. Never throws on any input.
 */
export class Search {
  private readonly folded = new Map<string, Array<TextPart & { folded: string }>>();

  constructor(
    readonly index: IndexData,
    private readonly blocks: BlockSource,
  ) {}

  search(query: unknown, options: SearchOptions = {}): SearchResponse {
    const text = typeof query === 'string' ? query : '';
    const variants = termVariants(text);
    const terms = variants.map((v) => v[0]);
    const empty: SearchResponse = {
      query: text,
      terms,
      results: [],
      exactCount: 0,
      total: 0,
      suggestions: [],
      missing: [],
    };
    const missing: string[] = [];
    if (terms.length === 0) return empty;

    let docs = DocSet.all(this.index.docCount);
    let sure = DocSet.all(this.index.docCount);
    for (const forms of variants) {
      const either = new DocSet(this.index.docCount);
      const surely = new DocSet(this.index.docCount);
      for (const form of forms) {
        const c = candidates(form, this.index);
        either.orInPlace(c.docs);
        surely.orInPlace(c.sure);
      }
      docs = docs.and(either);
      sure = sure.and(surely);
    }
    docs = this.restrict(docs, options);
    const allForms = variants.flat();

    const scores = this.scores(allForms);
    const scattered = this.scattered(terms);
    const list = docs.toArray();
    const kept = new Int32Array(list.length);
    const keys = new Float64Array(list.length);
    let total = 0;
    let exactCount = 0;
    // Folding turns characters into ASCII only, so forms without ASCII (most Chinese queries) meet
    // the printed text exactly where they meet the folded text: then no block need be folded.
    const plain = !allForms.some((form) => ASCII.test(form));
    for (const doc of list) {
      // Only documents the index cannot vouch for are read: most hits never touch the text here.
      let exact = sure.has(doc);
      if (!exact) {
        const text = plain ? this.printed(doc) : this.joined(doc);
        if (text === undefined) {
          missing.push(this.index.docs[doc].id);
          continue;
        }
        exact = holdsAll(variants, text);
      }
      if (!exact && !scattered?.has(doc)) continue;
      const tier = exact ? (titleHoldsAll(variants, this.foldedTitle(doc)) ? 2 : 1) : 0;
      if (exact) exactCount++;
      kept[total] = doc;
      keys[total] = tier * TIER + scores[doc];
      total++;
    }
    // Title hits, then literal hits, then scattered ones; Lunr's score within each; reading order last.
    const top = topK(kept, keys, total, Math.max(0, Math.floor(options.limit ?? 50)));
    const snippetOptions = { ...SNIPPET_DEFAULTS, ...options.snippets };
    const snippetsFor = options.snippetsFor ?? top.length;
    const results = top.map(({ doc, key }, rank): SearchResult => {
      const meta = this.index.docs[doc];
      return {
        id: meta.id,
        kind: meta.kind,
        title: meta.title,
        category: meta.category,
        section: meta.section,
        score: Math.round((key % TIER) * 1000) / 1000,
        exact: key >= TIER,
        snippets:
          rank < snippetsFor
            ? makeSnippets(this.partsOrNote(doc, missing, plain), allForms, snippetOptions)
            : [],
      };
    });
    return {
      query: text,
      terms,
      results,
      exactCount,
      total,
      suggestions: exactCount === 0 ? suggestTerms(terms, this.index) : [],
      missing,
    };
  }

  /**
   * Blocks that hold every word of the query, apart rather than as typed (城区政府 → 城区 … 政府):
   * shown after the literal hits, marked as such. Undefined when a term has a character the volume
   * never uses, or is only marks.
   */
  private scattered(terms: string[]): DocSet | undefined {
    let docs = DocSet.all(this.index.docCount);
    for (const term of terms) {
      const segments = segmentTerm(term, this.index);
      if (!segments) return undefined;
      for (const t of segments) docs = docs.and(this.index.docsOf(t));
    }
    return docs;
  }

  /** Lunr's score: the sum over fields of the query terms' weights, over the query vector's length. */
  private scores(terms: string[]): Float64Array {
    const scoring = new Set(terms.flatMap((t) => scoringTerms(t, this.index)));
    const scores = new Float64Array(this.index.docCount);
    const norm = Math.sqrt(scoring.size) || 1;
    for (const t of scoring) {
      const p = this.index.postings(t);
      for (let i = 0; i < p.docs.length; i++) scores[p.docs[i]] += p.weights[i] / norm;
    }
    return scores;
  }

  private restrict(docs: DocSet, options: SearchOptions): DocSet {
    if (!options.sections && !options.within) return docs;
    const sections = options.sections && new Set(options.sections);
    const within = options.within && new Set(options.within);
    const out = new DocSet(docs.size);
    for (const doc of docs.toArray()) {
      const meta = this.index.docs[doc];
      if (sections && !sections.has(meta.section)) continue;
      if (within && !within.has(meta.id)) continue;
      out.add(doc);
    }
    return out;
  }

  private readonly titles: string[] = [];

  private foldedTitle(doc: number): string {
    return (this.titles[doc] ??= foldText(this.index.docs[doc].title));
  }

  private readonly texts = new Map<number, string>();

  private partsOrNote(doc: number, missing: string[], plain: boolean): Array<TextPart & { folded: string }> {
    const parts = plain ? this.printedParts(doc) : this.parts(doc);
    if (!parts) missing.push(this.index.docs[doc].id);
    return parts ?? [];
  }

  /**
   * The block's folded parts in one string, joined by a line break: a term never holds white space,
   * so no match can span two parts, and one scan replaces one a part.
   */
  private joined(doc: number): string | undefined {
    return this.parts(doc) && this.texts.get(doc);
  }

  /** The block's printed parts in one string, as `joined` but not folded. */
  private printed(doc: number): string | undefined {
    let text = this.printedTexts.get(doc);
    if (text === undefined) {
      const block = this.blocks(this.index.docs[doc].id);
      if (!block) return undefined;
      text = textParts(block)
        .map((p) => p.text)
        .join('\n');
      this.printedTexts.set(doc, text);
    }
    return text;
  }

  private readonly printedTexts = new Map<number, string>();

  /** The parts as printed, standing for their folded forms where the query has no ASCII. */
  private printedParts(doc: number): Array<TextPart & { folded: string }> | undefined {
    const block = this.blocks(this.index.docs[doc].id);
    return block && textParts(block).map((p) => ({ index: p.index, text: p.text, folded: p.text }));
  }

  /**
   * The block's parts with their folded forms. The whole block is folded at once and each part's
   * folded text is a slice of that (folding keeps lengths): one new string a block, not two a part —
   * a first search on a phone confirms hundreds of blocks, and their garbage was most of its time.
   */
  private parts(doc: number): Array<TextPart & { folded: string }> | undefined {
    const id = this.index.docs[doc].id;
    let parts = this.folded.get(id);
    if (!parts) {
      const block = this.blocks(id);
      if (!block) return undefined;
      const raw = textParts(block);
      const joined = foldText(raw.map((p) => p.text).join('\n'));
      let at = 0;
      parts = raw.map((p) => {
        const folded = joined.slice(at, at + p.text.length);
        at += p.text.length + 1;
        return { index: p.index, text: p.text, folded };
      });
      this.folded.set(id, parts);
      this.texts.set(doc, joined);
    }
    return parts;
  }
}
