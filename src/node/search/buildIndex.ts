import crypto from 'node:crypto';
import lunr from 'lunr';
import type { FieldName, PackedIndex } from '../../core/search/format';
import { INDEX_FORMAT, INDEX_VERSION, checksumParts } from '../../core/search/format';
import { fnv1a } from '../../core/search/checksum';
import { encodeVarints } from '../../core/search/varint';
import { blockTitle, blocksInOrder } from '../../core/volume/model';
import type { Block, Volume } from '../../core/volume/types';
import { volumeTexts, volumeWords } from './dictionary';
import { Segmenter } from './segmenter';

/** Fields of a search document and their boosts: a hit in a title counts ten times a hit in the text. */
export const FIELDS: Array<{ name: FieldName; boost: number }> = [
  { name: 'title', boost: 10 },
  { name: 'body', boost: 1 },
  { name: 'cells', boost: 1 },
  { name: 'caption', boost: 2 },
  { name: 'credit', boost: 1 },
  { name: 'section', boost: 2 },
  { name: 'category', boost: 1 },
];

const K1 = 1.2;
const B = 0.75;

export interface BuiltIndex {
  packed: PackedIndex;
  /** The same index as Lunr holds it (for parity tests and the benchmark's Lunr-JSON peer). */
  lunrIndex: lunr.Index;
  /** Each document's tokens per field, as segmented (for the benchmark's other peers). */
  tokens: Array<Record<FieldName, string[]>>;
  /** Milliseconds spent segmenting (jieba), indexing (lunr.Builder) and packing. */
  timings: { segment: number; lunr: number; pack: number };
}

type LunrBuilderInternals = lunr.Builder & {
  invertedIndex: Record<string, Record<string, Record<string, unknown>>>;
  fieldTermFrequencies: Record<string, Record<string, number>>;
  fieldLengths: Record<string, number>;
};

/** The text of each field of a block, one string a paragraph or cell (tokens never span two). */
function fieldTexts(block: Block, section: string, category: string): Record<FieldName, string[]> {
  const credit = block.credit ? [block.credit] : [];
  const base = {
    section: [section],
    category: [category],
    credit,
    title: [] as string[],
    body: [] as string[],
    cells: [] as string[],
    caption: [] as string[],
  };
  if (block.kind === 'entry') return { ...base, title: [block.title], body: block.paragraphs };
  if (block.kind === 'table')
    return { ...base, title: [blockTitle(block)], cells: [...block.columns, ...block.rows.flat()] };
  return { ...base, caption: [block.caption] };
}

/**
 * Segment every block with jieba, index it with a real lunr.Builder (pipelines emptied: the tokens are
 * already folded, and Lunr's trimmer, stemmer and stop words would destroy Chinese), then pack what
 * Lunr's search needs: vocabulary, postings with term frequencies, field lengths.
 */
export function buildSearchIndex(volume: Volume, volumeJson: string): BuiltIndex {
  const t0 = Date.now();
  const segmenter = new Segmenter(volumeWords(volume), volumeTexts(volume));
  const placed = blocksInOrder(volume);
  const tokens = placed.map(({ block, section, category }) => {
    const texts = fieldTexts(block, section.title, category.title);
    const out = {} as Record<FieldName, string[]>;
    for (const f of FIELDS) out[f.name] = texts[f.name].flatMap((t) => segmenter.tokens(t));
    return out;
  });

  const t1 = Date.now();
  const builder = new lunr.Builder() as LunrBuilderInternals;
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.k1(K1);
  builder.b(B);
  builder.ref('ref');
  for (const f of FIELDS) builder.field(f.name, { boost: f.boost });
  tokens.forEach((doc, i) => builder.add({ ref: String(i), ...doc }));
  const lunrIndex = builder.build();
  const t2 = Date.now();

  const sections: PackedIndex['sections'] = [];
  const sectionNumber = new Map<object, number>();
  const docs = placed.map(({ block, section, category }): PackedIndex['docs'][number] => {
    if (!sectionNumber.has(section)) {
      sectionNumber.set(section, sections.length);
      sections.push([category.title, section.title, section.id]);
    }
    return [block.id, block.kind, blockTitle(block), sectionNumber.get(section) as number];
  });

  const terms = Object.keys(builder.invertedIndex).sort();
  const sizes: number[] = [];
  let postings = '';
  for (const term of terms) {
    const values: number[] = [];
    FIELDS.forEach((f, fieldNumber) => {
      const refs = Object.keys(builder.invertedIndex[term][f.name] ?? {})
        .map(Number)
        .sort((a, b) => a - b);
      if (refs.length === 0) return;
      values.push(fieldNumber, refs.length);
      let previous = 0;
      for (const ref of refs) {
        const tf = builder.fieldTermFrequencies[`${f.name}/${ref}`][term];
        values.push(((ref - previous) * 2) | (tf > 1 ? 1 : 0));
        if (tf > 1) values.push(tf - 2);
        previous = ref;
      }
    });
    const encoded = encodeVarints(values);
    sizes.push(encoded.length);
    postings += encoded;
  }
  const lengths = FIELDS.flatMap((f) => placed.map((_, i) => builder.fieldLengths[`${f.name}/${i}`] ?? 0));

  const unsigned: Omit<PackedIndex, 'checksum'> = {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    volume: volume.id,
    volumeHash: crypto.createHash('sha256').update(volumeJson).digest('hex').slice(0, 16),
    k1: K1,
    b: B,
    fields: FIELDS,
    sections,
    docs,
    lengths: encodeVarints(lengths),
    vocab: terms.join('\n'),
    sizes: encodeVarints(sizes),
    postings,
    counts: { docs: docs.length, sections: sections.length, terms: terms.length, postings: postings.length },
  };
  const packed: PackedIndex = { ...unsigned, checksum: fnv1a(checksumParts(unsigned)) };
  return { packed, lunrIndex, tokens, timings: { segment: t1 - t0, lunr: t2 - t1, pack: Date.now() - t2 } };
}
