import type { ShelfFile, ShelfVolume } from './types';
import type { ShelfStore } from './ports';
import { utf8Decode, utf8Encode } from './utf8';

/** Where the installer keeps its own records in the store, apart from the volumes' files. */
export const INSTALLED_PATH = 'installed.json';
/** The last shelf.json read from the network, so the 书架 lists its volumes offline. */
export const SAVED_MANIFEST_PATH = 'shelf.json';

/** A volume's files live in the store under this prefix. */
export const volumePrefix = (id: string): string => `volumes/${id}/`;

/** An installed volume: the files that were verified when it was installed. */
export interface InstalledVolume {
  id: string;
  /** The volume's title and year as shelf.json gave them (absent in records written before they were kept). */
  title?: string;
  year?: number;
  bytes: number;
  files: ShelfFile[];
  installedAt: number;
}

const VERSION = 1;

/** The record of a volume just verified. */
export const installedOf = (volume: ShelfVolume): InstalledVolume => ({
  id: volume.id,
  title: volume.title,
  year: volume.year,
  bytes: volume.bytes,
  files: volume.files,
  installedAt: Date.now(),
});

/**
 * The installed set. A volume is installed exactly when it is listed here: this one small write is
 * the moment a download becomes a volume, so files written before it (a download in progress, or
 * cut off by a crash) are never mistaken for one.
 */
export async function readInstalled(store: ShelfStore): Promise<Map<string, InstalledVolume>> {
  const bytes = await store.read(INSTALLED_PATH);
  const out = new Map<string, InstalledVolume>();
  if (!bytes) return out;
  try {
    const record = JSON.parse(utf8Decode(bytes));
    if (record?.version !== VERSION || !Array.isArray(record.volumes)) return out;
    for (const v of record.volumes as InstalledVolume[])
      if (typeof v?.id === 'string' && Array.isArray(v.files)) out.set(v.id, v);
  } catch {
    // An unreadable record installs nothing; the sweep then clears the files it described.
  }
  return out;
}

/** Replace the installed set (the store's write is the commit). */
export async function writeInstalled(
  store: ShelfStore,
  installed: Map<string, InstalledVolume>,
): Promise<void> {
  const record = { version: VERSION, volumes: [...installed.values()] };
  await store.write(INSTALLED_PATH, utf8Encode(JSON.stringify(record)));
}
