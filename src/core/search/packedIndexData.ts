import type { FieldName, PackedIndex } from './format';
import type { DocSet } from './bitset';
import { IndexData, type DocMeta, type Postings } from './indexData';
import { PostingsArena } from './postingsArena';
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
  /** BM25's length part of each field of each document, `k1 × (1 − b + b × length / average)`, field after field. */
  private readonly lengthNorms: Float64Array;
  private readonly boosts: number[];
  private readonly k1: number;
  private readonly arena: PostingsArena;
  /** Each term's first slot in the arena, -1 before it is decoded; and its number of slots. */
  private readonly spanStart: Int32Array;
  private readonly spanLength: Int32Array;
  /** 1 once the term's frequencies in the arena have become weights (see `weigh`). */
  private readonly weighed: Uint8Array;

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
    // Lookups search the vocabulary by halves (see `IndexData.lookup`): out of order, a word is missed.
    for (let t = 1; t < this.terms.length; t++)
      if (!(this.terms[t - 1] < this.terms[t]))
        throw new DamagedIndexError(`the vocabulary is out of order at word ${t + 1}`);
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
    this.lengthNorms = new Float64Array(flat.length);
    packed.fields.forEach((_, f) => {
      const lengths = flat.slice(f * n, (f + 1) * n);
      const average = n ? lengths.reduce((a, b) => a + b, 0) / n : 0;
      const { k1, b } = packed;
      lengths.forEach(
        (length, doc) => (this.lengthNorms[f * n + doc] = k1 * (1 - b + b * (length / average))),
      );
    });
    this.boosts = packed.fields.map((f) => f.boost);
    this.k1 = packed.k1;
    this.arena = new PostingsArena(packed.postings.length);
    this.spanStart = new Int32Array(this.terms.length).fill(-1);
    this.spanLength = new Int32Array(this.terms.length);
    this.weighed = new Uint8Array(this.terms.length);
  }

  /**
   * Where the term's postings are in the arena (`spanStart`, `spanLength`), decoded on first use and
   * kept: candidates read its documents, scoring its fields and frequencies, neither the varints again.
   * Bounded by the term's own slice of the postings; a document or field out of range throws.
   */
  private decode(term: number): number {
    const known = this.spanStart[term];
    if (known >= 0) return known;
    const reader = new VarintReader(this.packed.postings, this.starts[term], this.starts[term + 1]);
    const arena = this.arena;
    arena.reserve(reader.end - reader.pos);
    const start = arena.size;
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
        arena.push(doc, field, code & 1 ? reader.next() + 2 : 1);
      }
    }
    this.spanLength[term] = arena.size - start;
    this.spanStart[term] = start;
    return start;
  }

  protected override orTextDocs(term: number, set: DocSet): void {
    const start = this.decode(term);
    const end = start + this.spanLength[term];
    const { docs, fields } = this.arena;
    const text = this.isTextField;
    const words = set.words;
    for (let i = start; i < end; i++) if (text[fields[i]]) words[docs[i] >>> 5] |= 1 << (docs[i] & 31);
  }

  override postingCount(term: number): number {
    this.decode(term);
    return this.spanLength[term];
  }

  /**
   * As the base class does, but weighed straight from the decoded postings: a short query's terms are
   * many (every word holding 市), and building their postings lists was most of its time.
   */
  override addWeights(term: number, norm: number, scores: Float64Array): void {
    const start = this.decode(term);
    const end = start + this.spanLength[term];
    const { docs, fields, tfs } = this.arena;
    if (this.weighed[term]) {
      for (let i = start; i < end; i++) scores[docs[i]] += tfs[i] / 1000 / norm;
      return;
    }
    // Weighed and added in one pass (see `weigh`): most of a query's words are new to it.
    const idf = lunrIdf(end - start, this.docCount);
    for (let i = start; i < end; i++) {
      tfs[i] = this.milliWeight(idf, docs[i], fields[i], tfs[i]);
      scores[docs[i]] += tfs[i] / 1000 / norm;
    }
    this.weighed[term] = 1;
  }

  /**
   * The term's postings decoded and weighed: the first time, each posting's term frequency in the
   * arena becomes its weight in thousandths (Lunr keeps 3 decimals, so the integer holds it exactly;
   * `openPackedIndex` bounds k1 and the boosts, so it fits). A word is weighed once, not at every
   * query that holds it.
   */
  private weigh(term: number): number {
    const start = this.decode(term);
    if (this.weighed[term]) return start;
    const end = start + this.spanLength[term];
    const { docs, fields, tfs } = this.arena;
    const idf = lunrIdf(end - start, this.docCount);
    for (let i = start; i < end; i++) tfs[i] = this.milliWeight(idf, docs[i], fields[i], tfs[i]);
    this.weighed[term] = 1;
    return start;
  }

  /** Lunr's BM25 weight of a term in a document's field, times the field's boost, in thousandths. */
  private milliWeight(idf: number, doc: number, field: number, tf: number): number {
    const score = (idf * ((this.k1 + 1) * tf)) / (this.lengthNorms[field * this.docCount + doc] + tf);
    return Math.round(score * this.boosts[field] * 1000);
  }

  postings(term: number): Postings {
    const start = this.weigh(term);
    const end = start + this.spanLength[term];
    const { docs, fields, tfs: milli } = this.arena;
    const out: Postings = { docs: [], fields: [], weights: [] };
    for (let i = start; i < end; i++) {
      out.docs.push(docs[i]);
      out.fields.push(fields[i]);
      out.weights.push(milli[i] / 1000);
    }
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
