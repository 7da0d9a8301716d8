import fs from 'node:fs';
import path from 'node:path';

/** Where `npm run build:data` wrote the built volume the app bundles. */
export const GENERATED = path.resolve(
  process.env.YEARBOOK_GENERATED ?? path.join(__dirname, '..', 'src/generated'),
);
const SRC = path.resolve(__dirname, '..', 'src');

interface PartsManifest {
  split: boolean;
  parts: Array<{ category: string; file: string; root: string }>;
  packages: Array<{ root: string; categories: string[] }>;
}

function manifest(): PartsManifest {
  const file = path.join(GENERATED, 'app/parts.json');
  return fs.existsSync(file)
    ? JSON.parse(fs.readFileSync(file, 'utf8'))
    : { split: false, parts: [], packages: [] };
}

/** The weapp subpackages that hold category text (app.json subPackages). */
export function textSubPackages(): Array<{ root: string; pages: string[] }> {
  const base = path.relative(SRC, GENERATED).split(path.sep).join('/');
  return manifest().packages.map((p) => ({ root: `${base}/${p.root}`, pages: ['index'] }));
}

/** Copy patterns putting each category's text where the platform's loader reads it. */
export function textCopyPatterns(
  platform: string | undefined,
  outputRoot: string,
): Array<{ from: string; to: string }> {
  const m = manifest();
  // H5 fetches the search index on the first search instead of parsing it at start-up.
  const index =
    platform === 'h5'
      ? [
          {
            from: path.join(GENERATED, 'search-index.json'),
            to: path.join(outputRoot, 'volume', 'search-index.json'),
          },
        ]
      : [];
  if (!m.split) return index;
  const from = (file: string) => path.join(GENERATED, 'app/text', file);
  if (platform === 'h5')
    return [
      ...index,
      ...m.parts.map((p) => ({ from: from(p.file), to: path.join(outputRoot, 'volume', p.file) })),
    ];
  const base = path.relative(SRC, GENERATED);
  return m.parts.map((p) => ({ from: from(p.file), to: path.join(outputRoot, base, p.root, p.file) }));
}
