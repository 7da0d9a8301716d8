import fs from 'node:fs';
import path from 'node:path';
import type { PackagedFile, PackageLayout } from '../src/platform/packageLayout';

/** Where `npm run build:data` wrote the built volume the app bundles. */
export const GENERATED = path.resolve(
  process.env.YEARBOOK_GENERATED ?? path.join(__dirname, '..', 'src/generated'),
);

/** A file of the built volume as placed, with its path in the generated directory (`from`). */
interface PlacedFile extends PackagedFile {
  from: string;
}

/** The layout scripts/app-packages.js wrote: the one source of the packages and paths. */
export interface AppLayout extends PackageLayout<PlacedFile> {
  base: string;
  subPackages: Array<{ root: string; pages: string[] }>;
  preloadRule: Record<string, { network: string; packages: string[] }>;
}

function layout(): AppLayout {
  return JSON.parse(fs.readFileSync(path.join(GENERATED, 'app/packages.json'), 'utf8'));
}

/** The weapp subpackages and their preloading, for app.json (passed to src/app.config.ts). */
export function appPackages(): Pick<AppLayout, 'subPackages' | 'preloadRule'> {
  const { base, subPackages, preloadRule } = layout();
  // Taro compiles the subpackages' placeholder pages only from the source folder.
  if (process.env.TARO_ENV === 'weapp' && base.startsWith('..'))
    throw new Error(`a weapp build needs the volume built into src/ (YEARBOOK_GENERATED=${GENERATED})`);
  return { subPackages, preloadRule };
}

/**
 * Copy patterns putting the volume's files where the platform reads them. H5 fetches files beside
 * the page (`volume/…`); WeChat reads them with the FileSystemManager at their code-package paths.
 */
export function textCopyPatterns(
  platform: string | undefined,
  outputRoot: string,
): Array<{ from: string; to: string }> {
  const l = layout();
  const from = (file: PlacedFile) => path.join(GENERATED, file.from);
  if (platform === 'h5')
    return [
      // The search index is fetched whole on the first search instead of parsed at start-up.
      {
        from: path.join(GENERATED, 'search-index.json'),
        to: path.join(outputRoot, 'volume', 'search-index.json'),
      },
      ...Object.values(l.text).map((f) => ({
        from: from(f),
        to: path.join(outputRoot, 'volume', path.basename(f.path)),
      })),
    ];
  return [l.toc, l.allText, ...Object.values(l.text), ...l.index].map((f) => ({
    from: from(f),
    to: path.join(outputRoot, f.path),
  }));
}
