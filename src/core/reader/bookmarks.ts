import type { BlockKind } from '../volume/types';
import { loadVersioned, saveVersioned, type StorageAdapter } from './storage';

/** 收藏: what a reader saved, with enough of the block to show it even if a new volume drops it. */
export interface Bookmark {
  id: string;
  /** The volume's id (the bundled one's too: a later app may bundle another year). */
  volume: string;
  /** The volume's year and title when saved, to name it while it is not on the phone. */
  year?: number;
  volumeTitle?: string;
  kind: BlockKind;
  title: string;
  category: string;
  section: string;
  /** Milliseconds since the epoch. */
  addedAt: number;
}

export const BOOKMARKS_KEY = 'zsnj.bookmarks';
/** 2: each bookmark names its volume. A version 1 record is read as the bundled volume's. */
export const BOOKMARKS_VERSION = 2;

function isBookmark(x: unknown): x is Bookmark {
  const b = x as Bookmark;
  return (
    !!b &&
    typeof b === 'object' &&
    typeof b.id === 'string' &&
    typeof b.volume === 'string' &&
    typeof b.title === 'string' &&
    ['entry', 'table', 'figure'].includes(b.kind) &&
    typeof b.addedAt === 'number' &&
    typeof b.category === 'string' &&
    typeof b.section === 'string'
  );
}

const same = (b: Bookmark, volume: string, id: string) => b.volume === volume && b.id === id;

/** Bookmarks, newest first; every change is written through, and a failed write changes nothing. */
export class Bookmarks {
  private items: Bookmark[];
  readonly notice?: string;

  /** `bundledVolume`: the volume a version 1 bookmark (saved before the shelf) belongs to. */
  constructor(
    private readonly storage: StorageAdapter,
    bundledVolume: string,
  ) {
    const upgrade = (item: unknown) =>
      item && typeof item === 'object' ? { volume: bundledVolume, ...(item as object) } : item;
    const loaded = loadVersioned(storage, BOOKMARKS_KEY, BOOKMARKS_VERSION, isBookmark, '收藏', {
      1: upgrade,
    });
    this.items = loaded.items;
    this.notice = loaded.notice;
  }

  list(): Bookmark[] {
    return [...this.items].sort((a, b) => b.addedAt - a.addedAt);
  }

  /** Whether this block of this volume is bookmarked. */
  has(volume: string, id: string): boolean {
    return this.items.some((b) => same(b, volume, id));
  }

  add(bookmark: Bookmark): void {
    this.commit([bookmark, ...this.items.filter((b) => !same(b, bookmark.volume, bookmark.id))]);
  }

  remove(volume: string, id: string): void {
    this.commit(this.items.filter((b) => !same(b, volume, id)));
  }

  /** Returns whether the block is bookmarked afterwards. */
  toggle(bookmark: Bookmark): boolean {
    if (this.has(bookmark.volume, bookmark.id)) {
      this.remove(bookmark.volume, bookmark.id);
      return false;
    }
    this.add(bookmark);
    return true;
  }

  private commit(next: Bookmark[]): void {
    saveVersioned(this.storage, BOOKMARKS_KEY, BOOKMARKS_VERSION, next); // throws before changing anything
    this.items = next;
  }
}
