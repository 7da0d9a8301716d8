import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { writeShelfCorpus } from '../../src/bench/shelfCorpus';
import { yearbook } from '../helpers/cli';
import { ROOT, tempDir } from '../helpers/paths';
import { startApp, type FakeWx } from './shelfGlue';

jest.setTimeout(300_000);

// The 书架 in the compiled mini-program (miniprogram-simulate), its downloadFile answered from a
// small shelf built here: the weapp build is made with YEARBOOK_SHELF_URL into a temporary folder.
const BASE = 'https://shelf.test/shelf/';
const work = tempDir('yearbook-shelf-weapp-');
const dist = path.join(work, 'weapp');
const userData = path.join(work, 'usr');
let fake: FakeWx;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let page: any;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let simulate: any;

beforeAll(() => {
  const { shelfFile } = writeShelfCorpus(path.join(work, 'source'), { years: [2019, 1985] });
  const shelf = path.join(work, 'shelf');
  const built = yearbook('shelf', shelfFile, '--out', shelf);
  if (built.status !== 0) throw new Error(built.stderr);
  if (process.env.YEARBOOK_SHELF_WEAPP)
    fs.cpSync(process.env.YEARBOOK_SHELF_WEAPP, dist, { recursive: true });
  // YEARBOOK_SHELF_WEAPP: a build already made with YEARBOOK_SHELF_URL=https://shelf.test/shelf/ (saves a build).
  const taro = process.env.YEARBOOK_SHELF_WEAPP
    ? undefined
    : spawnSync(path.join(ROOT, 'node_modules/.bin/taro'), ['build', '--type', 'weapp'], {
        cwd: ROOT,
        env: { ...process.env, TARO_ENV: 'weapp', YEARBOOK_SHELF_URL: BASE, YEARBOOK_OUT: dist },
        encoding: 'utf8',
      });
  if (taro && taro.status !== 0) throw new Error(`taro build failed: ${taro.stderr}`);
  fs.mkdirSync(userData, { recursive: true });
  fake = startApp(dist, BASE, shelf, userData);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  simulate = require('miniprogram-simulate');
  (globalThis as Record<string, unknown>).__route = 'pages/shelf/index';
  const id = simulate.load(path.join(dist, 'pages/shelf/index'), { rootPath: dist, compiler: 'official' });
  page = simulate.render(id);
  page.attach(document.createElement('parent-wrapper'));
}, 300_000);

const texts = (selector: string): string[] =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  page.querySelectorAll(selector).map((n: any) => n.dom.textContent.trim());

async function until(what: string, ok: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!ok()) throw new Error(`timed out waiting for ${what}: ${page.dom.textContent}`);
}

/** Taps the button whose text is `label` in the row of the volume at `index` (newest first). */
async function tap(label: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const button = page.querySelectorAll('.act').find((n: any) => n.dom.textContent.trim() === label);
  if (!button) throw new Error(`no ${label} button in ${page.dom.textContent}`);
  button.dispatchEvent('tap');
  await new Promise((r) => setTimeout(r, 0));
}

const kept = (id: string) => {
  const dir = path.join(userData, 'shelf/volumes', id);
  return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).map(String).sort() : [];
};

describe('书架 in the compiled mini-program', () => {
  it('lists the years with their states', async () => {
    await until('the list', () => texts('.volume-state').length === 3);
    expect(texts('.volume-year')).toEqual(['2019', '2018', '1985']);
    expect(texts('.volume-state')).toEqual(['未下载', '随程序附带', '未下载']);
    expect(page.dom.textContent).toMatch(/本机允许 200\.0 MB/);
  });

  it('a 404 keeps nothing and offers 重试', async () => {
    fake.faults.set(`${BASE}gov-2019/volume.json`, 404);
    await tap('下载');
    await until('the failure', () => texts('.volume-state')[0] === '下载失败');
    expect(page.dom.textContent).toMatch(/找不到文件 gov-2019\/volume\.json（404）/);
    expect(kept('gov-2019')).toEqual([]);
    expect(texts('.act')).toContain('重试');
  });

  it('a tampered file keeps nothing and offers 重试', async () => {
    fake.faults.clear();
    fake.faults.set(`${BASE}gov-2019/search-index.json`, 'tamper');
    await tap('重试');
    await until('the failure', () => /校验未通过/.test(page.dom.textContent));
    expect(kept('gov-2019')).toEqual([]);
  });

  it('a cancel aborts the downloadFile, keeps nothing and offers 重试', async () => {
    fake.faults.clear();
    fake.faults.set(`${BASE}gov-2019/app/toc.json`, 'slow');
    const before = fake.calls.length;
    await tap('重试');
    await until('toc.json on its way', () => fake.calls.slice(before).some((c) => c.endsWith('toc.json')));
    expect(texts('.progress-text')).toHaveLength(1);
    expect(kept('gov-2019').length).toBeGreaterThan(0);
    await tap('取消');
    await until('the cancel', () => texts('.volume-state')[0] === '已取消');
    expect(fake.calls).toContain(`abort ${BASE}gov-2019/app/toc.json`);
    expect(kept('gov-2019')).toEqual([]);
  });

  it('downloadFile with progress installs a year into USER_DATA_PATH; delete frees it', async () => {
    fake.faults.clear();
    await tap('重试');
    await until('progress', () => texts('.progress-text').length > 0);
    await until('installed', () => texts('.volume-state')[0] === '已在手机上');
    expect(kept('gov-2019')).toEqual([
      'app',
      'app/all-text.json',
      'app/parts.json',
      'app/toc.json',
      'search-index.json',
      'volume.json',
    ]);
    const installed = JSON.parse(fs.readFileSync(path.join(userData, 'shelf/installed.json'), 'utf8'));
    expect(installed.volumes.map((v: { id: string }) => v.id)).toEqual(['gov-2019']);
    await tap('删除');
    await until('deleted', () => texts('.volume-state')[0] === '未下载');
    expect(fake.modals.map((m) => m.title)).toEqual(['删除这一年？']);
    expect(kept('gov-2019')).toEqual([]);
  });
});
