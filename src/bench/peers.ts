import FlexSearch from 'flexsearch';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import { foldText } from '../core/search/fold';
import { longestMatch } from '../core/search/longestMatch';
import { PackedIndexData } from '../core/search/packedIndexData';
import { Search } from '../core/search/search';
import type { FieldName } from '../core/search/format';
import { blocksInOrder, textParts } from '../core/volume/model';
import type { Volume } from '../core/volume/types';
import type { BuiltIndex } from '../node/search/buildIndex';

/** One search engine as the benchmark drives it: a serialized index, a loader, and a query. */
export interface Engine {
  name: string;
  /** The bytes a phone would download and parse. */
  serialized: string;
  /** Parse the serialized index and make it ready to answer. */
  load(): Promise<(query: string) => string[]>;
}

const SEP = '\u0001';

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

/** Our engine; `limit` is 20 (a page with snippets) when timed, everything when counting recall. */
export function ourEngine(volume: Volume, built: BuiltIndex, limit = 20): Engine {
  const byId = new Map(blocksInOrder(volume).map((p) => [p.block.id, p.block]));
  const serialized = JSON.stringify(built.packed);
  return {
    name: '掌上年鉴 (packed Lunr + literal check)',
    serialized,
    async load() {
      const search = new Search(new PackedIndexData(JSON.parse(serialized)), (id) => byId.get(id));
      return (q) =>
        search
          .search(q, { limit })
          .results.filter((r) => r.exact)
          .map((r) => r.id);
    },
  };
}

export function lunrEngine(volume: Volume, built: BuiltIndex): Engine {
  const ids = blocksInOrder(volume).map((p) => p.block.id);
  return {
    name: 'Lunr JSON, query cut by vocabulary (docusaurus-search-local)',
    serialized: JSON.stringify(built.lunrIndex),
    async load() {
      const index = lunr.Index.load(JSON.parse(this.serialized));
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

const FIELDS: FieldName[] = ['title', 'body', 'cells', 'caption', 'credit'];

export function miniSearchEngine(volume: Volume, built: BuiltIndex): Engine {
  const ids = blocksInOrder(volume).map((p) => p.block.id);
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
  return {
    name: 'MiniSearch, jieba tokens',
    serialized: JSON.stringify(mini),
    async load() {
      const index = MiniSearch.loadJSON(this.serialized, options);
      return (q) => {
        const terms = cutByVocabulary(q, vocabulary);
        return terms.length ? index.search(terms.join(SEP)).map((r) => ids[r.id]) : [];
      };
    },
  };
}

export async function flexSearchEngine(volume: Volume, built: BuiltIndex): Promise<Engine> {
  const ids = blocksInOrder(volume).map((p) => p.block.id);
  const options = { tokenize: 'strict' as const, encode: (text: string) => text.split(SEP).filter(Boolean) };
  const flex = new FlexSearch.Index(options);
  built.tokens.forEach((doc, id) => flex.add(id, FIELDS.flatMap((f) => doc[f]).join(SEP)));
  const parts: Record<string, string> = {};
  await flex.export((key: string | number, data: string) => {
    parts[String(key)] = data;
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  const vocabulary = new Set(built.packed.vocab.split('\n'));
  const serialized = JSON.stringify(parts);
  return {
    name: 'FlexSearch, jieba tokens',
    serialized,
    async load() {
      const index = new FlexSearch.Index(options);
      for (const [key, data] of Object.entries(JSON.parse(serialized) as Record<string, string>))
        index.import(key, data);
      return (q) => {
        const terms = cutByVocabulary(q, vocabulary);
        return terms.length
          ? (index.search(terms.join(SEP), { limit: 1e6 }) as number[]).map((i) => ids[i])
          : [];
      };
    },
  };
}

/** The recall reference: read every block's text. Its "index" is the text itself. */
export function scanEngine(volume: Volume, volumeJson: string): Engine {
  return {
    name: 'substring scan (reference)',
    serialized: volumeJson,
    async load() {
      const v: Volume = JSON.parse(this.serialized);
      const blocks = blocksInOrder(v).map((p) => ({
        id: p.block.id,
        parts: textParts(p.block).map((t) => foldText(t.text)),
      }));
      return (q) => {
        const terms = foldText(q).split(/\s+/).filter(Boolean);
        if (!terms.length) return [];
        return blocks.filter((b) => terms.every((t) => b.parts.some((p) => p.includes(t)))).map((b) => b.id);
      };
    },
  };
}
