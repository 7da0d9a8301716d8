import type { Block, BlockKind } from '../volume/types';
import { textParts, type TextPart } from '../volume/model';
import { DocSet } from './bitset';
import { candidates, scoringTerms, segmentTerm } from './candidates';
import { foldQuery, foldText } from './fold';
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
}

export interface SearchOptions {
  /** Results returned at most (all are counted). Default 50. */
  limit?: number;
  /** Only blocks in these sections (section titles as shown, "category › section" not needed). */
  sections?: string[];
  /** Only these block ids: search within earlier results. */
  within?: string[];
  snippets?: Partial<SnippetOptions>;
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
    const terms = [...new Set(foldQuery(text).split(/\s+/).filter(Boolean))].slice(0, MAX_TERMS);
    const empty: SearchResponse = {
      query: text,
      terms,
      results: [],
      exactCount: 0,
      total: 0,
      suggestions: [],
    };
    if (terms.length === 0) return empty;

    let docs = DocSet.all(this.index.docCount);
    for (const term of terms) docs = docs.and(candidates(term, this.index));
    docs = this.restrict(docs, options);

    const scores = this.scores(terms);
    const scattered = this.scattered(terms);
    const ranked: Array<{ doc: number; exact: boolean; inTitle: boolean; score: number }> = [];
    for (const doc of docs.toArray()) {
      const parts = this.parts(doc);
      if (!parts) continue;
      const exact = terms.every((t) => parts.some((p) => p.folded.includes(t)));
      if (!exact && !scattered?.has(doc)) continue;
      const title = foldText(this.index.docs[doc].title);
      ranked.push({
        doc,
        exact,
        inTitle: exact && terms.every((t) => title.includes(t)),
        score: scores.get(doc) ?? 0,
      });
    }
    ranked.sort(
      (a, b) =>
        Number(b.exact) - Number(a.exact) ||
        Number(b.inTitle) - Number(a.inTitle) ||
        b.score - a.score ||
        a.doc - b.doc,
    );
    const exactCount = ranked.filter((r) => r.exact).length;
    const snippetOptions = { ...SNIPPET_DEFAULTS, ...options.snippets };
    const results = ranked.slice(0, Math.max(0, options.limit ?? 50)).map((r): SearchResult => {
      const meta = this.index.docs[r.doc];
      return {
        id: meta.id,
        kind: meta.kind,
        title: meta.title,
        category: meta.category,
        section: meta.section,
        score: Math.round(r.score * 1000) / 1000,
        exact: r.exact,
        snippets: makeSnippets(this.parts(r.doc) ?? [], terms, snippetOptions),
      };
    });
    return {
      query: text,
      terms,
      results,
      exactCount,
      total: ranked.length,
      suggestions: exactCount === 0 ? suggestTerms(terms, this.index) : [],
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
  private scores(terms: string[]): Map<number, number> {
    const scoring = new Set(terms.flatMap((t) => scoringTerms(t, this.index)));
    const scores = new Map<number, number>();
    const norm = Math.sqrt(scoring.size) || 1;
    for (const t of scoring) {
      const p = this.index.postings(t);
      for (let i = 0; i < p.docs.length; i++)
        scores.set(p.docs[i], (scores.get(p.docs[i]) ?? 0) + p.weights[i] / norm);
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

  private parts(doc: number): Array<TextPart & { folded: string }> | undefined {
    const id = this.index.docs[doc].id;
    let parts = this.folded.get(id);
    if (!parts) {
      const block = this.blocks(id);
      if (!block) return undefined;
      parts = textParts(block).map((p) => ({ ...p, folded: foldText(p.text) }));
      this.folded.set(id, parts);
    }
    return parts;
  }
}
