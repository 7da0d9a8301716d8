import * as OpenCC from 'opencc-js/cn2t';
import * as Simplify from 'opencc-js/t2cn';
import type { Volume } from '../core/volume/types';

// The benchmark's volume printed in traditional characters: the same text through OpenCC (mainland
// simplified → Taiwan traditional), as an older gazetteer or a Hong Kong, Macao or Taiwan yearbook
// prints it, and queries a reader types in either script.

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toSimplified = Simplify.Converter({ from: 'tw', to: 'cn' });

/** Every string of the volume in traditional characters (ids and kinds are ASCII: unchanged). */
export function traditionalVolume(volume: Volume): Volume {
  const convert = (value: unknown): unknown => {
    if (typeof value === 'string') return toTraditional(value);
    if (Array.isArray(value)) return value.map(convert);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
    return value;
  };
  return convert(volume) as Volume;
}

/** A query as a reader of the simplified script types it. */
export function simplified(query: string): string {
  return toSimplified(query);
}
