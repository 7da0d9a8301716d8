#!/usr/bin/env node
// Runs before `npm test` (npm's pretest): the browser tests drive Debian's chromium and need CJK fonts
// to render Chinese. On a fresh machine they are installed here, where that is possible (root with
// apt); otherwise the run stops at once, before minutes of builds, with the one command to run.
const fs = require('node:fs');
const { spawnSync } = require('node:child_process');
const { CHROMIUM } = require('./chromium.js');

const PACKAGES = ['chromium', 'fonts-noto-cjk'];
const COMMAND = `apt-get install -y ${PACKAGES.join(' ')}`;

function hasCjkFont() {
  const listed = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return listed.status === 0 && /Noto (Sans|Serif) CJK/i.test(listed.stdout);
}

function missing() {
  return [...(fs.existsSync(CHROMIUM) ? [] : ['chromium']), ...(hasCjkFont() ? [] : ['fonts-noto-cjk'])];
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function install() {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...PACKAGES],
  ]) {
    const run = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (run.status !== 0) return false;
  }
  return true;
}

const absent = missing();
if (absent.length === 0) process.exit(0);
const canInstall = process.getuid?.() === 0 && onPath('apt-get');
if (!canInstall) {
  console.error(
    `npm test needs ${absent.join(' and ')} for the browser tests, and this user cannot install packages.\n` +
      `Run once as root:  ${COMMAND}\nthen npm test again.`,
  );
  process.exit(1);
}
console.error(`npm test: installing ${absent.join(' and ')} for the browser tests (${COMMAND}) …`);
if (!install() || missing().length) {
  console.error(
    `npm test: could not install ${missing().join(' and ')}; run ${COMMAND} and look at what apt says.`,
  );
  process.exit(1);
}
