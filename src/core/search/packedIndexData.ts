import type { FieldName, PackedIndex } from './format';
import { IndexData, type DocMeta, type Postings } from './indexData';
import { DamagedIndexError, openPackedIndex } from './openIndex';
import { VarintReader, decodeVarints } from './varint';

/** Lunr's inverse document frequency: documents-with-term counts one per field holding it. */
export function lunrIdf(postingsCount: number, docCount: number): number {
  const x = (docCount - postingsCount + 0.5) / (postingsCount + 0.5);
  return Math.log(1 + Math.abs(x));
}

/**
 * The packed index opened for searching; postings are decoded term by term as queries need them.
 * Opening checks the index whole (`openPackedIndex`): a damaged one throws `DamagedIndexError` here,
 * never a wrong answer or a hang later.
 */
export class PackedIndexData extends IndexData {
  private readonly packed: PackedIndex;
  private readonly starts: number[];
  private readonly lengths: number[][];
  private readonly average: number[];
  private readonly boosts: number[];
  private readonly cache = new Map<number, Postings>();
  /** Each term's number of postings once known (-1 before): Lunr's idf needs it before any weight. */
  private readonly counts: Int32Array;

  constructor(input: PackedIndex | unknown) {
    const packed = openPackedIndex(input);
    const sections = packed.sections;
    const docs: DocMeta[] = packed.docs.map(([id, kind, title, s]) => {
      const section = sections[s];
      if (!section) throw new DamagedIndexError(`block ${id} refers to section ${s}, which is not there`);
      return { id, kind, title, category: section[0], section: section[1], sectionId: section[2] };
    });
    super(
      packed.vocab ? packed.vocab.split('\n') : [],
      docs,
      packed.fields.map((f) => f.name as FieldName),
    );
    this.packed = packed;
    const sizes = decodeOrRefuse(packed.sizes, 'sizes');
    if (sizes.length !== this.terms.length)
      throw new DamagedIndexError(`${sizes.length} postings sizes for ${this.terms.length} terms`);
    this.starts = new Array(sizes.length + 1);
    this.starts[0] = 0;
    for (let i = 0; i < sizes.length; i++) this.starts[i + 1] = this.starts[i] + sizes[i];
    if (this.starts[sizes.length] !== packed.postings.length)
      throw new DamagedIndexError('postings sizes do not add up to the postings');
    const flat = decodeOrRefuse(packed.lengths, 'lengths');
    const n = docs.length;
    if (flat.length !== packed.fields.length * n)
      throw new DamagedIndexError(
        `${flat.length} field lengths for ${packed.fields.length} fields × ${n} blocks`,
      );
    this.lengths = packed.fields.map((_, f) => flat.slice(f * n, (f + 1) * n));
    this.average = this.lengths.map((l) => (n ? l.reduce((a, b) => a + b, 0) / n : 0));
    this.boosts = packed.fields.map((f) => f.boost);
    this.counts = new Int32Array(this.terms.length).fill(-1);
  }

  /**
   * Candidates need only which documents hold a term, and a query's readings touch many terms (a
   * prefix or suffix of a word): those are read straight from the varints, not weighed.
   */
  protected override eachOccurrence(term: number, visit: (doc: number, field: number) => void): void {
    const cached = this.cache.get(term);
    if (!cached) {
      // Counted on the way: the term's weight needs its number of postings, and would read them again.
      let count = 0;
      this.decode(term, (doc, field) => (count++, visit(doc, field)));
      this.counts[term] = count;
      return;
    }
    for (let i = 0; i < cached.docs.length; i++) visit(cached.docs[i], cached.fields[i]);
  }

  /**
   * The term's postings as stored: for each field holding it, its documents and term frequencies.
   * Bounded by the term's own slice of the postings; a document or field out of range throws.
   */
  private decode(term: number, visit: (doc: number, field: number, tf: number) => void): void {
    const reader = new VarintReader(this.packed.postings, this.starts[term], this.starts[term + 1]);
    const docCount = this.docCount;
    while (!reader.done) {
      const field = reader.next();
      const count = reader.next();
      if (field >= this.boosts.length) throw new DamagedIndexError(`term ${term}: field ${field}`);
      let doc = 0;
      for (let k = 0; k < count; k++) {
        const code = reader.next();
        doc += Math.floor(code / 2);
        if (doc >= docCount) throw new DamagedIndexError(`term ${term}: block ${doc}`);
        visit(doc, field, code & 1 ? reader.next() + 2 : 1);
      }
    }
  }

  /**
   * As the base class does, but weighed straight from the varints: a short query's terms are many (every
   * word holding 市) and most are weighed once; building their postings lists was most of its time.
   */
  override addWeights(term: number, norm: number, scores: Float64Array): void {
    if (this.cache.has(term)) return super.addWeights(term, norm, scores);
    let count = this.counts[term];
    if (count < 0) {
      count = 0;
      this.decode(term, () => count++);
      this.counts[term] = count;
    }
    const idf = lunrIdf(count, this.docCount);
    this.decode(term, (doc, field, tf) => (scores[doc] += this.weight(idf, doc, field, tf) / norm));
  }

  /** Lunr's BM25 weight of a term in a document's field, times the field's boost, to 3 decimals. */
  private weight(idf: number, doc: number, field: number, tf: number): number {
    const { k1, b } = this.packed;
    const length = this.lengths[field][doc];
    const score = (idf * ((k1 + 1) * tf)) / (k1 * (1 - b + b * (length / this.average[field])) + tf);
    return Math.round(score * this.boosts[field] * 1000) / 1000;
  }

  postings(term: number): Postings {
    const cached = this.cache.get(term);
    if (cached) return cached;
    const raw: Array<[number, number, number]> = [];
    this.decode(term, (doc, field, tf) => raw.push([doc, field, tf]));
    const idf = lunrIdf(raw.length, this.docCount);
    const out: Postings = { docs: [], fields: [], weights: [] };
    for (const [doc, field, tf] of raw) {
      out.docs.push(doc);
      out.fields.push(field);
      out.weights.push(this.weight(idf, doc, field, tf));
    }
    this.cache.set(term, out);
    return out;
  }
}

function decodeOrRefuse(text: string, part: string): number[] {
  try {
    return decodeVarints(text);
  } catch (error) {
    throw new DamagedIndexError(`"${part}": ${(error as Error).message}`);
  }
}
