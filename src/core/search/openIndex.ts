import { fnv1a } from './checksum';
import { INDEX_FORMAT, INDEX_VERSION, checksumParts, type PackedIndex } from './format';

/**
 * An index that is not what `yearbook build` wrote: cut short, edited, from another version, or not
 * an index at all. Its message says what is wrong in words an editor or a reader's support can act on.
 */
export class DamagedIndexError extends Error {
  constructor(problem: string) {
    super(`search index damaged: ${problem}; build the volume again (yearbook build)`);
    this.name = 'DamagedIndexError';
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/**
 * The packed index checked before any query is answered from it: its shape, the counts the build
 * wrote, and the checksum over every part. The app (whichever way it read the JSON) and the CLI both
 * open an index through here, so both refuse the same damage with the same message. Costs one pass
 * over the index's text (a few milliseconds for a full-size volume).
 */
export function openPackedIndex(input: unknown): PackedIndex {
  if (!isObject(input)) throw new DamagedIndexError('not a JSON object');
  if (input.format !== INDEX_FORMAT) throw new DamagedIndexError(`not a ${INDEX_FORMAT} index`);
  if (input.version !== INDEX_VERSION)
    throw new DamagedIndexError(
      `version ${String(input.version)}, this reader opens version ${INDEX_VERSION}`,
    );
  for (const key of ['volume', 'volumeHash', 'lengths', 'vocab', 'sizes', 'postings', 'checksum'])
    if (typeof input[key] !== 'string') throw new DamagedIndexError(`"${key}" is missing or not text`);
  for (const key of ['fields', 'sections', 'docs'])
    if (!Array.isArray(input[key])) throw new DamagedIndexError(`"${key}" is missing or not a list`);
  const packed = input as unknown as PackedIndex;
  const counts = packed.counts;
  if (!isObject(counts)) throw new DamagedIndexError('"counts" is missing');
  const found = {
    docs: packed.docs.length,
    sections: packed.sections.length,
    terms: packed.vocab ? packed.vocab.split('\n').length : 0,
    postings: packed.postings.length,
  };
  for (const [part, count] of Object.entries(found)) {
    const expected = counts[part as keyof typeof found];
    if (expected !== count)
      throw new DamagedIndexError(`${count} ${part} where the build wrote ${String(expected)} (cut short?)`);
  }
  const sum = fnv1a(checksumParts(packed));
  if (sum !== packed.checksum)
    throw new DamagedIndexError(`checksum ${sum} where the build wrote ${packed.checksum}`);
  checkWeighing(packed);
  return packed;
}

/**
 * BM25's constants and the fields' boosts within bounds no build goes near: a weight is kept in
 * thousandths in a 32-bit integer (see `PackedIndexData`), which these bounds keep it well inside.
 */
function checkWeighing(packed: PackedIndex): void {
  const within = (x: unknown, lo: number, hi: number) => typeof x === 'number' && x >= lo && x <= hi;
  if (!(within(packed.k1, 0, 10) && packed.k1 > 0))
    throw new DamagedIndexError(`k1 ${String(packed.k1)}, not above 0 and at most 10`);
  if (!within(packed.b, 0, 1)) throw new DamagedIndexError(`b ${String(packed.b)}, not between 0 and 1`);
  packed.fields.forEach((field: unknown, i) => {
    if (!isObject(field) || typeof field.name !== 'string' || !within(field.boost, 0, 1000))
      throw new DamagedIndexError(`field ${i} is not a name with a boost between 0 and 1000`);
  });
}
