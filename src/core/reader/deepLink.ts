import { QUERY_LIMIT } from '../search/query';
import { ID_PATTERN } from '../volume/ids';

export interface ReaderTarget {
  id: string;
  /** The volume's id (`v=`); absent for the bundled volume. */
  volume?: string;
  /** From a mini-program code's scene: the volume's short code (core/shelf/volumeCode.ts), for the app to resolve. */
  volumeCode?: string;
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

/** A volume id as shelf.json allows it. */
export const VOLUME_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,29}$/;
const CODE_PATTERN = /^[0-9a-z]{1,8}$/;

/** A page's `v=` parameter: the volume id, or undefined (the bundled volume) when absent or malformed. */
export function volumeParam(params: Record<string, unknown>): string | undefined {
  const v = decodeParam(params.v);
  return VOLUME_ID_PATTERN.test(v) ? v : undefined;
}

/**
 * What a reader page was opened with: `?id=…&v=…&q=…&p=…`, or a mini-program code's `scene`
 * (`v=<code>&e=<id>`, or the older `e=<id>` for the bundled volume; at most 32 characters).
 * Undefined when there is no well-formed id; whether the volume and the id exist is the caller's question.
 */
export function readerTarget(params: Record<string, unknown>): ReaderTarget | undefined {
  let id = decodeParam(params.id);
  let volumeCode: string | undefined;
  if (!id && params.scene !== undefined) {
    const scene = decodeParam(params.scene);
    id = /(?:^|&)e=([^&]*)/.exec(scene)?.[1] ?? '';
    const code = /(?:^|&)v=([^&]*)/.exec(scene)?.[1];
    if (code !== undefined && !CODE_PATTERN.test(code)) return undefined;
    volumeCode = code;
  }
  if (!ID_PATTERN.test(id)) return undefined;
  const volume = volumeCode === undefined ? volumeParam(params) : undefined;
  const query = decodeParam(params.q).slice(0, QUERY_LIMIT);
  const p = Number.parseInt(decodeParam(params.p), 10);
  return {
    id,
    ...(volume ? { volume } : {}),
    ...(volumeCode ? { volumeCode } : {}),
    ...(query ? { query } : {}),
    ...(Number.isFinite(p) && p >= -1 ? { paragraph: p } : {}),
  };
}

/** The reader page's URL for a target; `v=` only when the target names a volume. */
export function readerUrl(target: ReaderTarget): string {
  const v = target.volume ? `&v=${encodeURIComponent(target.volume)}` : '';
  const q = target.query ? `&q=${encodeURIComponent(target.query)}` : '';
  const p = target.paragraph !== undefined ? `&p=${target.paragraph}` : '';
  return `/pages/reader/index?id=${encodeURIComponent(target.id)}${v}${q}${p}`;
}
