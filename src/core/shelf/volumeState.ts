import type { Failure } from './failure';
import type { ShelfVolume } from './types';

/** Where a volume stands on this phone. */
export type VolumeState =
  /** Inside the app package: always there, cannot be deleted. */
  | { kind: 'bundled' }
  /** Downloaded, every file verified: readable offline. */
  | { kind: 'installed'; bytes: number }
  | { kind: 'absent' }
  | { kind: 'downloading'; received: number; total: number }
  /** The last attempt failed (nothing of it kept); 重试 starts again. */
  | { kind: 'failed'; failure: Failure };

/** A volume of the shelf as the 书架 page shows it. */
export interface VolumeView {
  volume: ShelfVolume;
  state: VolumeState;
}

/** The whole 书架: the series, its volumes newest first, and the space downloaded volumes take. */
export interface ShelfView {
  /** `loading` until shelf.json is read; `unavailable` when it could not be (see `error`). */
  status: 'loading' | 'ready' | 'unavailable';
  title?: string;
  volumes: VolumeView[];
  /** Said above the list, e.g. that the list is the one saved when last online. */
  notice?: string;
  /** Why there is no list at all (reader's words); the page offers 重试. */
  error?: string;
  /** Bytes the downloaded volumes take on this phone. */
  used: number;
  /** What the platform allows downloaded volumes, when it says (WeChat 200 MB; H5 the browser's quota). */
  allowed?: number;
}

/** The words of a state, for a label and for a screen reader. */
export function stateLabel(state: VolumeState): string {
  switch (state.kind) {
    case 'bundled':
      return '随程序附带';
    case 'installed':
      return '已下载';
    case 'absent':
      return '未下载';
    case 'downloading':
      return `下载中 ${percent(state.received, state.total)}%`;
    case 'failed':
      return '下载失败';
  }
}

/** Whole percent, 0–100; a volume of zero bytes counts as done. */
export function percent(received: number, total: number): number {
  return total > 0 ? Math.min(100, Math.floor((received / total) * 100)) : 100;
}
