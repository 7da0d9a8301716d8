import { describeFailure, type Failure } from './failure';
import { installedOf, readInstalled, volumePrefix, writeInstalled } from './installedRecord';
import {
  FetchError,
  StoreFullError,
  type CancelToken,
  type Fetcher,
  type Sha256,
  type ShelfStore,
} from './ports';
import type { ShelfVolume } from './types';

/** What installing needs: where the shelf is, how to fetch, where to keep, how to verify. */
export interface InstallDeps {
  /** The shelf's base URL, ending in `/`: files are at `<base><volume id>/<path>`. */
  base: string;
  fetcher: Fetcher;
  store: ShelfStore;
  sha256: Sha256;
  /**
   * Adds the verified volume to the installed set. The shelf passes one that queues behind its other
   * changes to the set; by default the record is read and written here.
   */
  commit?: (volume: ShelfVolume) => Promise<void>;
}

async function commitAlone(store: ShelfStore, volume: ShelfVolume): Promise<void> {
  const installed = await readInstalled(store);
  installed.set(volume.id, installedOf(volume));
  await writeInstalled(store, installed);
}

/** An install that did not happen, with what to tell the reader. Nothing of it is left in the store. */
export class InstallFailed extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
    this.name = 'InstallFailed';
  }
}

/** A file's URL under the shelf's base, each path segment escaped. */
export function fileUrl(base: string, volumeId: string, path: string): string {
  return `${base}${volumeId}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

function failureOf(error: unknown, file: string): Failure {
  if (error instanceof InstallFailed) return error.failure;
  if (error instanceof FetchError)
    return error.failure === 'missing'
      ? describeFailure('missing', { file, status: error.status })
      : describeFailure(error.failure);
  if (error instanceof StoreFullError) return describeFailure('full');
  return describeFailure('storage');
}

/** Fails at once when the store says the volume cannot fit: no byte is fetched in vain. */
async function checkSpace(store: ShelfStore, volume: ShelfVolume): Promise<void> {
  const { used, allowed } = await store.space();
  if (allowed !== undefined && used + volume.bytes > allowed)
    throw new InstallFailed(
      describeFailure('full', { needed: volume.bytes, free: Math.max(0, allowed - used) }),
    );
}

/**
 * Download every file of a volume, verify each against shelf.json (size and SHA-256), keep it, and
 * only then add the volume to the installed set. Any failure (cut connection, 404, wrong hash, full
 * store, cancel) removes what this attempt wrote and rejects with InstallFailed; the installed set
 * and everything else in the store are left as they were.
 */
export async function installVolume(
  volume: ShelfVolume,
  deps: InstallDeps,
  onProgress: (received: number) => void,
  cancel: CancelToken,
): Promise<void> {
  const written: string[] = [];
  let current = '';
  try {
    await checkSpace(deps.store, volume);
    let done = 0;
    for (const file of volume.files) {
      current = `${volume.id}/${file.path}`;
      if (cancel.cancelled) throw new FetchError('cancelled', 'cancelled');
      const bytes = await deps.fetcher.fetch(
        fileUrl(deps.base, volume.id, file.path),
        (received) => onProgress(done + Math.min(received, file.bytes)),
        cancel,
      );
      if (bytes.length !== file.bytes || (await deps.sha256(bytes)) !== file.sha256)
        throw new InstallFailed(describeFailure('damaged', { file: current }));
      if (cancel.cancelled) throw new FetchError('cancelled', 'cancelled');
      const at = volumePrefix(volume.id) + file.path;
      written.push(at);
      await deps.store.write(at, bytes);
      done += file.bytes;
      onProgress(done);
    }
    if (cancel.cancelled) throw new FetchError('cancelled', 'cancelled');
    await (deps.commit ? deps.commit(volume) : commitAlone(deps.store, volume));
  } catch (error) {
    // Best effort: a file that cannot be removed now is swept when the shelf next opens.
    await Promise.all(written.map((at) => deps.store.remove(at).catch(() => undefined)));
    throw new InstallFailed(failureOf(error, current));
  }
}
