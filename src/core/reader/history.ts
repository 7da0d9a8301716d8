import { loadVersioned, saveVersioned, type StorageAdapter } from './storage';

export const HISTORY_KEY = 'zsnj.history';
const VERSION = 1;
const MAX = 20;

/** Search history: the last 20 distinct queries, newest first. */
export class SearchHistory {
  private items: string[];

  constructor(private readonly storage: StorageAdapter) {
    this.items = loadVersioned(
      storage,
      HISTORY_KEY,
      VERSION,
      (x): x is string => typeof x === 'string',
      '检索历史',
    ).items;
  }

  list(): string[] {
    return [...this.items];
  }

  add(query: string): void {
    const q = query.trim();
    if (!q || q.length > 100) return;
    const next = [q, ...this.items.filter((x) => x !== q)].slice(0, MAX);
    saveVersioned(this.storage, HISTORY_KEY, VERSION, next);
    this.items = next;
  }

  clear(): void {
    saveVersioned(this.storage, HISTORY_KEY, VERSION, []);
    this.items = [];
  }
}
