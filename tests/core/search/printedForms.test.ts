import fc from 'fast-check';
import { foldText, foldedAway, printedForms } from '../../../src/core/search/fold';

/** Characters folding changes and their folded forms, among ones it leaves alone. */
const ALPHABET = [...'aAａＡ,，1１委員员会會(（）)乾干幹x中.．%'];

describe('printed forms of a folded term', () => {
  it('are found in printed text exactly where the folded term is found in the folded text', () => {
    const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, text, (printed, query) => {
        const term = foldText(query);
        const forms = printedForms(term, foldedAway(printed), 1e6);
        expect(forms).toBeDefined();
        expect(forms!.some((f) => printed.includes(f))).toBe(foldText(printed).includes(term));
      }),
      { numRuns: 2000 },
    );
  });

  it('give up past the limit, so the caller folds the text instead', () => {
    expect(printedForms('委员会', '委員會', 3)).toBeUndefined();
    expect(printedForms('委员会', '委員會', 8)).toEqual(['委员会', '委员會', '委員会', '委員會']);
    expect(printedForms('中', '，', 8)).toEqual(['中']);
  });

  it('leave out an ASCII mark the text does not hold', () => {
    expect(printedForms('业,', foldedAway('工业，农业'), 8)).toEqual(['业，']);
    expect(printedForms('业,', foldedAway('工业，农业,'), 8)).toEqual(['业,', '业，']);
  });
});
