import type { BlockKind } from '../volume/types';
import { loadVersioned, saveVersioned, type StorageAdapter } from './storage';

/** 收藏: what a reader saved, with enough of the block to show it even if a new volume drops it. */
export interface Bookmark {
  id: string;
  kind: BlockKind;
  title: string;
  category: string;
  section: string;
  /** Milliseconds since the epoch. */
  addedAt: number;
}

export const BOOKMARKS_KEY = 'zsnj.bookmarks';
export const BOOKMARKS_VERSION = 1;

function isBookmark(x: unknown): x is Bookmark {
  const b = x as Bookmark;
  return (
    !!b &&
    typeof b === 'object' &&
    typeof b.id === 'string' &&
    typeof b.title === 'string' &&
    ['entry', 'table', 'figure'].includes(b.kind) &&
    typeof b.addedAt === 'number' &&
    typeof b.category === 'string' &&
    typeof b.section === 'string'
  );
}

/** Bookmarks, newest first; every change is written through, and a failed write changes nothing. */
export class Bookmarks {
  private items: Bookmark[];
  readonly notice?: string;

  constructor(private readonly storage: StorageAdapter) {
    const loaded = loadVersioned(storage, BOOKMARKS_KEY, BOOKMARKS_VERSION, isBookmark, '收藏');
    this.items = loaded.items;
    this.notice = loaded.notice;
  }

  list(): Bookmark[] {
    return [...this.items].sort((a, b) => b.addedAt - a.addedAt);
  }

  has(id: string): boolean {
    return this.items.some((b) => b.id === id);
  }

  add(bookmark: Bookmark): void {
    this.commit([bookmark, ...this.items.filter((b) => b.id !== bookmark.id)]);
  }

  remove(id: string): void {
    this.commit(this.items.filter((b) => b.id !== id));
  }

  /** Returns whether the block is bookmarked afterwards. */
  toggle(bookmark: Bookmark): boolean {
    if (this.has(bookmark.id)) {
      this.remove(bookmark.id);
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
