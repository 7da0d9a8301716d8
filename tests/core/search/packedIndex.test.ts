import fc from 'fast-check';
import { PackedIndexData } from '../../../src/core/search/packedIndexData';
import { DamagedIndexError } from '../../../src/core/search/openIndex';
import { decodeVarints, encodeVarints, VarintReader } from '../../../src/core/search/varint';
import { checksumParts, type PackedIndex } from '../../../src/core/search/format';
import { fnv1a } from '../../../src/core/search/checksum';
import { seedSearch } from '../../helpers/seedSearch';

const { packed } = seedSearch();
const copy = (): PackedIndex => JSON.parse(JSON.stringify(packed));
const opening = (index: unknown) => () => new PackedIndexData(index);

describe('varints', () => {
  it('read back what was written (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.maxSafeNat(), { maxLength: 50 }), (values) => {
        expect(decodeVarints(encodeVarints(values))).toEqual(values);
      }),
    );
  });

  it('end on any text, with numbers or a RangeError, never a hang (fuzz)', () => {
    // Any UTF-16 units, and texts mostly of the alphabet (where a decoder that loops would loop).
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: fc.constantFrom(...'Aag_-z9\u0080\u00ff'), maxLength: 40 }),
    );
    fc.assert(
      fc.property(anyText, fc.nat(60), fc.nat(60), (text, from, to) => {
        const reader = new VarintReader(text, Math.min(from, to), Math.max(from, to));
        let reads = 0;
        try {
          while (!reader.done) {
            const value = reader.next();
            expect(Number.isSafeInteger(value) && value >= 0).toBe(true);
            reads++;
          }
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError);
        }
        expect(reads).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuse a number cut short at the end of the text', () => {
    expect(() => decodeVarints('g')).toThrow(/cut short/);
    expect(() => decodeVarints('\u4e00')).toThrow(/not a varint character/);
    expect(() => decodeVarints('g'.repeat(20))).toThrow(RangeError);
  });
});

describe('opening a packed index', () => {
  it('opens the index the build wrote', () => {
    expect(opening(copy())).not.toThrow();
  });

  it.each<[string, (p: PackedIndex) => void, RegExp]>([
    [
      'a character outside the varint alphabet in the postings',
      (p) => (p.postings = `${p.postings.slice(0, 100)}中${p.postings.slice(101)}`),
      /checksum/,
    ],
    [
      'postings cut short',
      (p) => (p.postings = p.postings.slice(0, p.postings.length - 10)),
      /postings where the build wrote/,
    ],
    [
      'postings and their count cut short together',
      (p) => ((p.postings = p.postings.slice(0, -10)), (p.counts.postings -= 10)),
      /checksum/,
    ],
    ['a block dropped', (p) => p.docs.pop(), /docs where the build wrote/],
    [
      'a term dropped',
      (p) => (p.vocab = p.vocab.slice(0, p.vocab.lastIndexOf('\n'))),
      /terms where the build wrote/,
    ],
    ['a title edited', (p) => (p.docs[3][2] = `${p.docs[3][2]}（改）`), /checksum/],
    [
      'two postings characters swapped',
      (p) => (p.postings = p.postings.slice(0, 50) + p.postings[51] + p.postings[50] + p.postings.slice(52)),
      /checksum/,
    ],
    ['no checksum', (p) => delete (p as Partial<PackedIndex>).checksum, /"checksum" is missing/],
    ['no counts', (p) => delete (p as Partial<PackedIndex>).counts, /"counts" is missing/],
    ['another version', (p) => ((p as { version: number }).version = 1), /version 1/],
  ])('refuses %s, saying what is wrong', (_, damage, message) => {
    const p = copy();
    damage(p);
    expect(opening(p)).toThrow(DamagedIndexError);
    expect(opening(p)).toThrow(message);
    expect(opening(p)).toThrow(/build the volume again/);
  });

  // Edited by hand, the checksum made again: what would overflow a weight or mislead a lookup.
  it.each<[string, (p: PackedIndex) => void, RegExp]>([
    ['a boost of a million', (p) => (p.fields[0].boost = 1e6), /field 0 .*boost between 0 and 1000/],
    ['k1 of 0', (p) => (p.k1 = 0), /k1 0/],
    ['b out of 0–1', (p) => (p.b = 2), /b 2/],
    [
      'two words of the vocabulary swapped',
      (p) => {
        const words = p.vocab.split('\n');
        [words[10], words[11]] = [words[11], words[10]];
        p.vocab = words.join('\n');
      },
      /vocabulary is out of order at word 12/,
    ],
  ])('refuses %s even with the checksum made again', (_, edit, message) => {
    const p = copy();
    edit(p);
    p.checksum = fnv1a(checksumParts(p));
    expect(opening(p)).toThrow(DamagedIndexError);
    expect(opening(p)).toThrow(message);
  });

  it('gives a word the same weights before and after it has scored a query', () => {
    const fresh = new PackedIndexData(copy());
    const used = new PackedIndexData(copy());
    for (let t = 0; t < fresh.terms.length; t += 37) {
      const before = fresh.postings(t);
      used.addWeights(t, 1, new Float64Array(used.docCount));
      expect(used.postings(t)).toEqual(before);
    }
  });

  it('refuses what is not an index at all', () => {
    for (const x of [null, 42, 'index', [], {}, { format: 'zhangshang-search' }]) {
      expect(opening(x)).toThrow(DamagedIndexError);
    }
  });

  it('refuses any one character of the postings changed (property)', () => {
    fc.assert(
      fc.property(fc.nat(packed.postings.length - 1), fc.integer({ min: 1, max: 0xffff }), (at, code) => {
        const ch = String.fromCharCode(code);
        fc.pre(ch !== packed.postings[at]);
        const p = copy();
        p.postings = p.postings.slice(0, at) + ch + p.postings.slice(at + 1);
        expect(opening(p)).toThrow(DamagedIndexError);
      }),
      { numRuns: 200 },
    );
  });
});
