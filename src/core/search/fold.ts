/**
 * Folding makes what a reader types meet what the book prints. It works one UTF-16 unit at a time and
 * never changes a string's length, so an offset into folded text is an offset into the original —
 * highlights land on the printed characters.
 * - Latin letters fold to lower case;
 * - full-width letters, digits and marks fold to half-width (（ → (, ５ → 5), the ideographic space to a space.
 */
const FOLDABLE = /[A-Z\uff01-\uff5e\u3000]/;

export function foldText(text: string): string {
  // Most Chinese text has full-width punctuation to fold, a few marks a paragraph: copy the runs
  // between them whole (a callback a character made folding most of a first search's time).
  if (!FOLDABLE.test(text)) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = foldCode(code);
    if (folded !== code) {
      out += text.slice(from, i) + String.fromCharCode(folded);
      from = i + 1;
    }
  }
  return out + text.slice(from);
}

function foldCode(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if (code === 0x3000) return 0x20;
  if (code >= 0xff01 && code <= 0xff5e) {
    const half = code - 0xfee0;
    return half >= 0x41 && half <= 0x5a ? half + 0x20 : half;
  }
  return code;
}
