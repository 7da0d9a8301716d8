import * as OpenCC from 'opencc-js/t2cn';
import { PackedIndexData } from '../../src/core/search/packedIndexData';
import { Search } from '../../src/core/search/search';
import type { PackedIndex } from '../../src/core/search/format';
import { blocksInOrder, findBlock } from '../../src/core/volume/model';
import type { Block, Volume } from '../../src/core/volume/types';
import { buildFiles } from '../../src/node/build/buildVolume';
import { buildSearchIndex } from '../../src/node/search/buildIndex';
import { SEED_SOURCE } from './paths';

/** The seed built once per test file: volume, packed index, and the same index as Lunr holds it. */
export function seedSearch() {
  const { volume, files } = buildFiles(SEED_SOURCE, { index: false });
  return searchOf(volume, files['volume.json']);
}

/** Any volume indexed as `yearbook build` indexes it, opened for searching. */
export function searchOf(volume: Volume, volumeJson = JSON.stringify(volume)) {
  const built = buildSearchIndex(volume, volumeJson);
  const packed: PackedIndex = JSON.parse(JSON.stringify(built.packed));
  const data = new PackedIndexData(packed);
  const search = new Search(data, (id) => findBlock(volume, id)?.block);
  return { volume, built, packed, data, search };
}

// The recall oracle, written apart from the engine: none of its folding, text parts or matching.
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const folded = new Map<string, string>();

/**
 * One character as the spec says a reader's query meets it: full-width forms and the ideographic
 * space by Unicode's NFKC, Latin in lower case, traditional to simplified by OpenCC character by
 * character (only where that keeps one UTF-16 unit).
 */
function oracleChar(ch: string): string {
  let out = folded.get(ch);
  if (out === undefined) {
    const code = ch.charCodeAt(0);
    out = ch;
    if ((code >= 0xff01 && code <= 0xff5e) || code === 0x3000) out = ch.normalize('NFKC');
    if (/^[A-Z]$/.test(out)) out = out.toLowerCase();
    if (out === ch) {
      const simplified = toSimplified(ch);
      if (simplified.length === 1) out = simplified;
      // OpenCC's table has a few chains (薴 → 苧 → 苎): a character folds to where its chain ends.
      for (let steps = 0; steps < 8 && toSimplified(out) !== out && toSimplified(out).length === 1; steps++)
        out = toSimplified(out);
    }
    folded.set(ch, out);
  }
  return out;
}

function oracleFold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += oracleChar(text[i]);
  return out;
}

/** Every string of a block a reader can read, each on its own (a table cell by cell). */
function readableStrings(block: Block): string[] {
  const credit = block.credit ? [block.credit] : [];
  if (block.kind === 'entry') return [block.title, ...block.paragraphs, ...credit];
  if (block.kind === 'table')
    return [`表${block.number}\u3000${block.title}`, ...block.columns, ...block.rows.flat(), ...credit];
  return [block.caption, ...credit];
}

/** The recall reference: every block one of whose strings holds each folded term of the query. */
export function substringScan(volume: Volume, query: string): string[] {
  const terms = oracleFold(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [];
  return blocksInOrder(volume)
    .filter(({ block }) => {
      const strings = readableStrings(block).map(oracleFold);
      return terms.every((t) => strings.some((s) => s.includes(t)));
    })
    .map(({ block }) => block.id);
}
