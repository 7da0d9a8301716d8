#!/usr/bin/env node
// Runs before `npm test`: every dependency's install script must have been decided on, approved or
// denied, in package.json's allowScripts (`npm install-scripts approve|deny <pkg>`). A new dependency
// that brings an unreviewed script (a download, a native build, an appeal) fails the run here.
const { spawnSync } = require('node:child_process');

const listed = spawnSync('npm', ['install-scripts', 'ls', '--json'], { encoding: 'utf8' });
if (listed.status !== 0) {
  console.error(`npm install-scripts ls failed (it needs npm 11 or later):\n${listed.stderr}`);
  process.exit(1);
}
const pending = JSON.parse(listed.stdout).allowScripts ?? [];
if (pending.length) {
  const names = pending.map((p) => p.name);
  console.error(
    `Install scripts nobody decided on: ${names.join(', ')}.\n` +
      `Read what each runs (npm install-scripts ls), then record the decision in package.json:\n` +
      `  npm install-scripts approve <pkg>   (needed, e.g. a native build)\n` +
      `  npm install-scripts deny <pkg>      (not needed: a download, an appeal, a no-op here)`,
  );
  process.exit(1);
}
