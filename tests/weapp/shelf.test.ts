import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { writeShelfCorpus } from '../../src/bench/shelfCorpus';
import { yearbook } from '../helpers/cli';
import { ROOT, tempDir } from '../helpers/paths';
import { runScenario } from './runScenario';
import { shelfScenarios } from './shelfScenarios';
import { yearSearchScenarios } from './yearSearchScenarios';

jest.setTimeout(300_000);

/**
 * The 书架 in the compiled mini-program, through the weapp harness (each scenario a new launch in a
 * process of its own, runScenario.ts): `downloadFile` is answered from a small shelf built here, and
 * the weapp build is made with YEARBOOK_SHELF_URL into a temporary folder.
 */
const BASE = 'https://shelf.test/shelf/';
const work = tempDir('yearbook-shelf-weapp-');
const dist = path.join(work, 'weapp');
const shelf = path.join(work, 'shelf');

beforeAll(() => {
  const { shelfFile } = writeShelfCorpus(path.join(work, 'source'), { years: [2019, 1985] });
  const built = yearbook('shelf', shelfFile, '--out', shelf);
  if (built.status !== 0) throw new Error(built.stderr);
  // YEARBOOK_SHELF_WEAPP: a build already made with YEARBOOK_SHELF_URL=https://shelf.test/shelf/ (saves a build).
  if (process.env.YEARBOOK_SHELF_WEAPP) {
    fs.cpSync(process.env.YEARBOOK_SHELF_WEAPP, dist, { recursive: true });
    return;
  }
  const taro = spawnSync(path.join(ROOT, 'node_modules/.bin/taro'), ['build', '--type', 'weapp'], {
    cwd: ROOT,
    env: { ...process.env, TARO_ENV: 'weapp', YEARBOOK_SHELF_URL: BASE, YEARBOOK_OUT: dist },
    encoding: 'utf8',
  });
  if (taro.status !== 0) throw new Error(`taro build failed: ${taro.stderr}`);
}, 300_000);

describe('书架 in the compiled mini-program', () => {
  it.each(Object.keys({ ...shelfScenarios, ...yearSearchScenarios }))('%s', async (name) => {
    // A fresh USER_DATA_PATH for each launch: nothing of an earlier scenario is on the phone.
    const userData = path.join(fs.mkdtempSync(path.join(work, 'phone-')), 'usr');
    const report = await runScenario(dist, name, { shelf: { base: BASE, dir: shelf, userData } });
    expect(report.error).toBeUndefined();
  });
});
