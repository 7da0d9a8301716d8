import type { Block, Category, Volume } from '../../core/volume/types';

/**
 * What the app bundles, cut so the first screen needs little: `toc.json` (the volume without its
 * text), one text file per category, and which mini-program subpackage holds each. A volume small
 * enough for one package keeps all its text in `all-text.json`, bundled with the app.
 */
export interface AppPart {
  category: string;
  file: string;
  bytes: number;
  /** The weapp subpackage (a folder of the generated directory) that holds the file; '' when bundled. */
  root: string;
}

export interface AppManifest {
  split: boolean;
  parts: AppPart[];
  /** Weapp subpackages to declare: root and the categories whose text they hold. */
  packages: Array<{ root: string; bytes: number; categories: string[] }>;
}

/** Above this, text leaves the main package (2 MB with app code ~0.7 MB and the search index). */
export const SINGLE_PACKAGE_TEXT = 512 * 1024;
/** Text per subpackage at most (WeChat: 2 MB a package, with room for the placeholder page). */
export const SUBPACKAGE_TEXT = 1536 * 1024;

function stub(block: Block): Block {
  if (block.kind === 'entry') return { ...block, paragraphs: [] };
  if (block.kind === 'table') return { ...block, columns: [], rows: [] };
  return block;
}

export function appParts(
  volume: Volume,
  volumeBytes: number,
): { files: Record<string, string>; manifest: AppManifest } {
  const split = volumeBytes > SINGLE_PACKAGE_TEXT;
  const toc: Volume = {
    ...volume,
    categories: volume.categories.map((c) => ({
      ...c,
      sections: c.sections.map((s) => ({ ...s, blocks: s.blocks.map(stub) })),
    })),
  };
  const files: Record<string, string> = { 'app/toc.json': JSON.stringify(toc) };
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
  const manifest: AppManifest = { split, parts, packages };
  files['app/parts.json'] = JSON.stringify(manifest);
  return { files, manifest };
}
