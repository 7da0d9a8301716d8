import { NotOnPhoneError } from '../core/shelf/shelf';
import { volumeOfCode } from '../core/shelf/volumeCode';
import type { VolumeLibrary } from '../core/reader/volumeLibrary';
import { bundledLibrary } from './bundledVolume';
import { openSearch } from './searchEngine';
import { getShelf } from './shelf';

export { NotOnPhoneError };
export type { VolumeLibrary };

/** The page parameter naming the volume (`?v=<volume id>`); absent means the bundled volume. */
export const VOLUME_PARAM = 'v';

/** A volume the reader can open now: the bundled one or a downloaded one. */
export interface VolumeOnPhoneInfo {
  id: string;
  title: string;
  /** The year the volume records. */
  year: number;
  bundled: boolean;
}

/** The bundled volume's id (its volume.yml). */
export const bundledId: string = bundledLibrary.id;

/** Whether an id (a page's `v`, a bookmark's volume) means the bundled volume: absent, empty or its id. */
export function isBundled(id: string | undefined): boolean {
  return !id || id === bundledId;
}

const opened = new Map<string, VolumeLibrary>();
const opening = new Map<string, Promise<VolumeLibrary>>();
let watching = false;

/** A volume deleted on the 书架 is forgotten here, so a page asking for it again is told it is gone. */
function watchShelf(): void {
  if (watching) return;
  watching = true;
  getShelf()?.subscribe((view) => {
    for (const { volume, state } of view.volumes)
      if (state.kind !== 'installed' && !volume.bundled) {
        opened.delete(volume.id);
        opening.delete(volume.id);
      }
  });
}

/** The volume's library if it is ready now (always for the bundled one), else undefined. */
export function libraryNow(id?: string): VolumeLibrary | undefined {
  return isBundled(id) ? bundledLibrary : opened.get(id as string);
}

/**
 * A volume's library: the bundled volume at once; a downloaded one read from the shelf's store the
 * first time (its contents and, for a small volume, its text), then kept. Rejects with
 * NotOnPhoneError when the volume is not downloaded (or the app has no 书架), with another Error
 * naming the file when a downloaded file cannot be read.
 */
export function openVolume(id?: string): Promise<VolumeLibrary> {
  if (isBundled(id)) return Promise.resolve(bundledLibrary);
  const volumeId = id as string;
  const ready = opened.get(volumeId);
  if (ready) return Promise.resolve(ready);
  let loading = opening.get(volumeId);
  if (!loading) {
    const shelf = getShelf();
    if (!shelf) return Promise.reject(new NotOnPhoneError(volumeId));
    watchShelf();
    loading = shelf.openInstalled(volumeId, openSearch).then((library) => {
      opened.set(volumeId, library);
      return library;
    });
    loading.catch(() => opening.delete(volumeId));
    opening.set(volumeId, loading);
  }
  return loading;
}

/**
 * Every volume the reader can open on this phone without the network, newest year first: the
 * bundled volume and the downloaded ones (from the installer's record; no network is asked).
 */
export async function volumesOnPhone(): Promise<VolumeOnPhoneInfo[]> {
  const { volume } = bundledLibrary;
  const bundled: VolumeOnPhoneInfo = { id: volume.id, title: volume.title, year: volume.year, bundled: true };
  const downloaded =
    (await getShelf()
      ?.onPhone()
      .catch(() => undefined)) ?? [];
  const all = [
    bundled,
    ...downloaded.filter((v) => v.id !== bundled.id).map((v) => ({ ...v, bundled: false })),
  ];
  return all.sort((a, b) => b.year - a.year);
}

/** The title and year of a volume by id, from the phone or the saved catalogue (for "not downloaded" notes). */
export async function describeVolume(id: string): Promise<{ title: string; year?: number; listed: boolean }> {
  if (isBundled(id))
    return { title: bundledLibrary.volume.title, year: bundledLibrary.volume.year, listed: true };
  const listed = await getShelf()
    ?.listed(id)
    .catch(() => undefined);
  return listed ? { title: listed.title, year: listed.year, listed: true } : { title: id, listed: false };
}

/** `&v=<id>` for a page URL in a downloaded volume; '' for the bundled one (old links stay valid). */
export function volumeQuery(id?: string): string {
  return isBundled(id) ? '' : `&${VOLUME_PARAM}=${encodeURIComponent(id as string)}`;
}

/** The volume a page URL should name for a library: its id, or undefined for the bundled volume (old URLs). */
export function volumeOf(library: VolumeLibrary): string | undefined {
  return library.bundled ? undefined : library.id;
}

/**
 * The volume id a scene's short code names (core/shelf/volumeCode.ts): the bundled volume, a volume
 * on the phone, or one the catalogue lists (saved, else fetched; not downloaded: the caller asks first).
 */
export async function resolveVolumeCode(code: string): Promise<string | undefined> {
  const onPhone = volumeOfCode(code, await volumesOnPhone());
  if (onPhone) return onPhone.id;
  const shelf = getShelf();
  if (!shelf) return undefined;
  const listed = volumeOfCode(code, await shelf.listedVolumes().catch(() => []));
  if (listed) return listed.id;
  // A phone that never opened the 书架 has no catalogue yet: fetch it (the code came from outside).
  await shelf.open().catch(() => undefined);
  return volumeOfCode(code, await shelf.listedVolumes().catch(() => []))?.id;
}
