import { suggestedTerms } from '../../core/reader/suggested';
import { packToc } from '../../core/volume/tocStubs';
import type { Category, Volume } from '../../core/volume/types';
import { jsonChunks } from './jsonChunks';

/**
 * What the app bundles, cut so that WeChat's main package stays small at any size of volume:
 * `toc.json` (the volume without its text, blocks in columns: src/core/volume/tocStubs.ts), one text file per category, the search index in
 * pieces, and which mini-program subpackage holds each. A volume small enough for one package keeps
 * all its text in `all-text.json`, read at start-up; the index always lives in subpackages in WeChat
 * (H5 fetches `search-index.json` whole). docs/large-volumes.md explains the layout.
 */
export interface AppPart {
  category: string;
  file: string;
  bytes: number;
  /** The weapp subpackage (a folder of the generated directory) that holds the file; '' when bundled. */
  root: string;
}

/** One piece of the search index's JSON text (`app/index/<file>`), in a subpackage of its own. */
export interface IndexPiece {
  file: string;
  bytes: number;
  root: string;
}

export interface AppManifest {
  split: boolean;
  parts: AppPart[];
  /** The search index's pieces, in order: join their strings and parse (src/platform/packageFiles.ts). */
  index: IndexPiece[];
  /** Weapp subpackages to declare: root, bytes and the categories whose text they hold. */
  packages: Array<{ root: string; bytes: number; categories: string[] }>;
  /**
   * The terms the empty search page offers (core/reader/suggested.ts): counted here, in the whole
   * text, since the app starts with the contents only.
   */
  suggested: string[];
}

/** Above this, text leaves the main package (which WeChat caps at 2 MB; we keep it under 1 MB). */
export const SINGLE_PACKAGE_TEXT = 512 * 1024;
/** Text per subpackage at most (WeChat: 2 MB a package, with room for the placeholder page). */
export const SUBPACKAGE_TEXT = 1536 * 1024;
/** A piece of the search index at most: one to a subpackage, with room for its placeholder page. */
export const INDEX_PIECE = 1900 * 1024;

/** The category texts, packed into subpackages of at most SUBPACKAGE_TEXT in reading order. */
function textParts(volume: Volume, split: boolean, files: Record<string, string>) {
  const parts: AppPart[] = [];
  const packages: AppManifest['packages'] = [];
  const all: Record<string, Category> = {};
  for (const category of volume.categories) {
    const text = JSON.stringify(category);
    const bytes = Buffer.byteLength(text);
    const file = `${category.id}.json`;
    if (!split) {
      all[category.id] = category;
      parts.push({ category: category.id, file, bytes, root: '' });
      continue;
    }
    let pkg = packages[packages.length - 1];
    if (!pkg || pkg.bytes + bytes > SUBPACKAGE_TEXT) {
      pkg = { root: `volume${packages.length + 1}`, bytes: 0, categories: [] };
      packages.push(pkg);
    }
    pkg.bytes += bytes;
    pkg.categories.push(category.id);
    parts.push({ category: category.id, file, bytes, root: pkg.root });
    files[`app/text/${file}`] = text;
  }
  files['app/all-text.json'] = JSON.stringify(all);
  return { parts, packages };
}

export function appParts(
  volume: Volume,
  volumeBytes: number,
  indexJson: string,
): { files: Record<string, string>; manifest: AppManifest } {
  const split = volumeBytes > SINGLE_PACKAGE_TEXT;
  const files: Record<string, string> = { 'app/toc.json': JSON.stringify(packToc(volume)) };
  const { parts, packages } = textParts(volume, split, files);
  const index = jsonChunks(indexJson.trimEnd(), INDEX_PIECE).map((piece, i): IndexPiece => {
    const file = `index-${i + 1}.json`;
    files[`app/index/${file}`] = piece;
    return { file, bytes: Buffer.byteLength(piece), root: `search${i + 1}` };
  });
  const manifest: AppManifest = { split, parts, index, packages, suggested: suggestedTerms(volume) };
  files['app/parts.json'] = JSON.stringify(manifest);
  return { files, manifest };
}
