import type { PackedIndex } from '../core/search/format';
import { VolumeLibrary } from '../core/reader/volumeLibrary';
import { unpackToc, type PackedToc } from '../core/volume/tocStubs';
import type { Category } from '../core/volume/types';
import partsJson from '@generated/app/parts.json';
import layoutJson from '@generated/app/packages.json';
import { readCategoryText } from '../platform/categoryText';
import { readMainJson, readPiecedJson, type PackageLayout } from '../platform/packageFiles';
import { openSearch } from './searchEngine';

/** Which file holds a category's text (the build's `app/parts.json`). */
interface TextPart {
  category: string;
  file: string;
}
/** Where the build placed the volume's files in WeChat's packages: the only source of those paths. */
const layout = layoutJson as unknown as PackageLayout;
const manifest = partsJson as unknown as { parts: TextPart[]; suggested: string[] };

/**
 * The contents, and every category's text for a volume small enough to have it at start-up. H5
 * bundles them; WeChat reads them from files of the main package (JSON read as text is half the size
 * of the same data compiled into a script, where Chinese is escaped). Not a ternary: webpack drops
 * the other platform's branch only from plain if/else on a constant.
 */
function startingParts(): { toc: PackedToc; allText: Record<string, Category> } {
  if (process.env.TARO_ENV === 'h5') {
    return {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      toc: require('@generated/app/toc.json') as PackedToc,
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      allText: require('@generated/app/all-text.json') as Record<string, Category>,
    };
  } else {
    return {
      toc: readMainJson<PackedToc>(layout.toc),
      allText: readMainJson<Record<string, Category>>(layout.allText),
    };
  }
}

/** Not async: webpack drops the other platform's branch only from plain if/else on a constant. */
function importIndex(): Promise<PackedIndex> {
  if (process.env.TARO_ENV === 'h5') {
    // A static file beside the page (config/index.ts copies it), fetched and parsed as JSON text.
    return fetch('./volume/search-index.json').then((response) => {
      if (!response.ok) throw new Error(`search-index.json: ${response.status}`);
      return response.json() as Promise<PackedIndex>;
    });
  } else {
    // Pieces of its JSON text in subpackages of their own: a large index is over one package's 2 MB.
    return readPiecedJson<PackedIndex>(layout.index);
  }
}

const starting = startingParts();

/**
 * The bundled volume, built by `yearbook build` into src/generated before every app build, never
 * edited by hand, in the app's own packages (WeChat: packages.json's layout, unchanged by the shelf).
 * The table of contents is always at hand; a category's text is at hand too for a volume that fits
 * one package, and is loaded when first needed for a larger one (docs/large-volumes.md).
 */
export const bundledLibrary = new VolumeLibrary({
  volume: unpackToc(starting.toc),
  bundled: true,
  loaded: starting.allText,
  suggested: manifest.suggested,
  openSearch,
  files: {
    category: (categoryId) => {
      const part = manifest.parts.find((p) => p.category === categoryId);
      return part
        ? readCategoryText(part.file, layout.text[categoryId])
        : Promise.reject(new Error(`no text for ${categoryId}`));
    },
    index: importIndex,
  },
});
