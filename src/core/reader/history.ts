import { loadVersioned, saveVersioned, type StorageAdapter } from './storage';

export const HISTORY_KEY = 'zsnj.history';
/** 2: each query names the volume it was searched in. A version 1 query is read as the bundled volume's. */
export const HISTORY_VERSION = 2;
const MAX = 20;

/** A query searched, and the volume it was limited to (absent: every volume on the phone). */
export interface PastQuery {
  query: string;
  volume?: string;
}

const isPastQuery = (x: unknown): x is PastQuery =>
  !!x &&
  typeof (x as PastQuery).query === 'string' &&
  ['string', 'undefined'].includes(typeof (x as PastQuery).volume);

/** Search history: the last 20 distinct queries (per volume), newest first. */
export class SearchHistory {
  private items: PastQuery[];

  /** `bundledVolume`: the volume a version 1 query (saved before the shelf) was searched in. */
  constructor(
    private readonly storage: StorageAdapter,
    bundledVolume = '',
  ) {
    const upgrade = (x: unknown) =>
      typeof x === 'string' ? { query: x, volume: bundledVolume || undefined } : x;
    this.items = loadVersioned(storage, HISTORY_KEY, HISTORY_VERSION, isPastQuery, '检索历史', {
      1: upgrade,
    }).items;
  }

  /** The queries, newest first, each once. */
  list(): string[] {
    return [...new Set(this.items.map((x) => x.query))];
  }

  /** The queries with their volumes, newest first. */
  entries(): PastQuery[] {
    return this.items.map((x) => ({ ...x }));
  }

  add(query: string, volume?: string): void {
    const q = query.trim();
    if (!q || q.length > 100) return;
    const item: PastQuery = volume ? { query: q, volume } : { query: q };
    const next = [item, ...this.items.filter((x) => x.query !== q || x.volume !== volume)].slice(0, MAX);
    saveVersioned(this.storage, HISTORY_KEY, HISTORY_VERSION, next);
    this.items = next;
  }

  clear(): void {
    saveVersioned(this.storage, HISTORY_KEY, HISTORY_VERSION, []);
    this.items = [];
  }
}
