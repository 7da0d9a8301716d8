import { useEffect, useState } from 'react';
import {
  describeVolume,
  isBundled,
  libraryNow,
  NotOnPhoneError,
  openVolume,
  resolveVolumeCode,
} from './volumes';
import type { VolumeLibrary } from './volumes';
import type { ShelfView } from '../core/shelf/volumeState';
import { getShelf } from './shelf';

/** Where a page's volume stands: ready to read, being opened, not on the phone, or unreadable. */
export type VolumeStatus =
  | { kind: 'ready'; library: VolumeLibrary }
  | { kind: 'opening' }
  /** Not downloaded (or deleted): `listed` when the shelf's catalogue knows it, so it can be downloaded. */
  | { kind: 'absent'; id: string; title: string; year?: number; listed: boolean }
  | { kind: 'failed'; id: string; message: string };

function initial(id: string | undefined, code: string | undefined): VolumeStatus {
  const ready = code === undefined ? libraryNow(id) : undefined;
  return ready ? { kind: 'ready', library: ready } : { kind: 'opening' };
}

async function statusOf(id: string | undefined, code: string | undefined): Promise<VolumeStatus> {
  const volumeId = code === undefined ? id : await resolveVolumeCode(code);
  if (volumeId === undefined && code !== undefined)
    return { kind: 'absent', id: code, title: `代码 ${code} 所指的一卷`, listed: false };
  try {
    return { kind: 'ready', library: await openVolume(volumeId) };
  } catch (error) {
    if (error instanceof NotOnPhoneError)
      return { kind: 'absent', id: volumeId as string, ...(await describeVolume(volumeId as string)) };
    return { kind: 'failed', id: volumeId as string, message: (error as Error).message };
  }
}

/**
 * The volume a page shows, by id (`v=`; undefined: the bundled one, ready at once) or by a scene's
 * short code. Follows the 书架: a volume downloaded meanwhile opens, one deleted becomes absent.
 */
export function useVolume(id: string | undefined, code?: string): VolumeStatus {
  const [status, setStatus] = useState<VolumeStatus>(() => initial(id, code));
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const now = initial(id, code);
    setStatus(now);
    if (now.kind === 'ready') return undefined;
    let live = true;
    void statusOf(id, code).then((s) => live && setStatus(s));
    return () => {
      live = false;
    };
  }, [id, code, attempt]);
  useEffect(() => {
    const shelf = getShelf();
    if (!shelf || (isBundled(id) && code === undefined)) return undefined;
    const wanted = status.kind === 'ready' ? status.library.id : status.kind === 'opening' ? id : status.id;
    const stateIn = (view: ShelfView) => view.volumes.find((v) => v.volume.id === wanted)?.state.kind;
    // A change of this volume's state on the 书架 to or from installed asks again.
    let last = stateIn(shelf.view());
    return shelf.subscribe((view) => {
      const state = stateIn(view);
      if (state !== last && (state === 'installed' || last === 'installed')) setAttempt((n) => n + 1);
      last = state;
    });
  }, [id, code, status]);
  return status;
}
