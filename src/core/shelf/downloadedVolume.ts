import type { PackedIndex } from '../search/format';
import { VolumeLibrary, type OpenSearch } from '../reader/volumeLibrary';
import { unpackToc, type PackedToc } from '../volume/tocStubs';
import type { Category } from '../volume/types';
import { volumePrefix } from './installedRecord';
import type { ShelfStore } from './ports';
import { utf8Decode } from './utf8';

/**
 * The app's part of a built volume (`app/parts.json`, written by src/node/build/appParts.ts): which
 * file holds each category's text, whether the text is split into files of their own, and the
 * suggested terms. Only what the reader needs is declared here.
 */
interface AppPartsFile {
  split: boolean;
  parts: Array<{ category: string; file: string }>;
  suggested?: string[];
}

/** A file of a downloaded volume that could not be read: names the file and what is wrong. */
export class VolumeFileError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'VolumeFileError';
  }
}

/** A JSON file of an installed volume, read from the store and parsed; a clear error otherwise. */
async function readVolumeJson<T>(store: ShelfStore, volumeId: string, file: string): Promise<T> {
  const path = volumePrefix(volumeId) + file;
  let bytes: Uint8Array | undefined;
  try {
    bytes = await store.read(path);
  } catch (error) {
    throw new VolumeFileError(
      path,
      `cannot be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (!bytes) throw new VolumeFileError(path, 'not on the phone');
  try {
    return JSON.parse(utf8Decode(bytes)) as T;
  } catch (error) {
    throw new VolumeFileError(path, `not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * A downloaded volume as a VolumeLibrary, read from the shelf's store where the installer verified
 * its files (`volumes/<id>/…`, the same files `yearbook build` writes): the contents from
 * `app/toc.json`, text from `app/all-text.json` (a volume small enough) or `app/text/<category>.json`
 * when first needed, the index from `search-index.json` on the first search. The caller checks
 * that the volume is installed; a file missing or damaged rejects with a VolumeFileError.
 */
export async function openDownloadedVolume(
  store: ShelfStore,
  volumeId: string,
  openSearch: OpenSearch,
): Promise<VolumeLibrary> {
  const [toc, manifest] = await Promise.all([
    readVolumeJson<PackedToc>(store, volumeId, 'app/toc.json'),
    readVolumeJson<AppPartsFile>(store, volumeId, 'app/parts.json'),
  ]);
  if (!toc || !Array.isArray(toc.categories) || !manifest || !Array.isArray(manifest.parts))
    throw new VolumeFileError(volumePrefix(volumeId) + 'app/toc.json', 'not a volume built by yearbook');
  const volume = unpackToc(toc);
  if (volume.id !== volumeId)
    throw new VolumeFileError(volumePrefix(volumeId) + 'app/toc.json', `holds volume ${volume.id}`);
  const loaded = manifest.split
    ? {}
    : await readVolumeJson<Record<string, Category>>(store, volumeId, 'app/all-text.json');
  const files = new Map(manifest.parts.map((p) => [p.category, p.file]));
  return new VolumeLibrary({
    volume,
    bundled: false,
    loaded,
    suggested: Array.isArray(manifest.suggested) ? manifest.suggested : [],
    openSearch,
    files: {
      category: (categoryId) => {
        const file = files.get(categoryId);
        if (!file) return Promise.reject(new Error(`no text for ${categoryId}`));
        return readVolumeJson<Category>(store, volumeId, `app/text/${file}`);
      },
      index: () => readVolumeJson<PackedIndex>(store, volumeId, 'search-index.json'),
    },
  });
}
