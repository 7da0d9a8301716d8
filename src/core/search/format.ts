import type { BlockKind } from '../volume/types';

/**
 * The packed search index (`search-index.json`), the contract between `yearbook build` and the
 * runtime: one JSON object. Versioned; `volumeHash` ties it to the volume.json it was built from, and
 * `counts` with `checksum` let the runtime refuse an index that is not what the build wrote (cut short,
 * edited, mixed) before it answers a query. It holds what Lunr's search needs, in a form several times
 * smaller than Lunr's own JSON: the vocabulary, and for every term its postings (document, field, term
 * frequency), with every field's length per document, from which the runtime recomputes Lunr's BM25
 * weights exactly. Described in docs/search.md.
 */
export const INDEX_FORMAT = 'zhangshang-search';
export const INDEX_VERSION = 2;

export type FieldName = 'title' | 'body' | 'cells' | 'caption' | 'credit' | 'section' | 'category';

/** How many of each part the build wrote: checked when the index is opened. */
export interface IndexCounts {
  docs: number;
  sections: number;
  terms: number;
  /** Characters of `postings`. */
  postings: number;
}

export interface PackedIndex {
  format: typeof INDEX_FORMAT;
  version: typeof INDEX_VERSION;
  volume: string;
  volumeHash: string;
  /** Lunr's BM25 parameters. */
  k1: number;
  b: number;
  fields: Array<{ name: FieldName; boost: number }>;
  /** `[category title, section title, section id]`, referred to by documents. */
  sections: Array<[string, string, string]>;
  /** One document per block: `[block id, kind, title as shown, section number]`. */
  docs: Array<[string, BlockKind, string, number]>;
  /** Varints, field by field, document by document: the number of tokens in each field. */
  lengths: string;
  /** The terms, sorted by UTF-16 code units, separated by "\n". */
  vocab: string;
  /** Varints: the length in characters of each term's postings. */
  sizes: string;
  /**
   * Varints, term after term: for each field holding the term, `field, count`, then for each
   * document `(docDelta << 1) | (tf > 1)` and, when tf > 1, `tf - 2`.
   */
  postings: string;
  counts: IndexCounts;
  /** `fnv1a` of every other part (see `checksumParts`), as the build wrote them. */
  checksum: string;
}

/** What the checksum covers: every part of the index but the checksum itself, in a fixed order. */
export function* checksumParts(packed: Omit<PackedIndex, 'checksum'>): Generator<string> {
  yield `${packed.format}\n${packed.version}\n${packed.volume}\n${packed.volumeHash}\n${packed.k1}\n${packed.b}`;
  yield JSON.stringify(packed.fields);
  yield JSON.stringify(packed.counts);
  for (const s of packed.sections) yield s.join('\n');
  for (const d of packed.docs) yield d.join('\n');
  yield packed.lengths;
  yield packed.vocab;
  yield packed.sizes;
  yield packed.postings;
}
