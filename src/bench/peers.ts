import FlexSearch from 'flexsearch';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import { foldText } from '../core/search/fold';
import { longestMatch } from '../core/search/longestMatch';
import { PackedIndexData } from '../core/search/packedIndexData';
import { Search } from '../core/search/search';
import type { FieldName } from '../core/search/format';
import { blocksInOrder } from '../core/volume/model';
import type { Block, Volume } from '../core/volume/types';
import type { BuiltIndex } from '../node/search/buildIndex';
import { oracleFold, oracleTerms, readableStrings } from './oracle';

/** One search engine as the benchmark drives it: a serialized index, a loader, and a query. */
export interface Engine {
  name: string;
  /** The bytes a phone would download and parse (beside volume.json, which every engine has). */
  serialized: string;
  /** Parse the serialized index and make it ready to answer; returns the blocks found for a query. */
  load(): Promise<(query: string) => string[]>;
}

const SEP = '\u0001';

/** The blocks in reading order: every engine gets them parsed (the app has the volume already). */
function blocks(volume: Volume): Block[] {
  return blocksInOrder(volume).map((p) => p.block);
}

/**
 * The literal check a peer's user adds to reach full recall: the candidates' strings, folded once at
 * load as the oracle folds them, must hold every term.
 */
function literalCheck(all: Block[]): (docs: Iterable<number>, query: string) => string[] {
  const strings = all.map((b) => readableStrings(b).map(oracleFold));
  return (docs, query) => {
    const terms = oracleTerms(query);
    const out: string[] = [];
    for (const d of docs) if (terms.every((t) => strings[d].some((s) => s.includes(t)))) out.push(all[d].id);
    return out;
  };
}

/** A block's text for a character-level peer: its strings folded, one a line. */
const docText = (b: Block) => readableStrings(b).map(oracleFold).join('\n');

/** Characters and two-character runs of each line: what a bigram index holds. */
function grams(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const chars = [...line].filter((c) => !/\s/.test(c));
    for (let i = 0; i < chars.length; i++) {
      out.push(chars[i]);
      if (i + 1 < chars.length) out.push(chars[i] + chars[i + 1]);
    }
  }
  return out;
}

/** A query's grams to require: each term's two-character runs, or the term itself when it is one character. */
function queryGrams(query: string): string[] {
  return oracleTerms(query).flatMap((t) => {
    const chars = [...t];
    return chars.length === 1 ? chars : chars.slice(1).map((c, i) => chars[i] + c);
  });
}

/**
 * Our engine, asked for the first `limit` results (20, a page of the app; everything when counting
 * recall): ranked, counted, each result whole but its snippets, which are cut only with `snippets`.
 * Without them it gives what the peers give (blocks holding the query), and more: an order, counts,
 * and the blocks holding the query's words apart.
 */
export function ourEngine(
  volume: Volume,
  built: BuiltIndex,
  { limit = 20, snippets = false }: { limit?: number; snippets?: boolean } = {},
): Engine {
  const all = blocks(volume);
  const byId = new Map(all.map((b) => [b.id, b]));
  const serialized = JSON.stringify(built.packed);
  return {
    name: snippets ? '掌上年鉴 + snippets' : '掌上年鉴',
    serialized,
    async load() {
      const search = new Search(new PackedIndexData(JSON.parse(serialized)), (id) => byId.get(id));
      const options = { limit, snippetsFor: snippets ? limit : 0 };
      return (q) =>
        search
          .search(q, options)
          .results.filter((r) => r.exact)
          .map((r) => r.id);
    },
  };
}

/** The recall reference and the speed baseline: every block's strings, folded at load, scanned. */
export function scanEngine(volume: Volume): Engine {
  const all = blocks(volume);
  return {
    name: 'substring scan',
    serialized: '',
    async load() {
      const check = literalCheck(all);
      const every = all.map((_, i) => i);
      return (q) => check(every, q);
    },
  };
}

/** FlexSearch as its documentation sets it up for Chinese (every character a word), AND of the query's characters, then a literal check. */
export async function flexCharsEngine(volume: Volume): Promise<Engine> {
  const all = blocks(volume);
  const options = {
    tokenize: 'strict' as const,
    encode: (text: string) => [...text].filter((c) => !/\s/.test(c)),
  };
  const flex = new FlexSearch.Index(options);
  all.forEach((b, i) => flex.add(i, docText(b)));
  const parts: Record<string, string> = {};
  await flex.export((key: string | number, data: string) => {
    parts[String(key)] = data;
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  const serialized = JSON.stringify(parts);
  return {
    name: 'FlexSearch, characters + literal check',
    serialized,
    async load() {
      const index = new FlexSearch.Index(options);
      for (const [key, data] of Object.entries(JSON.parse(serialized) as Record<string, string>))
        index.import(key, data);
      const check = literalCheck(all);
      return (q) => {
        const chars = oracleTerms(q).join('');
        if (!chars) return [];
        return check(index.search(chars, { limit: 1e6 }) as number[], q);
      };
    },
  };
}

/** MiniSearch over characters and bigrams, AND of the query's bigrams, then a literal check. */
export function miniBigramEngine(volume: Volume): Engine {
  const all = blocks(volume);
  const options = {
    fields: ['text'],
    tokenize: (text: string) => (text.includes(SEP) ? text.split(SEP) : grams(text)),
    processTerm: (term: string) => term || null,
    searchOptions: { combineWith: 'AND' as const, tokenize: (text: string) => text.split(SEP) },
  };
  const mini = new MiniSearch(options);
  mini.addAll(all.map((b, id) => ({ id, text: docText(b) })));
  const serialized = JSON.stringify(mini);
  return {
    name: 'MiniSearch, bigrams + literal check',
    serialized,
    async load() {
      const index = MiniSearch.loadJSON(serialized, options);
      const check = literalCheck(all);
      return (q) => {
        const wanted = queryGrams(q);
        return wanted.length
          ? check(
              index.search(wanted.join(SEP)).map((r) => r.id as number),
              q,
            )
          : [];
      };
    },
  };
}

/** Lunr over characters and bigrams (pipelines emptied), every query bigram required, then a literal check. */
export function lunrBigramEngine(volume: Volume): Engine {
  const all = blocks(volume);
  const builder = new lunr.Builder();
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.ref('ref');
  builder.field('text');
  builder.metadataWhitelist = [];
  // Lunr's tokenizer splits on white space and hyphens; the grams are split here instead.
  useGramTokenizer(builder);
  all.forEach((b, i) => builder.add({ ref: String(i), text: grams(docText(b)).join(SEP) }));
  const serialized = JSON.stringify(builder.build());
  return {
    name: 'Lunr, bigrams + literal check',
    serialized,
    async load() {
      const index = lunr.Index.load(JSON.parse(serialized));
      const check = literalCheck(all);
      return (q) => {
        const wanted = queryGrams(q);
        if (!wanted.length) return [];
        const found = index.query((query) => {
          for (const g of wanted)
            query.term(g, { usePipeline: false, presence: lunr.Query.presence.REQUIRED });
        });
        return check(
          found.map((m) => Number(m.ref)),
          q,
        );
      };
    },
  };
}

/** The builder's tokenizer cutting at SEP only. */
function useGramTokenizer(builder: lunr.Builder): void {
  const original = lunr.tokenizer;
  const tokenizer = ((obj: unknown) =>
    String(obj ?? '')
      .split(SEP)
      .filter(Boolean)
      .map((t) => new lunr.Token(t, {}))) as unknown as typeof lunr.tokenizer;
  tokenizer.separator = original.separator;
  builder.tokenizer = tokenizer;
}

/**
 * The query cut the way docusaurus-search-local cuts it in the browser: greedy longest match (of at
 * most 8 characters) against the index's own vocabulary, characters it cannot place dropped.
 */
function cutByVocabulary(query: string, vocabulary: Set<string>): string[] {
  return foldText(query)
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => longestMatch(word, (w) => vocabulary.has(w), 8))
    .filter((piece) => piece.known)
    .map((piece) => piece.text);
}

const FIELDS: FieldName[] = ['title', 'body', 'cells', 'caption', 'credit'];

/** Lunr over jieba's tokens, the query cut by vocabulary (docusaurus-search-local): words, not substrings. */
export function lunrJiebaEngine(volume: Volume, built: BuiltIndex): Engine {
  const ids = blocks(volume).map((b) => b.id);
  const serialized = JSON.stringify(built.lunrIndex);
  return {
    name: 'Lunr, jieba tokens (words only)',
    serialized,
    async load() {
      const index = lunr.Index.load(JSON.parse(serialized));
      const vocabulary = new Set(Object.keys((index as unknown as { invertedIndex: object }).invertedIndex));
      return (q) => {
        const terms = cutByVocabulary(q, vocabulary);
        if (!terms.length) return [];
        return index
          .query((query) => {
            for (const t of terms)
              query.term(t, { usePipeline: false, presence: lunr.Query.presence.REQUIRED });
          })
          .map((m) => ids[Number(m.ref)]);
      };
    },
  };
}

/** MiniSearch over jieba's tokens, AND of the query's vocabulary words: words, not substrings. */
export function miniJiebaEngine(volume: Volume, built: BuiltIndex): Engine {
  const ids = blocks(volume).map((b) => b.id);
  const options = {
    fields: FIELDS,
    tokenize: (text: string) => text.split(SEP),
    processTerm: (term: string) => term || null,
    searchOptions: { combineWith: 'AND' as const, tokenize: (text: string) => text.split(SEP) },
  };
  const mini = new MiniSearch(options);
  mini.addAll(
    built.tokens.map((doc, id) => ({ id, ...Object.fromEntries(FIELDS.map((f) => [f, doc[f].join(SEP)])) })),
  );
  const vocabulary = new Set(built.packed.vocab.split('\n'));
  const serialized = JSON.stringify(mini);
  return {
    name: 'MiniSearch, jieba tokens (words only)',
    serialized,
    async load() {
      const index = MiniSearch.loadJSON(serialized, options);
      return (q) => {
        const terms = cutByVocabulary(q, vocabulary);
        return terms.length ? index.search(terms.join(SEP)).map((r) => ids[r.id as number]) : [];
      };
    },
  };
}
