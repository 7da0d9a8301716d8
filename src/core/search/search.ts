import type { BlockKind } from '../volume/types';
import { BlockTexts, type BlockSource } from './blockTexts';
import { DocSet } from './bitset';
import { candidates, candidatesWithText, segmentTerm, termPieces, type Candidates } from './candidates';
import type { IndexData } from './indexData';
import { holdsAll } from './matching';
import { queryTerms } from './query';
import { isLiteral, Tier, TIER, topK } from './ranking';
import {
  matchRanges,
  snippetsInText,
  SNIPPET_DEFAULTS,
  type Snippet,
  type SnippetOptions,
  type SnippetSource,
} from './snippets';
import { suggestTerms } from './suggest';

export type { BlockSource } from './blockTexts';
export { termVariants } from './query';

export interface SearchResult {
  id: string;
  kind: BlockKind;
  title: string;
  category: string;
  /** The section's title as printed; titles repeat across categories (综述, 概况). */
  section: string;
  /** The section's id: what tells two sections of one title apart. */
  sectionId: string;
  /** Lunr's score (BM25 over the query's terms); ranking puts title hits and literal hits first. */
  score: number;
  /** Holds every query term literally; otherwise every word of them, apart. */
  exact: boolean;
  /** Where the terms (or, for a scattered hit, their words) occur in the title, as offsets into `title`. */
  titleHighlights: Array<[number, number]>;
  /** Windows of the block's text around its hits, the title not repeated, no two overlapping. */
  snippets: Snippet[];
}

export interface SearchResponse {
  /** The query as given. */
  query: string;
  /** The terms looked for after folding (case, width, traditional → simplified), every one. */
  terms: string[];
  results: SearchResult[];
  /** Results that hold every term literally (before `limit`). */
  exactCount: number;
  /** All results before `limit`: literal hits and scattered ones. */
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
  /** Only blocks in these sections, by id (`SearchResult.sectionId`). */
  sectionIds?: string[];
  /** Only blocks in sections of these titles (every section of a repeated title): prefer `sectionIds`. */
  sections?: string[];
  /** Only these block ids: search within earlier results. */
  within?: string[];
  snippets?: Partial<SnippetOptions>;
  /** Results given snippets: the first n (default: all returned). A page draws a few at a time. */
  snippetsFor?: number;
  /** Offer `suggestions` when nothing holds the query literally (default true); a shelf asks only until a volume does. */
  suggest?: boolean;
}

/** What one query looks for: its terms and, for scattered hits, their words. */
interface Asked {
  terms: string[];
  /** The terms' vocabulary words (归侨侨眷座谈会 → 归侨侨眷 | 座谈会), when that differs from the terms. */
  pieces?: string[];
  /** Each term's vocabulary words, for scoring (see `termPieces`). */
  termPieces: string[][];
}

/** Results asked for: a whole number from 0 (Infinity for all); 50 when not a number. */
export function resultLimit(asked: unknown): number {
  return typeof asked === 'number' && !Number.isNaN(asked) ? Math.max(0, Math.floor(asked)) : 50;
}

/** What `kept` holds for `term`, made and kept when it holds nothing (cleared past CANDIDATES_KEPT terms). */
function keptFor<T>(kept: Map<string, T>, term: string, make: () => T): T {
  let value = kept.get(term);
  if (value === undefined) {
    if (kept.size >= CANDIDATES_KEPT) kept.clear();
    value = make();
    kept.set(term, value);
  }
  return value;
}

const NO_DOCS = new Int32Array(0);
const NO_KEYS = new Float64Array(0);

/** Terms whose candidates are kept between queries: a reader's next query shares most of its words. */
const CANDIDATES_KEPT = 512;

/** Blocks holding the words looked for, and candidates whose text was not at hand to tell. */
interface Holding {
  hits: number[];
  unread: number[];
}

/** The documents found, with their ranking keys, in the order found. */
interface Found {
  docs: Int32Array;
  keys: Float64Array;
  count: number;
  exactCount: number;
}

/**
 * Full-text search over a volume: jieba's tokens narrow the candidates through the index, the text
 * itself confirms literal matches, so every block holding the query is found — also inside words
 * jieba cut differently (人民 in 中华人民共和国, 城区人 across 上城区|人民), in either script — and none
 * is returned for a partial reason without saying so. A query whose words occur only apart finds the
 * blocks holding them all (a title typed with a word left out), after every literal hit and marked.
 * Never throws on any input.
 */
export class Search {
  private readonly texts: BlockTexts;
  private readonly kept = new Map<string, Candidates>();
  private readonly piecesKept = new Map<string, string[]>();
  /** Whether `kept` was worked out with every block's text at hand (see `candidatesOf`). */
  private keptWithText = false;
  /** Arrays a query fills, one a document, made once: a query is answered before the next begins. */
  private readonly scratch: {
    docs: Int32Array;
    keys: Float64Array;
    scores: Float64Array;
    marks: Int32Array;
    /** The documents a `holding` call looks at: one call ends before the next begins. */
    looked: DocSet;
    /** The literal hits a query's scattered ones leave out. */
    except: DocSet;
  };
  /** Queries answered: the mark of the current one in `scratch.marks`. */
  private queries = 0;

  constructor(
    readonly index: IndexData,
    blocks: BlockSource,
  ) {
    this.texts = new BlockTexts(index.docs, blocks);
    const n = index.docCount;
    this.scratch = {
      docs: new Int32Array(n),
      keys: new Float64Array(n),
      scores: new Float64Array(n),
      marks: new Int32Array(index.terms.length),
      looked: new DocSet(n),
      except: new DocSet(n),
    };
    index.prepare();
    this.texts.prepare();
  }

  search(query: unknown, options: SearchOptions = {}): SearchResponse {
    const text = typeof query === 'string' ? query : '';
    const asked = this.ask(text);
    const missing = new Set<string>();
    const response: SearchResponse = {
      query: text,
      terms: asked.terms,
      results: [],
      exactCount: 0,
      total: 0,
      suggestions: [],
      missing: [],
    };
    if (asked.terms.length === 0) return response;
    this.texts.newQuery();
    const limit = resultLimit(options.limit);
    const found = this.find(asked, this.allowed(options), missing, limit > 0);
    const top = topK(found.docs, found.keys, found.count, limit);
    if (top.length) response.results = this.results(asked, top, options, missing);
    response.exactCount = found.exactCount;
    response.total = found.count;
    response.suggestions =
      found.exactCount === 0 && options.suggest !== false ? suggestTerms(asked.terms, this.index) : [];
    response.missing = [...missing];
    return response;
  }

  /** The results drawn from the top documents, each with its snippets (for the first `snippetsFor`). */
  private results(
    asked: Asked,
    top: Array<{ doc: number; key: number }>,
    options: SearchOptions,
    missing: Set<string>,
  ): SearchResult[] {
    const snippetsFor = options.snippetsFor ?? top.length;
    const snippetOptions = { ...SNIPPET_DEFAULTS, ...options.snippets };
    // A scattered hit marks the query's words, not its lone characters (会 in 座谈|会 would mark every 会).
    const words = (asked.pieces ?? []).filter((p) => [...p].length > 1);
    // Once each: a term that is one word (中国 in 中国 人民代表大会) is among the words too.
    const scatteredForms = [...new Set([...asked.terms, ...words])];
    // A scattered hit of one term does not hold it (it would be a literal one): its text is searched
    // for the words alone, not read to its end for the term as well.
    const scatteredInText = asked.terms.length === 1 ? words : scatteredForms;
    return top.map(({ doc, key }, rank) => {
      const literal = isLiteral(key);
      const forms = literal ? asked.terms : scatteredForms;
      const inText = literal ? asked.terms : scatteredInText;
      const source = rank < snippetsFor ? this.snippetSource(doc, inText, missing) : undefined;
      const snippets = source ? snippetsInText(source, snippetOptions) : [];
      return this.result(doc, key, forms, snippets);
    });
  }

  /** The vocabulary terms nearest the query's (what `search` offers when nothing holds it literally). */
  suggest(query: unknown): string[] {
    return suggestTerms(queryTerms(typeof query === 'string' ? query : ''), this.index);
  }

  private ask(text: string): Asked {
    const terms = queryTerms(text);
    const perTerm = terms.map((t) => this.piecesOf(t));
    // Asked in every volume of a shelf: no new lists unless the words differ from the terms.
    const differs = perTerm.some((pieces) => pieces.some((p) => !terms.includes(p)));
    return { terms, pieces: differs ? [...new Set(perTerm.flat())] : undefined, termPieces: perTerm };
  }

  /**
   * A term's vocabulary words (see `termPieces`), kept like its candidates: cutting a term walks the
   * vocabulary at every character, most of a query's time in a volume that holds little of it.
   */
  private piecesOf(term: string): string[] {
    return keptFor(this.piecesKept, term, () => termPieces(term, this.index));
  }

  /**
   * The candidates of a term, kept for the next queries (a few hundred terms at most). With every
   * block's text at hand, a term of two characters or more is looked for in every block not surely
   * holding it, most passed over by their pairs of characters (TextFilter); until then the index narrows them.
   */
  private candidatesOf(term: string): Candidates {
    const withText = this.texts.everyRead();
    if (withText !== this.keptWithText) {
      this.kept.clear();
      this.keptWithText = withText;
    }
    return keptFor(this.kept, term, () => this.candidatesInText(term) ?? candidates(term, this.index));
  }

  /**
   * A term's candidates from the text filter, with every block read: a lone unit's blocks exactly, a
   * longer term's by its pairs of characters (see `candidatesWithText`). Undefined until then.
   */
  private candidatesInText(term: string): Candidates | undefined {
    if (term.length === 1) {
      const holding = this.texts.holdingUnit(term);
      return holding && { docs: holding, sure: holding };
    }
    const pairs = this.texts.mayHold(term);
    return pairs && candidatesWithText(term, pairs, this.index);
  }

  /** Literal hits, then scattered ones, each with its ranking key (none when not `ranked`: counts only). */
  private find(asked: Asked, allowed: DocSet | undefined, missing: Set<string>, ranked: boolean): Found {
    const literal = this.holding(asked.terms, allowed, missing);
    // A block that may hold the query literally but could not be read is not offered as scattered.
    const scattered = asked.pieces ? this.scattered(asked.pieces, literal, allowed, missing) : [];
    const count = literal.hits.length + scattered.length;
    // Counts only (limit 0: a shelf's volumes past its results): no scores, no tiers, no documents.
    if (!ranked) return { docs: NO_DOCS, keys: NO_KEYS, count, exactCount: literal.hits.length };
    const scores = this.scores(asked);
    // Literal and scattered hits are apart: never more than the documents, so the scratch arrays hold them.
    const found: Found = {
      docs: this.scratch.docs,
      keys: this.scratch.keys,
      count,
      exactCount: literal.hits.length,
    };
    const place = (doc: number, at: number, tier: number) => {
      found.docs[at] = doc;
      found.keys[at] = tier * TIER + scores[doc];
    };
    literal.hits.forEach((doc, i) =>
      place(doc, i, this.titleHolds(doc, asked.terms) ? Tier.LiteralTitle : Tier.Literal),
    );
    scattered.forEach((doc, i) =>
      place(
        doc,
        literal.hits.length + i,
        this.titleHolds(doc, asked.pieces ?? []) ? Tier.ScatteredTitle : Tier.Scattered,
      ),
    );
    return found;
  }

  /**
   * Blocks holding every word of the query apart, none when the query has no word of two characters
   * or more. Narrowed by every piece: a lone character's candidates are exactly the blocks holding it.
   */
  private scattered(
    pieces: string[],
    literal: Holding,
    allowed: DocSet | undefined,
    missing: Set<string>,
  ): number[] {
    if (!pieces.some((p) => [...p].length > 1)) return [];
    const except = this.scratch.except.clear();
    for (const doc of literal.hits) except.add(doc);
    for (const doc of literal.unread) except.add(doc);
    return this.holding(pieces, allowed, missing, except).hits;
  }

  /**
   * The documents (among `allowed`, not in `except`) whose text holds every one of `terms`, narrowed
   * by the index's candidates for each; a document is confirmed in its text only for the terms the
   * index cannot vouch for there, so most hits never touch it. `unread`: candidates whose text was
   * not at hand.
   */
  private holding(
    terms: string[],
    allowed: DocSet | undefined,
    missing: Set<string>,
    except?: DocSet,
  ): Holding {
    const { looked } = this.scratch;
    if (allowed) looked.setFrom(allowed);
    else looked.fillAll();
    const found = terms.map((t) => this.candidatesOf(t));
    for (const c of found) looked.andInPlace(c.docs);
    const out: Holding = { hits: [], unread: [] };
    const unsure: string[] = [];
    // Bit by bit, no list of the documents: a shelf asks this of every volume for every query.
    const { words } = looked;
    for (let w = 0; w < words.length; w++) {
      for (let bits = words[w]; bits !== 0; bits &= bits - 1) {
        const doc = (w << 5) + 31 - Math.clz32(bits & -bits);
        if (except?.has(doc)) continue;
        unsure.length = 0;
        for (let i = 0; i < terms.length; i++) if (!found[i].sure.has(doc)) unsure.push(terms[i]);
        const holds = unsure.length === 0 || this.texts.holdsAll(doc, unsure);
        if (holds === undefined) {
          missing.add(this.index.docs[doc].id);
          out.unread.push(doc);
        } else if (holds) out.hits.push(doc);
      }
    }
    return out;
  }

  /** The documents the options allow; undefined for all. */
  private allowed(options: SearchOptions): DocSet | undefined {
    const { sectionIds, sections, within } = options;
    if (!sectionIds && !sections && !within) return undefined;
    const ids = sectionIds && new Set(sectionIds);
    const titles = sections && new Set(sections);
    const blocks = within && new Set(within);
    const out = new DocSet(this.index.docCount);
    this.index.docs.forEach((meta, doc) => {
      if (ids && !ids.has(meta.sectionId)) return;
      if (titles && !titles.has(meta.section)) return;
      if (blocks && !blocks.has(meta.id)) return;
      out.add(doc);
    });
    return out;
  }

  /** Lunr's score: the sum over fields of the query terms' weights, over the query vector's length. */
  private scores(asked: Asked): Float64Array {
    // Each vocabulary term once (a one-character query's are hundreds): marked by the query's number.
    const { marks } = this.scratch;
    const stamp = ++this.queries;
    const scoring: number[] = [];
    const take = (t: number) => {
      if (marks[t] !== stamp) {
        marks[t] = stamp;
        scoring.push(t);
      }
    };
    asked.terms.forEach((term, i) => {
      for (const t of this.index.containing(term)) take(t);
      for (const t of segmentTerm(term, this.index, asked.termPieces[i]) ?? []) take(t);
    });
    const scores = this.scratch.scores.fill(0);
    const norm = Math.sqrt(scoring.length) || 1;
    for (const t of scoring) this.index.addWeights(t, norm, scores);
    return scores;
  }

  private titleHolds(doc: number, words: string[]): boolean {
    return holdsAll(words, this.texts.foldedTitle(doc));
  }

  /** The parts snippets are cut from: not the title, which the result shows on its own. */
  private snippetSource(doc: number, forms: string[], missing: Set<string>): SnippetSource | undefined {
    const source = this.texts.snippetSource(doc, forms);
    if (!source) missing.add(this.index.docs[doc].id);
    return source;
  }

  private result(doc: number, key: number, forms: string[], snippets: Snippet[]): SearchResult {
    const meta = this.index.docs[doc];
    return {
      id: meta.id,
      kind: meta.kind,
      title: meta.title,
      category: meta.category,
      section: meta.section,
      sectionId: meta.sectionId,
      score: Math.round((key % TIER) * 1000) / 1000,
      exact: isLiteral(key),
      titleHighlights: matchRanges(this.texts.foldedTitle(doc), forms),
      snippets,
    };
  }
}
