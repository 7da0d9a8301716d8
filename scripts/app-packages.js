#!/usr/bin/env node
// After `yearbook build` into the generated directory: a placeholder page for every weapp
// subpackage that holds category text (WeChat needs a page in each subpackage; the reader never
// opens it). Taro compiles pages only from the source folder, so a split volume is built into src/.
const fs = require('node:fs');
const path = require('node:path');

const generated = path.resolve(process.env.YEARBOOK_GENERATED || 'src/generated');
const manifest = JSON.parse(fs.readFileSync(path.join(generated, 'app/parts.json'), 'utf8'));
for (const entry of fs.readdirSync(generated)) {
  if (/^volume\d+$/.test(entry)) fs.rmSync(path.join(generated, entry), { recursive: true, force: true });
}
for (const pkg of manifest.packages) {
  const dir = path.join(generated, pkg.root);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'index.tsx'),
    "import { View } from '@tarojs/components';\n\n// Holds category text files; opened by nothing.\nexport default function TextPackage() {\n  return <View />;\n}\n",
  );
  fs.writeFileSync(
    path.join(dir, 'index.config.ts'),
    "export default definePageConfig({ navigationBarTitleText: '' });\n",
  );
}
if (manifest.packages.length && !generated.startsWith(path.resolve('src') + path.sep)) {
  console.error(`error: a split volume must be built into src/ (YEARBOOK_GENERATED=${generated})`);
  process.exit(1);
}
console.log(
  `app parts: ${manifest.split ? `${manifest.parts.length} category texts in ${manifest.packages.length} subpackages` : 'one package'}`,
);
