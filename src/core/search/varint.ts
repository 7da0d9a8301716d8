/**
 * Numbers packed as text for the search index: 5 bits a character from a URL-safe base-64 alphabet,
 * the sixth bit saying "more follows". JSON carries it without escapes, gzip and brotli compress it,
 * and decoding needs no typed-array tricks that a mini-program might lack.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/** Eleven digits hold 55 bits: past 2^53 a number is no longer exact, so a longer varint is damage. */
const MAX_DIGITS = 11;

/** Numbers as varint text. Throws on a number that is not a non-negative safe integer. */
export function encodeVarints(values: number[]): string {
  let out = '';
  for (let v of values) {
    if (!Number.isSafeInteger(v) || v < 0)
      throw new RangeError(`varint needs a non-negative integer, got ${v}`);
    while (v >= 32) {
      out += ALPHABET[32 | (v & 31)];
      v = Math.floor(v / 32);
    }
    out += ALPHABET[v];
  }
  return out;
}

/**
 * Reads varints from `text` between `pos` and `end`; `next()` returns the next number. Every call
 * consumes at least one character or throws, so a loop over a reader ends on any text: a character
 * outside the alphabet, a number running past `end`, or one too long for a safe integer is refused.
 */
export class VarintReader {
  readonly end: number;

  constructor(
    private readonly text: string,
    public pos = 0,
    end = text.length,
  ) {
    this.end = Math.min(end, text.length);
  }

  get done(): boolean {
    return this.pos >= this.end;
  }

  next(): number {
    let value = 0;
    let scale = 1;
    for (let digits = 0; digits < MAX_DIGITS; digits++) {
      if (this.pos >= this.end) throw new RangeError(`varint cut short at ${this.pos}`);
      const code = this.text.charCodeAt(this.pos++);
      const digit = code < 128 ? VALUE[code] : -1;
      if (digit < 0) throw new RangeError(`not a varint character at ${this.pos - 1}`);
      value += (digit & 31) * scale;
      if (digit < 32) return value;
      scale *= 32;
    }
    throw new RangeError(`varint too long at ${this.pos}`);
  }
}

/** Every number of a varint text; throws (never loops) on damaged text. */
export function decodeVarints(text: string): number[] {
  const reader = new VarintReader(text);
  const out: number[] = [];
  while (!reader.done) out.push(reader.next());
  return out;
}
