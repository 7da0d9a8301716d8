import * as OpenCC from 'opencc-js/t2cn';
import type { Block } from '../core/volume/types';

// The recall truth of the benchmark and of the tests, written apart from the engine: none of its
// folding, text parts or matching.

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const folded = new Map<string, string>();

/**
 * One UTF-16 unit as a reader's query should meet it: full-width forms and the ideographic space by
 * Unicode's NFKC, Latin in lower case, traditional to simplified by OpenCC one character at a time.
 */
function oracleUnit(ch: string): string {
  let out = folded.get(ch);
  if (out === undefined) {
    const code = ch.charCodeAt(0);
    out = ch;
    if ((code >= 0xff01 && code <= 0xff5e) || code === 0x3000) out = ch.normalize('NFKC');
    if (/^[A-Z]$/.test(out)) out = out.toLowerCase();
    if (out === ch) {
      // OpenCC's table has a few chains (薴 → 苧 → 苎): a character folds to where its chain ends.
      let simplified = toSimplified(ch);
      for (
        let chain = 0;
        simplified.length === 1 && toSimplified(simplified) !== simplified && chain < 8;
        chain++
      )
        simplified = toSimplified(simplified);
      if (simplified.length === 1) out = simplified;
    }
    folded.set(ch, out);
  }
  return out;
}

/** Text folded by the oracle's rules, the same length. */
export function oracleFold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += oracleUnit(text[i]);
  return out;
}

/** Every string of a block a reader can read, each on its own (a table cell by cell). */
export function readableStrings(block: Block): string[] {
  const credit = block.credit ? [block.credit] : [];
  if (block.kind === 'entry') return [block.title, ...block.paragraphs, ...credit];
  if (block.kind === 'table')
    return [`表${block.number}\u3000${block.title}`, ...block.columns, ...block.rows.flat(), ...credit];
  return [block.caption, ...credit];
}

/** A query's terms by the oracle's folding. */
export function oracleTerms(query: string): string[] {
  return oracleFold(query).split(/\s+/).filter(Boolean);
}
