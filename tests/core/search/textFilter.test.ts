import fc from 'fast-check';
import { TextFilter } from '../../../src/core/search/textFilter';
import { foldText } from '../../../src/core/search/fold';

// Characters a yearbook prints: simplified and traditional Chinese, full-width marks and digits,
// Latin in both cases, a character outside the BMP.
const unit = fc.constantFrom(...'上城区人民政府委員會委员会发展的重，。（）１２ＡBb5.%\n𠀀'.split(''));
const text = fc.array(unit, { maxLength: 80 }).map((u) => u.join(''));

describe('TextFilter', () => {
  it('never leaves out a block holding the term, in either script or width (property)', () => {
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 2, max: 8 }),
        (texts, which, at, length) => {
          const doc = which % texts.length;
          const source = texts[doc];
          fc.pre(source.length >= 2);
          const start = at % (source.length - 1);
          const term = foldText(source.slice(start, start + length));
          fc.pre(term.length >= 2);
          expect(TextFilter.build(texts).mayHold(term).has(doc)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('passes over most blocks that lack one of the term’s pairs', () => {
    // 400 blocks, each a different run of characters: a pair only one of them holds.
    const chars = [...'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥'];
    const texts = Array.from({ length: 400 }, (_, i) =>
      Array.from({ length: 60 }, (_, k) => chars[(i * 7 + k * (1 + (i % 5))) % chars.length]).join(''),
    );
    const filter = TextFilter.build([...texts, '上城区人民政府']);
    const found = filter.mayHold('城区').toArray();
    expect(found).toContain(400);
    expect(found.length).toBeLessThan(40);
  });

  it('says exactly which blocks hold a lone character, in either script or width (property)', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 12 }), unit, (texts, one) => {
        const folded = foldText(one);
        const holding = TextFilter.build(texts).holding(folded)!;
        texts.forEach((t, doc) => expect(holding.has(doc)).toBe(foldText(t).includes(folded)));
      }),
      { numRuns: 500 },
    );
  });
});
