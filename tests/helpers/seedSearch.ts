import { PackedIndexData } from '../../src/core/search/packedIndexData';
import { Search } from '../../src/core/search/search';
import type { PackedIndex } from '../../src/core/search/format';
import { blocksInOrder, findBlock, textParts } from '../../src/core/volume/model';
import { foldText } from '../../src/core/search/fold';
import type { Volume } from '../../src/core/volume/types';
import { buildFiles } from '../../src/node/build/buildVolume';
import { buildSearchIndex } from '../../src/node/search/buildIndex';
import { SEED_SOURCE } from './paths';

/** The seed built once per test file: volume, packed index, and the same index as Lunr holds it. */
export function seedSearch() {
  const { volume, files } = buildFiles(SEED_SOURCE, { index: false });
  const built = buildSearchIndex(volume, files['volume.json']);
  const packed: PackedIndex = JSON.parse(JSON.stringify(built.packed));
  const data = new PackedIndexData(packed);
  const search = new Search(data, (id) => findBlock(volume, id)?.block);
  return { volume, built, packed, data, search };
}

/** The recall reference: every block one of whose text parts holds every folded term. */
export function substringScan(volume: Volume, query: string): string[] {
  const terms = foldText(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [];
  return blocksInOrder(volume)
    .filter(({ block }) => {
      const parts = textParts(block).map((p) => foldText(p.text));
      return terms.every((t) => parts.some((p) => p.includes(t)));
    })
    .map(({ block }) => block.id);
}
