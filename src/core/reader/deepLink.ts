import { QUERY_LIMIT } from '../search/query';
import { ID_PATTERN } from '../volume/ids';

export interface ReaderTarget {
  id: string;
  /** A search to highlight in the entry. */
  query?: string;
  /** The part to scroll to (see textParts). */
  paragraph?: number;
}

/** Decode a page parameter that may arrive percent-encoded (H5) or not (WeChat), never throwing. */
export function decodeParam(value: unknown): string {
  if (typeof value !== 'string') return '';
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * What a reader page was opened with: `?id=…&q=…&p=…`, or a mini-program code's `scene`
 * ("e=<id>", at most 32 characters). Undefined when there is no well-formed id; whether the id
 * exists in the volume is the caller's question.
 */
export function readerTarget(params: Record<string, unknown>): ReaderTarget | undefined {
  let id = decodeParam(params.id);
  if (!id && params.scene !== undefined) {
    const scene = decodeParam(params.scene);
    const m = /(?:^|&)e=([^&]*)/.exec(scene);
    id = m ? m[1] : '';
  }
  if (!ID_PATTERN.test(id)) return undefined;
  const query = decodeParam(params.q).slice(0, QUERY_LIMIT);
  const p = Number.parseInt(decodeParam(params.p), 10);
  return { id, ...(query ? { query } : {}), ...(Number.isFinite(p) && p >= -1 ? { paragraph: p } : {}) };
}

export function readerUrl(target: ReaderTarget): string {
  const q = target.query ? `&q=${encodeURIComponent(target.query)}` : '';
  const p = target.paragraph !== undefined ? `&p=${target.paragraph}` : '';
  return `/pages/reader/index?id=${encodeURIComponent(target.id)}${q}${p}`;
}
