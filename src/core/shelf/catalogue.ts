import { SAVED_MANIFEST_PATH } from './installedRecord';
import type { InstallDeps } from './installVolume';
import { ManifestError, parseShelfManifest } from './manifest';
import { FetchError, type CancelToken } from './ports';
import { SHELF_FILE, type ShelfManifest } from './types';
import { utf8Decode } from './utf8';

/** The shelf's catalogue as read: the manifest, or why there is none; `notice` when it is the saved copy. */
export interface Catalogue {
  manifest?: ShelfManifest;
  notice?: string;
  error?: string;
}

const NEVER: CancelToken = { cancelled: false, onCancel: () => undefined };

function problemOf(error: unknown): string {
  if (error instanceof ManifestError) return `书架目录无法读取（${error.message}），请联系年鉴编辑部。`;
  if (error instanceof FetchError && error.failure === 'missing')
    return `书架服务器上找不到书架目录（${error.status ?? 404}）。`;
  return '网络不通，未能取得书架目录。';
}

/** The shelf.json saved when last online, if there is a readable one. */
export async function readSavedCatalogue(store: InstallDeps['store']): Promise<ShelfManifest | undefined> {
  const saved = await store.read(SAVED_MANIFEST_PATH).catch(() => undefined);
  if (!saved) return undefined;
  try {
    return parseShelfManifest(utf8Decode(saved));
  } catch {
    // A damaged saved copy is no better than none.
    return undefined;
  }
}

/**
 * shelf.json from the network, saved in the store for offline use; when the network or the file
 * fails, the saved copy with a notice saying so; with neither, the reason in the reader's words.
 */
export async function readCatalogue(deps: Omit<InstallDeps, 'commit'>): Promise<Catalogue> {
  let problem: string;
  try {
    const bytes = await deps.fetcher.fetch(deps.base + SHELF_FILE, () => undefined, NEVER);
    const manifest = parseShelfManifest(utf8Decode(bytes));
    await deps.store.write(SAVED_MANIFEST_PATH, bytes).catch(() => undefined);
    return { manifest };
  } catch (error) {
    problem = problemOf(error);
  }
  const manifest = await readSavedCatalogue(deps.store);
  if (manifest) return { manifest, notice: `${problem}下面是上次取得的书架。` };
  return { error: `${problem}已下载的年份不受影响。` };
}
