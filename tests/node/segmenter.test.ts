import { volumeTexts, volumeWords } from '../../src/node/search/dictionary';
import { Segmenter } from '../../src/node/search/segmenter';
import { readSource } from '../../src/node/source/readSource';
import { SEED_SOURCE } from '../helpers/paths';

const volume = readSource(SEED_SOURCE);
const texts = volumeTexts(volume);
const words = volumeWords(volume);

/** Every text cut by a segmenter made now (jieba is one per process: each cut happens right after). */
function cutAll(segmenter: Segmenter, of: string[]): string[][] {
  return of.map((t) => segmenter.tokens(t));
}

describe('the segmenter given a volume’s texts', () => {
  it('cuts every text of the seed volume exactly as the whole dictionary does', () => {
    const trimmed = new Segmenter(words, texts);
    expect(trimmed.trimmed).toBe(true);
    const fast = cutAll(trimmed, texts);
    const whole = cutAll(new Segmenter(words), texts);
    expect(fast).toEqual(whole);
    // The volume's own words are kept whole, as before.
    expect(fast.flat()).toContain('最多跑一次');
  });

  it('falls back to the whole dictionary for a text it was not given, with the same cut', () => {
    const stranger = '鄱阳湖畔的瓷都景德镇烧制青花瓷已有千年';
    const whole = new Segmenter(words).tokens(stranger);
    const trimmed = new Segmenter(words, texts);
    expect(trimmed.tokens(stranger)).toEqual(whole);
    expect(trimmed.trimmed).toBe(false);
  });

  it('keeps its own words when another segmenter was loaded since', () => {
    const text = '推进最多跑一次改革';
    const own = new Segmenter(['最多跑一次'], [text]);
    const expected = own.tokens(text);
    expect(expected).toContain('最多跑一次');
    new Segmenter([], ['推进改革']).tokens('推进改革');
    expect(own.tokens(text)).toEqual(expected);
  });
});
