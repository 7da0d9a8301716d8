import { isHanCodePoint } from '../text/chars';

/**
 * The Han characters a volume uses anywhere a search can match (text, titles, sections, categories):
 * a volume without one of a term's characters cannot hold that term, so a shelf search skips it
 * without opening its index. Only Han characters count: marks are "free" to the search (a block may
 * match without them), and folding leaves Han characters as they are.
 */
export function hanCharacters(text: string): Set<number> {
  const out = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp >= 0x2e80 && isHanCodePoint(cp)) out.add(cp);
  }
  return out;
}

/** Each term's forms (as core/search's `termVariants` gives them) as the Han characters each needs. */
export function neededCharacters(variants: string[][]): number[][][] {
  return variants.map((forms) => forms.map((form) => [...hanCharacters(form)]));
}

/** Whether a volume using `characters` may hold every term, in one of its forms. */
export function mayHold(characters: ReadonlySet<number>, needed: number[][][]): boolean {
  return needed.every((forms) => forms.some((chars) => chars.every((cp) => characters.has(cp))));
}
