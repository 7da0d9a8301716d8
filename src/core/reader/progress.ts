import type { StorageAdapter } from './storage';

/** Where the reader stopped: the "continue reading" card reopens it at the same scroll position. */
export interface Progress {
  id: string;
  title: string;
  scrollTop: number;
  at: number;
}

export const PROGRESS_KEY = 'zsnj.progress';

export function loadProgress(storage: StorageAdapter): Progress | undefined {
  try {
    const p = storage.get(PROGRESS_KEY) as Progress | undefined;
    return p && typeof p.id === 'string' && typeof p.title === 'string' && Number.isFinite(p.scrollTop)
      ? p
      : undefined;
  } catch {
    return undefined;
  }
}

export function saveProgress(storage: StorageAdapter, progress: Progress): void {
  try {
    storage.set(PROGRESS_KEY, progress);
  } catch {
    // Losing the reading position is better than interrupting the reader.
  }
}
