/** A set of document numbers as bits: candidate sets are intersected and joined many times a query. */
export class DocSet {
  readonly words: Uint32Array;

  constructor(
    readonly size: number,
    words?: Uint32Array,
  ) {
    this.words = words ?? new Uint32Array((size + 31) >>> 5);
  }

  static all(size: number): DocSet {
    return new DocSet(size).fillAll();
  }

  /** Every document in, in place (a set reused from query to query). */
  fillAll(): this {
    this.words.fill(0xffffffff);
    if (this.size & 31) this.words[this.words.length - 1] = (1 << (this.size & 31)) - 1;
    return this;
  }

  /** The documents of `other` (of the same size), in place. */
  setFrom(other: DocSet): this {
    this.words.set(other.words);
    return this;
  }

  /** No document, in place. */
  clear(): this {
    this.words.fill(0);
    return this;
  }

  add(doc: number): void {
    this.words[doc >>> 5] |= 1 << (doc & 31);
  }

  has(doc: number): boolean {
    return (this.words[doc >>> 5] & (1 << (doc & 31))) !== 0;
  }

  copy(): DocSet {
    return new DocSet(this.size, this.words.slice());
  }

  and(other: DocSet): DocSet {
    const out = new DocSet(this.size);
    for (let i = 0; i < this.words.length; i++) out.words[i] = this.words[i] & other.words[i];
    return out;
  }

  andInPlace(other: DocSet): this {
    for (let i = 0; i < this.words.length; i++) this.words[i] &= other.words[i];
    return this;
  }

  orInPlace(other: DocSet): this {
    for (let i = 0; i < this.words.length; i++) this.words[i] |= other.words[i];
    return this;
  }

  isEmpty(): boolean {
    for (let i = 0; i < this.words.length; i++) if (this.words[i]) return false;
    return true;
  }

  toArray(): number[] {
    const out: number[] = [];
    for (let w = 0; w < this.words.length; w++) {
      let bits = this.words[w];
      while (bits) {
        const low = bits & -bits;
        out.push((w << 5) + 31 - Math.clz32(low));
        bits ^= low;
      }
    }
    return out;
  }
}
