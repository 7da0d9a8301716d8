import fc from 'fast-check';
import { utf8Decode, utf8DecodeScript, utf8Encode } from '../../../src/core/shelf/utf8';

describe('utf8 (records and shelf.json pass through bytes where TextEncoder may be missing)', () => {
  it('encodes as Node does and decodes back, for any text (Chinese, emoji, controls)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const bytes = utf8Encode(text);
        expect(Buffer.from(bytes).equals(Buffer.from(text, 'utf8'))).toBe(true);
        expect(utf8Decode(bytes)).toBe(text);
        expect(utf8DecodeScript(bytes)).toBe(text);
      }),
    );
    expect(utf8Decode(utf8Encode('上城年鉴（2019）𠀀'))).toBe('上城年鉴（2019）𠀀');
  });

  it('turns a broken sequence into U+FFFD instead of throwing', () => {
    expect(utf8DecodeScript(Uint8Array.from([0x41, 0xe4, 0xb8, 0x42]))).toBe('A\ufffd\ufffdB');
    // The platform's decoder marks the cut sequence once.
    expect(utf8Decode(Uint8Array.from([0x41, 0xe4, 0xb8, 0x42]))).toMatch(/^A\ufffd+B$/);
  });
});
