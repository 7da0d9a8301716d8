import { DocSet } from './bitset';
import { foldUnit } from './fold';

/**
 * Which blocks hold each UTF-16 unit of their folded text (exactly), and which may hold each pair of
 * adjacent units: the pairs hashed into buckets, each bucket a set of blocks (one bit a block). A term
 * can occur in a block only if every adjacent pair of it does, so the blocks that may hold a term are
 * the intersection of its pairs' buckets (two a pair) — a few dozen words ANDed for a thousand blocks; a term of
 * one unit is answered exactly. Built from the text once every block has been read. The index's
 * words cannot say whether two characters meet across a word's edge: for a short query of common
 * characters (业，, 的重) that left most blocks to be read; and a lone character's blocks there are
 * the postings of every word holding it (hundreds) joined. A block in a bucket by another pair's hash
 * costs only a read of its text; no block holding a term is ever left out.
 */
export class TextFilter {
  /** The buckets one after another, each `words` 32-bit words of block bits. */
  private readonly pairRows: Uint32Array;
  /** Each unit's blocks, one row a unit the text holds; none when there were too many. */
  private readonly unitRows: Uint32Array | undefined;
  /** The units the text holds, ascending, and where each one's row begins in `unitRows`. */
  private readonly units: Uint16Array;
  private readonly unitStarts: Int32Array;
  private readonly docCount: number;
  private readonly words: number;
  private readonly shift: number;

  private constructor(texts: readonly string[], bucketsLog: number) {
    this.docCount = texts.length;
    const words = (this.words = (texts.length + 31) >>> 5);
    const shift = (this.shift = 32 - bucketsLog);
    const pairs = (this.pairRows = new Uint32Array(words << bucketsLog));
    const unitRow = ROW_OF;
    const seen: number[] = [];
    // A unit's row is a bit a block: past UNIT_ROWS_MOST bytes (tens of thousands of short blocks)
    // the lone characters are left to the index. Rows are given out as units are first met.
    let units = new Uint32Array(words * 1024);
    let used = 0;
    let exact = true;
    for (let doc = 0; doc < texts.length; doc++) {
      const text = texts[doc];
      const word = doc >>> 5;
      const bit = 1 << (doc & 31);
      let previous = -1;
      for (let i = 0; i < text.length; i++) {
        const unit = foldUnit(text.charCodeAt(i));
        if (exact) {
          let row = unitRow[unit];
          if (row < 0) {
            seen.push(unit);
            row = unitRow[unit] = used;
            used += words;
            if (used > units.length) {
              exact = units.length * 8 <= UNIT_ROWS_MOST;
              if (exact) {
                const grown = new Uint32Array(units.length * 2);
                grown.set(units);
                units = grown;
              }
            }
          }
          if (exact) units[row + word] |= bit;
        }
        if (previous >= 0) {
          const pair = (previous << 16) | unit;
          pairs[(Math.imul(pair, HASH) >>> shift) * words + word] |= bit;
          pairs[(Math.imul(pair ^ SALT, HASH_2) >>> shift) * words + word] |= bit;
        }
        previous = unit;
      }
    }
    this.unitRows = exact ? units.slice(0, used) : undefined;
    this.units = Uint16Array.from(seen).sort();
    this.unitStarts = Int32Array.from(this.units, (unit) => unitRow[unit]);
    for (const unit of seen) unitRow[unit] = -1;
  }

  /**
   * The filter of every block's printed text (by document number). About eight buckets a unit of
   * the average block: a block of average length is in about one bucket in six (two a pair).
   */
  static build(texts: readonly string[]): TextFilter {
    const units = texts.reduce((n, t) => n + t.length, 0);
    const average = units / Math.max(1, texts.length);
    let bucketsLog = MIN_BUCKETS_LOG;
    while (1 << bucketsLog < average * BUCKETS_PER_UNIT && bucketsLog < MAX_BUCKETS_LOG) bucketsLog++;
    return new TextFilter(texts, bucketsLog);
  }

  /**
   * The blocks holding `term` (folded, one unit) exactly: undefined when the unit rows were not kept.
   */
  holding(unit: string): DocSet | undefined {
    if (!this.unitRows) return undefined;
    const out = new DocSet(this.docCount);
    const code = unit.charCodeAt(0);
    let lo = 0;
    let hi = this.units.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.units[mid] < code) lo = mid + 1;
      else hi = mid;
    }
    if (this.units[lo] === code) {
      const row = this.unitStarts[lo];
      out.words.set(this.unitRows.subarray(row, row + out.words.length));
    }
    return out;
  }

  /** The blocks that may hold `term` (folded, two units or more): a superset of those that do. */
  mayHold(term: string): DocSet {
    const out = DocSet.all(this.docCount);
    const { words } = out;
    for (let i = 1; i < term.length; i++) {
      const pair = (foldUnit(term.charCodeAt(i - 1)) << 16) | foldUnit(term.charCodeAt(i));
      const one = (Math.imul(pair, HASH) >>> this.shift) * this.words;
      const two = (Math.imul(pair ^ SALT, HASH_2) >>> this.shift) * this.words;
      for (let w = 0; w < words.length; w++) words[w] &= this.pairRows[one + w] & this.pairRows[two + w];
    }
    return out;
  }
}

/**
 * Where each unit's row begins while a filter is built, by code unit, -1 for none yet: one table for
 * every filter (a shelf opens dozens), reset once a build ends; a build runs start to end at once.
 */
const ROW_OF = new Int32Array(0x10000).fill(-1);

const BUCKETS_PER_UNIT = 8;
/**
 * A pair goes into two buckets, by two multiplicative hashes (the first Fibonacci's), their top bits
 * the bucket: with one, a common pair sharing its bucket with another (提高 with 创新) made the
 * bucket hold most blocks; both of a pair's buckets filled by others is rare.
 */
const HASH = 0x9e3779b1;
const HASH_2 = 0x85ebca77;
const SALT = 0x5bd1e995;
const MIN_BUCKETS_LOG = 8;
/** 65,536 buckets at most: 8 KB a thousand blocks. */
const MAX_BUCKETS_LOG = 16;
/** 8 MB: 5,000 distinct characters in 13,000 blocks. */
const UNIT_ROWS_MOST = 8 << 20;
