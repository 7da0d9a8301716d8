import { sha256 as nobleSha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import {
  FetchError,
  StoreFullError,
  type CancelToken,
  type Fetcher,
  type Sha256,
  type ShelfStore,
  type StoreSpace,
} from '../core/shelf/ports';

/**
 * H5: `fetch`, read as a stream so the progress bar moves within a file, stopped by an
 * AbortController when the reader cancels. `no-store`: the bytes are verified and kept by the
 * installer, a second copy in the HTTP cache would only take space.
 */
export const h5Fetcher: Fetcher = {
  async fetch(url: string, onProgress: (received: number) => void, cancel: CancelToken): Promise<Uint8Array> {
    const abort = new AbortController();
    cancel.onCancel(() => abort.abort());
    const failed = (): FetchError =>
      abort.signal.aborted
        ? new FetchError('cancelled', 'cancelled')
        : new FetchError('offline', `${url}: connection lost`);
    let response: Response;
    try {
      response = await fetch(url, { signal: abort.signal, cache: 'no-store' });
    } catch {
      throw failed();
    }
    if (!response.ok) throw new FetchError('missing', `${url}: ${response.status}`, response.status);
    const expected = Number(response.headers.get('content-length') ?? NaN);
    const chunks: Uint8Array[] = [];
    let received = 0;
    try {
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.length;
        onProgress(received);
      }
    } catch {
      throw failed();
    }
    // A connection closed early without an error still delivers fewer bytes than announced.
    if (Number.isFinite(expected) && received < expected) throw failed();
    const bytes = new Uint8Array(received);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return bytes;
  },
};

/** WebCrypto where the page is a secure context (https, localhost); @noble/hashes elsewhere. */
export const h5Sha256: Sha256 = async (bytes) => {
  const subtle = typeof crypto !== 'undefined' ? crypto.subtle : undefined;
  if (!subtle) return bytesToHex(nobleSha256(bytes));
  return bytesToHex(new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
};

const DB = 'yearbook-shelf';
const FILES = 'files';

/**
 * IndexedDB rather than Cache Storage: it exists on plain-http pages too (Cache Storage only in
 * secure contexts, and an office's page may be served over http), it holds bytes without
 * wrapping them in Responses, and its writes are transactions, so the installed set's record is
 * replaced whole or not at all. Keys are the installer's paths; values the files' bytes.
 */
export class IndexedDbStore implements ShelfStore {
  private db?: Promise<IDBDatabase>;

  async write(path: string, bytes: Uint8Array): Promise<void> {
    await this.run('readwrite', (files) => files.put(bytes, path));
  }
  async read(path: string): Promise<Uint8Array | undefined> {
    const value = await this.run<unknown>('readonly', (files) => files.get(path));
    return value instanceof Uint8Array ? value : undefined;
  }
  async remove(path: string): Promise<void> {
    await this.run('readwrite', (files) => files.delete(path));
  }
  async list(): Promise<string[]> {
    return (await this.run<IDBValidKey[]>('readonly', (files) => files.getAllKeys())).map(String);
  }
  async space(): Promise<StoreSpace> {
    const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
    return { used: estimate?.usage ?? 0, allowed: estimate?.quota };
  }

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise((resolve, reject) => {
      const request = indexedDB.open(DB, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(FILES);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    return this.db;
  }

  /** One request in its own transaction, settled when the transaction is (a write is then on disk). */
  private async run<T>(mode: IDBTransactionMode, make: (files: IDBObjectStore) => IDBRequest): Promise<T> {
    const db = await this.open();
    return new Promise<T>((resolve, reject) => {
      const tx = db.transaction(FILES, mode);
      const request = make(tx.objectStore(FILES));
      const fail = () => {
        const error = tx.error ?? request.error;
        reject(error?.name === 'QuotaExceededError' ? new StoreFullError(error.message) : error);
      };
      tx.oncomplete = () => resolve(request.result as T);
      tx.onabort = fail;
      tx.onerror = fail;
    });
  }
}
