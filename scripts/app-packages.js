#!/usr/bin/env node
// After `yearbook build` into the generated directory: lay the app's files out in WeChat's code
// packages and write that layout once, to `app/packages.json`, the one source for both the build
// (config/textPackages.ts: subPackages, preloadRule, files copied) and the app (src/app/library.ts:
// the paths it reads and the packages it loads). Paths are code-package paths, so the folder the
// volume was built into (src/generated, src/generated-full, …) is written here and nowhere else.
// WeChat needs a page in each subpackage; a placeholder page is written for each (never opened).
// Taro compiles pages only from the source folder, so a weapp build needs the volume built into
// src/ (config/textPackages.ts refuses one built elsewhere; an H5 build does not mind).
const fs = require('node:fs');
const path = require('node:path');

/** WeChat preloads at most 2 MB of subpackages when a page opens. */
const PRELOAD_LIMIT = 2 * 1024 * 1024;

const generated = path.resolve(process.env.YEARBOOK_GENERATED || 'src/generated');
const src = path.resolve('src');
const base = path.relative(src, generated).split(path.sep).join('/');
const manifest = JSON.parse(fs.readFileSync(path.join(generated, 'app/parts.json'), 'utf8'));

for (const entry of fs.readdirSync(generated)) {
  if (/^(volume|search)\d+$/.test(entry))
    fs.rmSync(path.join(generated, entry), { recursive: true, force: true });
}
const roots = [...manifest.packages.map((p) => p.root), ...manifest.index.map((p) => p.root)];
for (const root of roots) {
  const dir = path.join(generated, root);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'index.tsx'),
    "import { View } from '@tarojs/components';\n\n// Holds the volume's files (read with the FileSystemManager); opened by nothing.\nexport default function PackagePlaceholder() {\n  return <View />;\n}\n",
  );
  fs.writeFileSync(
    path.join(dir, 'index.config.ts'),
    "export default definePageConfig({ navigationBarTitleText: '' });\n",
  );
}

const at = (root, file) => ({ root: `${base}/${root}`, path: `${base}/${root}/${file}` });
const text = {};
for (const part of manifest.parts) {
  if (part.root) text[part.category] = { ...at(part.root, part.file), from: `app/text/${part.file}` };
}
const index = manifest.index.map((piece) => ({
  ...at(piece.root, piece.file),
  from: `app/index/${piece.file}`,
  bytes: piece.bytes,
}));
// The index is preloaded so that the first search needs no download: as much as WeChat allows with
// the contents (on Wi-Fi: it is the first page, and not every reader searches), the rest with the
// search page (on any network: the reader is about to search).
const preloadRule = {};
const preload = (page, network, pieces) => {
  if (pieces.length) preloadRule[page] = { network, packages: pieces.map((p) => p.root) };
};
const within = (pieces) => {
  const out = [];
  let bytes = 0;
  for (const p of pieces) if ((bytes += p.bytes) <= PRELOAD_LIMIT) out.push(p);
  return out;
};
const first = within(index);
preload('pages/index/index', 'wifi', first);
preload('pages/search/index', 'all', within(index.slice(first.length)));

const layout = {
  base,
  toc: { root: '', path: `${base}/app/toc.json`, from: 'app/toc.json' },
  allText: { root: '', path: `${base}/app/all-text.json`, from: 'app/all-text.json' },
  text,
  index,
  subPackages: roots.map((root) => ({ root: `${base}/${root}`, pages: ['index'] })),
  preloadRule,
};
fs.writeFileSync(path.join(generated, 'app/packages.json'), `${JSON.stringify(layout, null, 1)}\n`);
console.log(
  `app packages: ${manifest.split ? `${manifest.parts.length} category texts in ${manifest.packages.length} subpackages` : 'text in the main package'}; search index in ${index.length} subpackage(s)`,
);
