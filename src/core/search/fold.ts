import * as OpenCC from 'opencc-js/t2cn';

/**
 * Folding makes what a reader types meet what the book prints. It works one UTF-16 unit at a time and
 * never changes a string's length, so an offset into folded text is an offset into the original —
 * highlights land on the printed characters.
 * - Latin letters fold to lower case;
 * - full-width letters, digits and marks fold to half-width (（ → (, ５ → 5), the ideographic space to a space.
 */
export function foldText(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let folded = code;
    if (code >= 0xff01 && code <= 0xff5e) folded = code - 0xfee0;
    else if (code === 0x3000) folded = 0x20;
    if (folded >= 0x41 && folded <= 0x5a) folded += 0x20;
    if (folded !== code) changed = true;
    out += String.fromCharCode(folded);
  }
  return changed ? out : text;
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
