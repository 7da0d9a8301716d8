import * as OpenCC from 'opencc-js/t2cn';

/**
 * Folding makes what a reader types meet what the book prints. It works one UTF-16 unit at a time and
 * never changes a string's length, so an offset into folded text is an offset into the original —
 * highlights land on the printed characters.
 * - Latin letters fold to lower case;
 * - full-width letters, digits and marks fold to half-width (（ → (, ５ → 5), the ideographic space to a space.
 */
const FOLDABLE = /[A-Z\uff01-\uff5e\u3000]/g;

export function foldText(text: string): string {
  // Most Chinese text has nothing to fold: one regex pass, no copy.
  FOLDABLE.lastIndex = 0;
  if (!FOLDABLE.test(text)) return text;
  return text.replace(FOLDABLE, (ch) => {
    const code = ch.charCodeAt(0);
    if (code === 0x3000) return ' ';
    const half = code >= 0xff01 ? code - 0xfee0 : code;
    return String.fromCharCode(half >= 0x41 && half <= 0x5a ? half + 0x20 : half);
  });
}

let toSimplified: ((text: string) => string) | undefined;

/**
 * What a query becomes before it is looked up: folded as the text is, and traditional characters
 * turned into simplified ones (垃圾分類 → 垃圾分类) with OpenCC's t2cn table (opencc-js, ~110 KB).
 */
export function foldQuery(query: string): string {
  toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return foldText(toSimplified(foldText(query)));
}
