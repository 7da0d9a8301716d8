/**
 * The reader's storage reaches the core through this small interface (Taro storage on the phone, a
 * Map in tests), so bookmark and history logic is tested without Taro.
 */
export interface StorageAdapter {
  get(key: string): unknown;
  /** Throws when the storage is full (WeChat: 10 MB in all, 1 MB a key). */
  set(key: string, value: unknown): void;
  remove(key: string): void;
}

/** What a versioned record holds on disk. */
export interface Versioned<T> {
  version: number;
  items: T[];
}

export interface LoadResult<T> {
  items: T[];
  /** Set when the stored record could not be read and was set aside: say so to the reader. */
  notice?: string;
}

/** A storage write that failed (full storage, or the platform refused it). */
export class StorageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StorageError';
  }
}

/**
 * Read a versioned list. A record from another version or a corrupt one is copied aside under
 * `<key>.setaside` (never deleted: a newer app may read it) and the list starts empty with a notice;
 * items that do not pass `valid` are dropped one by one, keeping the rest.
 */
export function loadVersioned<T>(
  storage: StorageAdapter,
  key: string,
  version: number,
  valid: (item: unknown) => item is T,
  what: string,
  /** How an item of an older version becomes one of this version, by that version (nothing a reader saved is lost). */
  upgrades: Record<number, (item: unknown) => unknown> = {},
): LoadResult<T> {
  let raw: unknown;
  try {
    raw = storage.get(key);
  } catch {
    return { items: [], notice: `${what}暂时无法读取` };
  }
  if (raw === undefined || raw === null || raw === '') return { items: [] };
  const record = raw as Partial<Versioned<unknown>>;
  if (typeof record !== 'object' || !Array.isArray(record.items) || typeof record.version !== 'number') {
    setAside(storage, key, raw);
    return { items: [], notice: `${what}记录已损坏，已另存备查` };
  }
  const upgrade = upgrades[record.version];
  if (record.version !== version && !upgrade) {
    setAside(storage, key, raw);
    return { items: [], notice: `${what}来自另一版本（${record.version}），已另存备查` };
  }
  const items = (upgrade ? record.items.map(upgrade) : record.items).filter(valid);
  return items.length === record.items.length
    ? { items }
    : { items, notice: `${record.items.length - items.length} 条${what}无法读取，已略过` };
}

export function saveVersioned<T>(storage: StorageAdapter, key: string, version: number, items: T[]): void {
  try {
    storage.set(key, { version, items } satisfies Versioned<T>);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new StorageError(
      /quota|full|exceed|limit/i.test(message) ? '存储空间已满，未能保存' : `未能保存（${message}）`,
    );
  }
}

function setAside(storage: StorageAdapter, key: string, raw: unknown): void {
  try {
    storage.set(`${key}.setaside`, raw);
  } catch {
    // Nowhere to keep it: leave the original where it is rather than lose it.
  }
}

/** In-memory storage for tests and for the single-page mode fallback. */
export class MemoryStorage implements StorageAdapter {
  readonly data = new Map<string, unknown>();
  get(key: string): unknown {
    return this.data.get(key);
  }
  set(key: string, value: unknown): void {
    this.data.set(key, JSON.parse(JSON.stringify(value)));
  }
  remove(key: string): void {
    this.data.delete(key);
  }
}
