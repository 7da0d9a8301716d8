import type { BlockKind } from '../volume/types';

/**
 * The packed search index (`search-index.json`), the contract between `yearbook build` and the
 * runtime. Versioned; `volumeHash` ties it to the volume.json it was built from. It holds what Lunr's
 * search needs, in a form several times smaller than Lunr's own JSON: the vocabulary, and for every
 * term its postings (document, field, term frequency), with every field's length per document, from
 * which the runtime recomputes Lunr's BM25 weights exactly. Described in docs/search.md.
 */
export const INDEX_FORMAT = 'zhangshang-search';
export const INDEX_VERSION = 1;

export type FieldName = 'title' | 'body' | 'cells' | 'caption' | 'credit' | 'section' | 'category';

export interface PackedIndex {
  format: typeof INDEX_FORMAT;
  version: typeof INDEX_VERSION;
  volume: string;
  volumeHash: string;
  /** Lunr's BM25 parameters. */
  k1: number;
  b: number;
  fields: Array<{ name: FieldName; boost: number }>;
  /** `[category title, section title]`, referred to by documents. */
  sections: Array<[string, string]>;
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
}
