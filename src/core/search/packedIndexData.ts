import type { FieldName, PackedIndex } from './format';
import { INDEX_FORMAT, INDEX_VERSION } from './format';
import { IndexData, type DocMeta, type Postings } from './indexData';
import { VarintReader, decodeVarints } from './varint';

/** Lunr's inverse document frequency: documents-with-term counts one per field holding it. */
export function lunrIdf(postingsCount: number, docCount: number): number {
  const x = (docCount - postingsCount + 0.5) / (postingsCount + 0.5);
  return Math.log(1 + Math.abs(x));
}

/** The packed index opened for searching; postings are decoded term by term as queries need them. */
export class PackedIndexData extends IndexData {
  private readonly starts: number[];
  private readonly lengths: number[][];
  private readonly average: number[];
  private readonly boosts: number[];
  private readonly cache = new Map<number, Postings>();

  constructor(private readonly packed: PackedIndex) {
    if (!packed || packed.format !== INDEX_FORMAT || packed.version !== INDEX_VERSION) {
      throw new Error(`not a ${INDEX_FORMAT} index of version ${INDEX_VERSION}`);
    }
    const sections = packed.sections;
    const docs: DocMeta[] = packed.docs.map(([id, kind, title, s]) => ({
      id,
      kind,
      title,
      category: sections[s][0],
      section: sections[s][1],
    }));
    super(
      packed.vocab ? packed.vocab.split('\n') : [],
      docs,
      packed.fields.map((f) => f.name as FieldName),
    );
    const sizes = decodeVarints(packed.sizes);
    this.starts = new Array(sizes.length + 1);
    this.starts[0] = 0;
    for (let i = 0; i < sizes.length; i++) this.starts[i + 1] = this.starts[i] + sizes[i];
    const flat = decodeVarints(packed.lengths);
    const n = docs.length;
    this.lengths = packed.fields.map((_, f) => flat.slice(f * n, (f + 1) * n));
    this.average = this.lengths.map((l) => (n ? l.reduce((a, b) => a + b, 0) / n : 0));
    this.boosts = packed.fields.map((f) => f.boost);
  }

  /**
   * Candidates need only which documents hold a term, and a query's readings touch many terms (a
   * prefix or suffix of a word): those are read straight from the varints, not weighed.
   */
  protected override eachOccurrence(term: number, visit: (doc: number, field: number) => void): void {
    const cached = this.cache.get(term);
    if (!cached) return this.decode(term, visit);
    for (let i = 0; i < cached.docs.length; i++) visit(cached.docs[i], cached.fields[i]);
  }

  /** The term's postings as stored: for each field holding it, its documents and term frequencies. */
  private decode(term: number, visit: (doc: number, field: number, tf: number) => void): void {
    const reader = new VarintReader(this.packed.postings, this.starts[term]);
    const end = this.starts[term + 1];
    while (reader.pos < end) {
      const field = reader.next();
      const count = reader.next();
      let doc = 0;
      for (let k = 0; k < count; k++) {
        const code = reader.next();
        doc += Math.floor(code / 2);
        visit(doc, field, code & 1 ? reader.next() + 2 : 1);
      }
    }
  }

  postings(term: number): Postings {
    const cached = this.cache.get(term);
    if (cached) return cached;
    const raw: Array<[number, number, number]> = [];
    this.decode(term, (doc, field, tf) => raw.push([doc, field, tf]));
    const idf = lunrIdf(raw.length, this.docCount);
    const { k1, b } = this.packed;
    const out: Postings = { docs: [], fields: [], weights: [] };
    for (const [doc, field, tf] of raw) {
      const length = this.lengths[field][doc];
      const score = (idf * ((k1 + 1) * tf)) / (k1 * (1 - b + b * (length / this.average[field])) + tf);
      out.docs.push(doc);
      out.fields.push(field);
      out.weights.push(Math.round(score * this.boosts[field] * 1000) / 1000);
    }
    this.cache.set(term, out);
    return out;
  }
}
