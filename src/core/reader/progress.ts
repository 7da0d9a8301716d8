import type { StorageAdapter } from './storage';

/** Where the reader stopped in a volume: the "continue reading" card reopens it at the same scroll position. */
export interface Progress {
  /** The volume's id. */
  volume: string;
  id: string;
  title: string;
  scrollTop: number;
  at: number;
}

export const PROGRESS_KEY = 'zsnj.progress';
/**
 * 2: `{ version, items }`, one place per volume, newest first. Version 1 was one bare place
 * (`{ id, title, scrollTop, at }`), from before the shelf: it is read as the bundled volume's.
 */
export const PROGRESS_VERSION = 2;
/** Places kept at most (one a volume; a shelf has about 60). */
const MAX = 100;

const isProgress = (p: unknown): p is Progress => {
  const x = p as Progress;
  return (
    !!x &&
    typeof x.volume === 'string' &&
    typeof x.id === 'string' &&
    typeof x.title === 'string' &&
    Number.isFinite(x.scrollTop)
  );
};

/** Every volume's place, newest first; nothing (never an error) when the record cannot be read. */
export function loadAllProgress(storage: StorageAdapter, bundledVolume: string): Progress[] {
  try {
    const raw = storage.get(PROGRESS_KEY) as { version?: unknown; items?: unknown } | undefined;
    if (!raw || typeof raw !== 'object') return [];
    if (raw.version === undefined) {
      const old = { volume: bundledVolume, ...(raw as object) };
      return isProgress(old) ? [old] : [];
    }
    if (raw.version !== PROGRESS_VERSION || !Array.isArray(raw.items)) return [];
    return raw.items.filter(isProgress);
  } catch {
    return [];
  }
}

/** Where the reader stopped in this volume, if anywhere. */
export function loadProgress(
  storage: StorageAdapter,
  volume: string,
  bundledVolume: string,
): Progress | undefined {
  return loadAllProgress(storage, bundledVolume).find((p) => p.volume === volume);
}

/** Remember a place (replacing the volume's earlier one). */
export function saveProgress(storage: StorageAdapter, progress: Progress, bundledVolume: string): void {
  try {
    const others = loadAllProgress(storage, bundledVolume).filter((p) => p.volume !== progress.volume);
    storage.set(PROGRESS_KEY, { version: PROGRESS_VERSION, items: [progress, ...others].slice(0, MAX) });
  } catch {
    // Losing the reading position is better than interrupting the reader.
  }
}
