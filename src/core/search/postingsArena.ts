/**
 * Decoded postings kept in three parallel typed arrays shared by every term, each term a span of
 * them. A short query reads hundreds of terms; a typed array of its own for each made the garbage
 * collector most of a first query's time. The arrays grow by doubling, up to `capacity` (the
 * postings' characters: each posting takes one at least).
 */
export class PostingsArena {
  docs: Int32Array;
  fields: Uint8Array;
  /** A posting's term frequency; once its term is weighed, its weight in thousandths (`PackedIndexData`). */
  tfs: Int32Array;
  /** Slots used. */
  size = 0;

  constructor(private readonly capacity: number) {
    const initial = Math.min(capacity, 1 << 14);
    this.docs = new Int32Array(initial);
    this.fields = new Uint8Array(initial);
    this.tfs = new Int32Array(initial);
  }

  /** Make room for `count` more slots. */
  reserve(count: number): void {
    const needed = this.size + count;
    if (needed <= this.docs.length) return;
    let length = Math.max(1, this.docs.length);
    while (length < needed) length *= 2;
    length = Math.max(needed, Math.min(length, this.capacity));
    const grow = <T extends Int32Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const next = make(length);
      next.set(old.subarray(0, this.size));
      return next;
    };
    this.docs = grow(this.docs, (n) => new Int32Array(n));
    this.fields = grow(this.fields, (n) => new Uint8Array(n));
    this.tfs = grow(this.tfs, (n) => new Int32Array(n));
  }

  push(doc: number, field: number, tf: number): void {
    const at = this.size++;
    this.docs[at] = doc;
    this.fields[at] = field;
    this.tfs[at] = tf;
  }
}
