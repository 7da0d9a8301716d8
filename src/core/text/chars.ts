/**
 * Character classes for Chinese text. Han includes the extension blocks (A–H and the compatibility
 * ideographs), written as code point ranges so that rare place and person names count as Han too.
 */
const HAN_RANGES: Array<[number, number]> = [
  [0x3400, 0x4dbf], // Extension A
  [0x4e00, 0x9fff], // URO
  [0xf900, 0xfaff], // Compatibility
  [0x20000, 0x2a6df], // Extension B
  [0x2a700, 0x2ebef], // Extensions C–F
  [0x2f800, 0x2fa1f], // Compatibility supplement
  [0x30000, 0x323af], // Extensions G–H
  [0x3007, 0x3007], // 〇
];

export function isHanCodePoint(cp: number): boolean {
  for (const [lo, hi] of HAN_RANGES) if (cp >= lo && cp <= hi) return true;
  return false;
}

/** Full-width punctuation and symbols set in CJK text (、。，“”《》（）【】…). */
export function isCjkPunctuation(cp: number): boolean {
  return (
    (cp >= 0x3000 && cp <= 0x303f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    cp === 0x2014 ||
    cp === 0x2026 ||
    cp === 0x00b7 ||
    cp === 0x2018 ||
    cp === 0x2019 ||
    cp === 0x201c ||
    cp === 0x201d
  );
}

/** Han or CJK punctuation: characters that never take a space next to them in Chinese text. */
export function isCjk(cp: number): boolean {
  return isHanCodePoint(cp) || isCjkPunctuation(cp);
}

export function isLatinLetter(cp: number): boolean {
  return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp <= 0x24f);
}

/** Width in ems as printed: Chinese characters and full-width marks take one em, Latin and digits half. */
export function visualWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp === 0x20 || cp === 0x09) continue;
    width += cp < 0x2000 && cp !== 0x00b7 ? 0.5 : 1;
  }
  return width;
}
