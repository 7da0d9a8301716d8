/**
 * What the shelf's installer needs of the platform, as small interfaces: the core decides what is
 * installed and when; the platform only moves bytes (H5: fetch + IndexedDB; WeChat: downloadFile +
 * FileSystemManager; jest: fakes). Nothing here touches bookmarks or the app's key-value storage.
 */

/** Lets a download be stopped from outside: the fetcher listens, the installer asks. */
export interface CancelToken {
  readonly cancelled: boolean;
  /** Called once, at once if already cancelled. */
  onCancel(listener: () => void): void;
}

/** Why a fetch did not deliver a file's bytes. */
export type FetchFailure = 'offline' | 'missing' | 'cancelled';

/** A fetch that failed: `offline` (no or cut connection), `missing` (HTTP 404 or another status), `cancelled`. */
export class FetchError extends Error {
  constructor(
    readonly failure: FetchFailure,
    message: string,
    /** The HTTP status, when the server answered. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

/** Downloads one file. Rejects with a FetchError; reports bytes received so far as they arrive. */
export interface Fetcher {
  fetch(url: string, onProgress: (received: number) => void, cancel: CancelToken): Promise<Uint8Array>;
}

/** A write the store refused because the platform's space for it is used up. */
export class StoreFullError extends Error {
  constructor(message = 'storage full') {
    super(message);
    this.name = 'StoreFullError';
  }
}

/** How much the store holds and how much the platform allows it (bytes; undefined when unknown). */
export interface StoreSpace {
  used: number;
  /** The platform's allowance for downloaded volumes (WeChat: 200 MB of user files; H5: the browser's quota). */
  allowed?: number;
}

/**
 * Files by path (`<volume id>/<file path>`, plus the installer's own records). A write may throw
 * StoreFullError. Paths are the installer's; the store neither interprets nor lists outside them.
 */
export interface ShelfStore {
  write(path: string, bytes: Uint8Array): Promise<void>;
  /** undefined when the file is not there. */
  read(path: string): Promise<Uint8Array | undefined>;
  /** Removing a missing file is not an error. */
  remove(path: string): Promise<void>;
  /** Every path the store holds. */
  list(): Promise<string[]>;
  space(): Promise<StoreSpace>;
}

/** Lower-case hex SHA-256 of the bytes (WebCrypto where there is one, @noble/hashes elsewhere). */
export type Sha256 = (bytes: Uint8Array) => Promise<string>;
