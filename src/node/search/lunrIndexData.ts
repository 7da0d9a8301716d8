import type lunr from 'lunr';
import type { FieldName } from '../../core/search/format';
import { IndexData, type DocMeta, type Postings } from '../../core/search/indexData';

type LunrInternals = lunr.Index & {
  invertedIndex: Record<string, Record<string, Record<string, unknown>> & { _index: number }>;
  fieldVectors: Record<string, { elements: number[] }>;
  fields: string[];
};

/**
 * A `lunr.Index` seen through the runtime's interface, its weights read from Lunr's own field
 * vectors. The parity tests search it and the packed index side by side.
 */
export class LunrIndexData extends IndexData {
  private readonly lunr: LunrInternals;
  private readonly vectors = new Map<string, Map<number, number>>();

  constructor(index: lunr.Index, docs: DocMeta[]) {
    const internals = index as LunrInternals;
    super(Object.keys(internals.invertedIndex).sort(), docs, internals.fields as FieldName[]);
    this.lunr = internals;
  }

  postings(term: number): Postings {
    const entry = this.lunr.invertedIndex[this.terms[term]];
    const out: Postings = { docs: [], fields: [], weights: [] };
    this.fieldNames.forEach((field, f) => {
      for (const ref of Object.keys(entry[field] ?? {})) {
        out.docs.push(Number(ref));
        out.fields.push(f);
        out.weights.push(this.vector(`${field}/${ref}`).get(entry._index) ?? 0);
      }
    });
    return out;
  }

  private vector(fieldRef: string): Map<number, number> {
    let v = this.vectors.get(fieldRef);
    if (!v) {
      v = new Map();
      const e = this.lunr.fieldVectors[fieldRef]?.elements ?? [];
      for (let i = 0; i < e.length; i += 2) v.set(e[i], e[i + 1]);
      this.vectors.set(fieldRef, v);
    }
    return v;
  }
}
