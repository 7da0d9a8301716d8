import { DocSet } from './bitset';
import { foldUnit } from './fold';

/**
 * Which blocks may hold each pair of adjacent UTF-16 units of their folded text: the pairs hashed into
 * buckets, each bucket a set of blocks (one bit a block). A term can occur in a block only if every
 * adjacent pair of it does, so the blocks that may hold a term are the intersection of its pairs'
 * buckets — a few dozen words ANDed for a thousand blocks. Built from the text once every block has
 * been read (the index's words cannot say whether two characters meet across a word's edge: for a
 * short query of common characters, 业，or 的重, that left most blocks to be read). A block in a
 * bucket by another pair's hash costs only a read of its text; no block holding a term is ever left out.
 */
export class BigramFilter {
  /** The buckets one after another, each `words` 32-bit words of block bits. */
  private readonly rows: Uint32Array;
  private readonly words: number;
  private readonly shift: number;

  private constructor(
    private readonly docCount: number,
    bucketsLog: number,
  ) {
    this.words = (docCount + 31) >>> 5;
    this.shift = 32 - bucketsLog;
    this.rows = new Uint32Array(this.words << bucketsLog);
  }

  /**
   * The filter of every block's printed text (by document number). About sixteen buckets a unit of
   * the average block: a block of average length is in about one bucket in twenty.
   */
  static build(texts: readonly string[]): BigramFilter {
    const units = texts.reduce((n, t) => n + t.length, 0);
    const average = units / Math.max(1, texts.length);
    let bucketsLog = MIN_BUCKETS_LOG;
    while (1 << bucketsLog < average * BUCKETS_PER_UNIT && bucketsLog < MAX_BUCKETS_LOG) bucketsLog++;
    const filter = new BigramFilter(texts.length, bucketsLog);
    texts.forEach((text, doc) => filter.add(doc, text));
    return filter;
  }

  /** The blocks that may hold `term` (folded, two units or more): a superset of those that do. */
  candidates(term: string): DocSet {
    const out = DocSet.all(this.docCount);
    const { words } = out;
    for (let i = 1; i < term.length; i++) {
      const row = this.bucket((foldUnit(term.charCodeAt(i - 1)) << 16) | foldUnit(term.charCodeAt(i)));
      for (let w = 0; w < words.length; w++) words[w] &= this.rows[row + w];
    }
    return out;
  }

  private add(doc: number, text: string): void {
    const word = doc >>> 5;
    const bit = 1 << (doc & 31);
    let previous = text.length ? foldUnit(text.charCodeAt(0)) : 0;
    for (let i = 1; i < text.length; i++) {
      const unit = foldUnit(text.charCodeAt(i));
      this.rows[this.bucket((previous << 16) | unit) + word] |= bit;
      previous = unit;
    }
  }

  /** Where a pair's bucket begins in `rows`: its hash's top bits. */
  private bucket(pair: number): number {
    return (Math.imul(pair >>> 0, 0x9e3779b1) >>> this.shift) * this.words;
  }
}

const BUCKETS_PER_UNIT = 8;
const MIN_BUCKETS_LOG = 8;
/** 65,536 buckets at most: 8 KB a thousand blocks. */
const MAX_BUCKETS_LOG = 16;
