import { foldText } from '../search/fold';
import { isHanCodePoint } from '../text/chars';

/**
 * What a shelf search knows of a volume without opening its index: the Han characters it uses and
 * the pairs of them printed side by side, anywhere a search can match (text, titles, sections,
 * categories), as printed and as folded (a volume printed in traditional characters is found by a
 * simplified query). Only Han characters count: marks are "free" to the search (a block may match
 * without them), and folding leaves a Han character a Han character.
 */
export interface VolumeCharacters {
  characters: Set<number>;
  /** Adjacent Han characters, as `pairKey(first, second)`. */
  pairs: Set<number>;
}

/**
 * A pair of code points as one small integer (a V8 small integer: a Set of them is several times
 * quicker than one of larger numbers). Exact for the common Han blocks; elsewhere two pairs may share
 * a key, which can only open a volume that need not be, never skip one that must be.
 */
function pairKey(first: number, second: number): number {
  return (first & 0x7fff) * 0x10000 + (second & 0xffff);
}

function isHan(cp: number): boolean {
  return cp >= 0x2e80 && isHanCodePoint(cp);
}

/** The characters and pairs of `text` (a volume.json, say) and of its folded form. */
export function volumeCharacters(text: string): VolumeCharacters {
  const out: VolumeCharacters = { characters: new Set(), pairs: new Set() };
  for (const form of [text, foldText(text)]) {
    let previous = -1;
    // Plain loops over UTF-16 units (a volume.json is hundreds of kilobytes; a loaded shelf has dozens).
    for (let i = 0; i < form.length; i++) {
      const cp = form.codePointAt(i) as number;
      if (cp > 0xffff) i++;
      if (!isHan(cp)) {
        previous = -1;
        continue;
      }
      out.characters.add(cp);
      if (previous >= 0) out.pairs.add(pairKey(previous, cp));
      previous = cp;
    }
  }
  return out;
}

/** The Han characters of a text (see `volumeCharacters`, which adds the folded form and the pairs). */
export function hanCharacters(text: string): Set<number> {
  const out = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (isHan(cp)) out.add(cp);
  }
  return out;
}

/** What a query's terms (folded) need of a volume, worked out once a search. */
export interface Needed {
  /** Each term's Han characters. */
  characters: number[][];
  /** Each term's adjacent Han characters, as pair keys. */
  pairs: number[][];
  /** Whether every term is Han characters only (then its pairs also decide a scattered hit). */
  hanOnly: boolean;
}

export function neededCharacters(terms: string[]): Needed {
  const needed: Needed = { characters: [], pairs: [], hanOnly: true };
  for (const term of terms) {
    const characters: number[] = [];
    const pairs: number[] = [];
    let previous = -1;
    for (const ch of term) {
      const cp = ch.codePointAt(0) as number;
      if (!isHan(cp)) {
        needed.hanOnly = false;
        previous = -1;
        continue;
      }
      characters.push(cp);
      if (previous >= 0) pairs.push(pairKey(previous, cp));
      previous = cp;
    }
    needed.characters.push(characters);
    needed.pairs.push(pairs);
  }
  return needed;
}

/**
 * Whether a volume may answer the query at all: with a literal hit (every term's characters and
 * pairs in the volume) or a scattered one (core/search: a block holding each of the words a term is
 * cut into, one of them two characters or more — a vocabulary word, so its pairs are in the volume;
 * every character of the terms is in some word). False means the volume's answer is surely empty.
 */
export function mayAnswer(
  volume: { characters?: ReadonlySet<number>; pairs?: ReadonlySet<number> },
  needed: Needed,
): boolean {
  const { characters, pairs } = volume;
  if (!characters) return true;
  // Plain loops: this runs for every volume of the shelf on every query.
  for (const cps of needed.characters) for (const cp of cps) if (!characters.has(cp)) return false;
  if (!pairs || !needed.hanOnly) return true;
  let all = true;
  let any = false;
  for (const keys of needed.pairs)
    for (const key of keys) {
      if (pairs.has(key)) any = true;
      else all = false;
    }
  return all || any;
}
