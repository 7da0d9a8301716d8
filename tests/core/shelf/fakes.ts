import { sha256 as nobleSha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import {
  FetchError,
  StoreFullError,
  type CancelToken,
  type Fetcher,
  type ShelfStore,
  type StoreSpace,
} from '../../../src/core/shelf/ports';
import type { ShelfManifest, ShelfVolume } from '../../../src/core/shelf/types';
import { utf8Encode } from '../../../src/core/shelf/utf8';

export const sha256 = async (bytes: Uint8Array): Promise<string> => bytesToHex(nobleSha256(bytes));

export const BASE = 'https://shelf.test/s/';

/** A fault the fake server plays for one URL. */
export type Fault =
  { kind: 'status'; status: number } | { kind: 'cut'; after: number } | { kind: 'tamper' } | { kind: 'hold' };

/** A static host in memory: files by URL, faults on demand, progress in 3 steps, honouring cancel. */
export class FakeHost implements Fetcher {
  files = new Map<string, Uint8Array>();
  faults = new Map<string, Fault>();
  requested: string[] = [];
  private held: Array<() => void> = [];

  /** Let every held request go on. */
  release(): void {
    for (const go of this.held.splice(0)) go();
  }

  get holding(): number {
    return this.held.length;
  }

  async fetch(url: string, onProgress: (received: number) => void, cancel: CancelToken): Promise<Uint8Array> {
    this.requested.push(url);
    const fault = this.faults.get(url);
    const data = this.files.get(url);
    if (fault?.kind === 'status' || !data)
      throw new FetchError('missing', url, fault?.kind === 'status' ? fault.status : 404);
    const third = Math.ceil(data.length / 3);
    for (let at = third; at < data.length; at += third) {
      if (fault?.kind === 'cut' && at >= fault.after) throw new FetchError('offline', 'connection reset');
      onProgress(at);
      if (fault?.kind === 'hold')
        await new Promise<void>((go, stop) => {
          this.held.push(go);
          cancel.onCancel(() => stop(new FetchError('cancelled', 'cancelled')));
        });
      if (cancel.cancelled) throw new FetchError('cancelled', 'cancelled');
    }
    if (fault?.kind === 'cut') throw new FetchError('offline', 'connection reset');
    onProgress(data.length);
    if (fault?.kind === 'tamper') {
      const copy = data.slice();
      copy[0] ^= 1;
      return copy;
    }
    return data;
  }
}

/** A store in memory with an allowance; a write past it throws StoreFullError, as a full phone does. */
export class FakeStore implements ShelfStore {
  files = new Map<string, Uint8Array>();
  writes: string[] = [];
  constructor(public allowed?: number) {}

  async write(path: string, bytes: Uint8Array): Promise<void> {
    const used = this.usedWithout(path);
    if (this.allowed !== undefined && used + bytes.length > this.allowed) throw new StoreFullError();
    this.writes.push(path);
    this.files.set(path, bytes);
  }
  async read(path: string): Promise<Uint8Array | undefined> {
    return this.files.get(path);
  }
  async remove(path: string): Promise<void> {
    this.files.delete(path);
  }
  async list(): Promise<string[]> {
    return [...this.files.keys()];
  }
  async space(): Promise<StoreSpace> {
    return { used: this.usedWithout(''), allowed: this.allowed };
  }
  private usedWithout(path: string): number {
    let used = 0;
    for (const [p, b] of this.files) if (p !== path) used += b.length;
    return used;
  }
}

/** A shelf of `years` (newest first), the first bundled, each volume two files of `size` bytes. */
export async function fakeShelf(host: FakeHost, years: number[], size = 3000): Promise<ShelfManifest> {
  const volumes: ShelfVolume[] = [];
  for (const [i, year] of years.entries()) {
    const id = `gov-${year}`;
    const files = [];
    for (const path of ['volume.json', 'search-index.json']) {
      const bytes = utf8Encode(`${id}/${path} `.padEnd(size, '-').slice(0, size));
      host.files.set(`${BASE}${id}/${path}`, bytes);
      files.push({ path, bytes: bytes.length, sha256: await sha256(bytes) });
    }
    const bytes = files.reduce((s, f) => s + f.bytes, 0);
    volumes.push({ id, title: `政府工作报告（${year}）`, year, bundled: i === 0, bytes, files });
  }
  const manifest = { schemaVersion: 1, id: 'test', title: '测试书架', volumes };
  host.files.set(`${BASE}shelf.json`, utf8Encode(JSON.stringify(manifest)));
  return manifest;
}
