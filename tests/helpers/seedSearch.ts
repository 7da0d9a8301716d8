import { PackedIndexData } from '../../src/core/search/packedIndexData';
import { Search } from '../../src/core/search/search';
import type { PackedIndex } from '../../src/core/search/format';
import { blocksInOrder, findBlock } from '../../src/core/volume/model';
import type { Volume } from '../../src/core/volume/types';
import { oracleFold, oracleTerms, readableStrings } from '../../src/bench/oracle';
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

/**
 * The recall reference: every block one of whose strings holds each term of the query, by the
 * oracle's folding (src/bench/oracle.ts: NFKC, OpenCC), not the engine's.
 */
export function substringScan(volume: Volume, query: string): string[] {
  const terms = oracleTerms(query);
  if (terms.length === 0) return [];
  return blocksInOrder(volume)
    .filter(({ block }) => {
      const strings = readableStrings(block).map(oracleFold);
      return terms.every((t) => strings.some((s) => s.includes(t)));
    })
    .map(({ block }) => block.id);
}
