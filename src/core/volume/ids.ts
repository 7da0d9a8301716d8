import type { BlockKind } from './types';

/**
 * Ids are derived from a block's place (category, section, title, and an ordinal only where a title
 * repeats), never from array positions, so an edit elsewhere leaves them unchanged and bookmarks and
 * shared links keep working. 9 characters, so `e=<id>` fits a mini-program code's 32-character scene.
 */
const PREFIX: Record<BlockKind | 'category' | 'section', string> = {
  entry: 'e',
  table: 't',
  figure: 'f',
  category: 'c',
  section: 's',
};

/** An explicit id an editor may give in the source (`{#id}`). */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,23}$/;

/** cyrb53: a fast 53-bit string hash with good spread; collisions are still checked at build time. */
export function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function placeId(kind: keyof typeof PREFIX, place: string[]): string {
  const digest = hash53(place.join('\u0000')).toString(36).padStart(11, '0');
  return PREFIX[kind] + digest.slice(0, 8);
}
