/**
 * Numbers packed as text for the search index: 5 bits a character from a URL-safe base-64 alphabet,
 * the sixth bit saying "more follows". JSON carries it without escapes, gzip and brotli compress it,
 * and decoding needs no typed-array tricks that a mini-program might lack.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

export function encodeVarints(values: number[]): string {
  let out = '';
  for (let v of values) {
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`varint needs a non-negative integer, got ${v}`);
    while (v >= 32) {
      out += ALPHABET[32 | (v & 31)];
      v = Math.floor(v / 32);
    }
    out += ALPHABET[v];
  }
  return out;
}

/** Reads varints from `text` starting at `pos`; `next()` returns the next number. */
export class VarintReader {
  constructor(
    private readonly text: string,
    public pos = 0,
  ) {}

  get done(): boolean {
    return this.pos >= this.text.length;
  }

  next(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const digit = VALUE[this.text.charCodeAt(this.pos++)];
      if (digit < 0 || Number.isNaN(digit)) throw new RangeError(`corrupt varint at ${this.pos - 1}`);
      value += (digit & 31) * scale;
      if (digit < 32) return value;
      scale *= 32;
    }
  }
}

export function decodeVarints(text: string): number[] {
  const reader = new VarintReader(text);
  const out: number[] = [];
  while (!reader.done) out.push(reader.next());
  return out;
}
