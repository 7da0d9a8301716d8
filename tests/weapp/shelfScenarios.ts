import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'expect';
import { until, type OpenPage, type Weapp } from './harness';
import type { Scenario } from './scenarios';
import { volumeCode } from '../../src/core/shelf/volumeCode';
import type { Entry, Volume } from '../../src/core/volume/types';

/**
 * The 书架 page's scenarios (shelf.test.ts runs them on a build made with YEARBOOK_SHELF_URL, with
 * `downloadFile` answered from a small shelf built in a temp folder): each starts with a fresh phone.
 */
const texts = (page: OpenPage, selector: string): string[] =>
  page.all(selector).map((n) => (n.dom?.textContent ?? '').trim());

/** Every file and folder under `dir`, sorted (none: an empty list). */
const listed = (dir: string): string[] =>
  fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).map(String).sort() : [];

/** What the phone keeps of a volume under USER_DATA_PATH/shelf/volumes/<id>. */
const kept = (h: Weapp, id: string): string[] =>
  listed(path.join(h.phone.shelf!.userData, 'shelf/volumes', id));

/** The volume's URL on the served shelf. */
const url = (h: Weapp, file: string) => `${h.phone.shelf!.base}${file}`;

/** Tap the row button labelled exactly `label` (the newest year's row comes first). */
async function tapAct(page: OpenPage, label: string): Promise<void> {
  const index = texts(page, '.act').indexOf(label);
  if (index < 0) throw new Error(`no ${label} button: ${page.text().slice(0, 300)}`);
  await page.tap('.act', index);
}

/** The 书架 opened, its list drawn. */
async function openShelf(h: Weapp): Promise<OpenPage> {
  const page = await h.open('pages/shelf/index');
  await until('the list', () => texts(page, '.volume-state').length === 3, page);
  return page;
}

/** A first attempt at 2019 that fails on `file` (`fault`), so the row offers 重试. */
async function failedOnce(h: Weapp, page: OpenPage, file: string, fault: number | 'tamper') {
  h.phone.faults.set(url(h, file), fault);
  await tapAct(page, '下载');
  await until('the failure', () => texts(page, '.volume-state')[0] === '下载失败', page);
  h.phone.faults.clear();
}

/** A volume of the served shelf as built, and its first entry. */
function servedVolume(h: Weapp, id: string): { volume: Volume; entry: Entry } {
  const volume = JSON.parse(
    fs.readFileSync(path.join(h.phone.shelf!.dir, id, 'volume.json'), 'utf8'),
  ) as Volume;
  const entry = volume.categories[0].sections[0].blocks.find((b): b is Entry => b.kind === 'entry')!;
  return { volume, entry };
}

const urlOf = (arg: unknown) => (arg as { url: string }).url;

export const shelfScenarios: Record<string, Scenario> = {
  'volumes: a downloaded year opens from the 书架, reads, and its bookmark names it': {
    async run(h) {
      const { volume, entry } = servedVolume(h, 'gov-2019');
      const shelf = await openShelf(h);
      await tapAct(shelf, '下载');
      await until('installed', () => texts(shelf, '.volume-state')[0] === '已下载', shelf, 10_000);
      // Tapping the year opens its contents (a tab: the choice is kept, switchTab carries no URL).
      await shelf.tap('.volume-main', 0);
      expect(urlOf(h.callsTo('switchTab').at(-1))).toBe('/pages/index/index');
      expect(h.storage.get('zsnj.volume')).toBe('gov-2019');
      const home = await h.follow();
      await until('the year’s contents', () => home.text().includes(volume.title), home, 10_000);
      // Named by its own title in the switch too (volumeLabel), never by the year it records.
      expect(texts(home, '.volume-switch-year')).toEqual([volume.title]);
      await home.tapText(entry.title);
      expect(urlOf(h.callsTo('navigateTo').at(-1))).toBe(`/pages/reader/index?id=${entry.id}&v=gov-2019`);
      const reader = await h.follow();
      const opening = entry.paragraphs[0].slice(0, 16);
      await until(
        'the entry read from USER_DATA_PATH',
        () => reader.text().includes(opening),
        reader,
        10_000,
      );
      await reader.tapText('☆ 收藏');
      const saved = h.storage.get('zsnj.bookmarks') as {
        version: number;
        items: Array<Record<string, unknown>>;
      };
      expect(saved.version).toBe(2);
      expect(saved.items[0]).toMatchObject({ id: entry.id, volume: 'gov-2019', year: 2019 });
      // 下一条 stays in the year.
      await reader.tapText(/›\s*$/);
      expect(urlOf(h.callsTo('redirectTo').at(-1))).toMatch(/&v=gov-2019$/);
    },
  },
  'volumes: a code’s scene for a year not downloaded asks first, then opens the entry': {
    async run(h) {
      const { entry } = servedVolume(h, 'gov-1985');
      const scene = encodeURIComponent(`v=${volumeCode(1985)}&e=${entry.id}`);
      const page = await h.open(`pages/reader/index?scene=${scene}`);
      await until('the question', () => page.text().includes('这一卷未下载'), page, 10_000);
      const opening = entry.paragraphs[0].slice(0, 16);
      expect(page.text()).toContain('还没有下载到手机上');
      expect(page.text()).not.toContain(opening);
      expect(
        h.callsTo('downloadFile').filter((o) => (o as { url: string }).url.includes('gov-1985')),
      ).toEqual([]);
      await page.tapText(/^下载（/);
      await until('the entry, once downloaded', () => page.text().includes(opening), page, 10_000);
      expect(kept(h, 'gov-1985')).toContain('app/toc.json');
    },
  },
  'shelf: lists the years with their states': {
    async run(h) {
      const page = await openShelf(h);
      expect(texts(page, '.volume-title')).toEqual([
        '政府工作报告（2019）',
        '上城年鉴（2019）',
        '政府工作报告（1985）',
      ]);
      expect(texts(page, '.volume-state')).toEqual(['未下载', '随程序附带', '未下载']);
      expect(page.text()).toMatch(/本机允许 200\.0 MB/);
    },
  },
  'shelf: a 404 keeps nothing and offers 重试': {
    async run(h) {
      const page = await openShelf(h);
      await failedOnce(h, page, 'gov-2019/volume.json', 404);
      expect(page.text()).toMatch(/找不到文件 gov-2019\/volume\.json（404）/);
      expect(kept(h, 'gov-2019')).toEqual([]);
      expect(texts(page, '.act')).toContain('重试');
    },
  },
  'shelf: a tampered file keeps nothing and offers 重试': {
    async run(h) {
      const page = await openShelf(h);
      await failedOnce(h, page, 'gov-2019/search-index.json', 'tamper');
      expect(page.text()).toMatch(/校验未通过/);
      expect(kept(h, 'gov-2019')).toEqual([]);
      expect(texts(page, '.act')).toContain('重试');
    },
  },
  'shelf: a cancel aborts the downloadFile, keeps nothing, and the row is 未下载 / 下载 again': {
    async run(h) {
      const page = await openShelf(h);
      const toc = url(h, 'gov-2019/app/toc.json');
      h.phone.faults.set(toc, 'slow');
      await tapAct(page, '下载');
      await until(
        'toc.json on its way',
        () => h.callsTo('downloadFile').some((o) => (o as { url: string }).url === toc),
        page,
      );
      expect(texts(page, '.progress-text')).toHaveLength(1);
      // Files already verified are on the phone while the download runs.
      expect(kept(h, 'gov-2019').length).toBeGreaterThan(0);
      await tapAct(page, '取消');
      await until('the cancel', () => texts(page, '.volume-state')[0] === '未下载', page);
      expect(h.callsTo('DownloadTask.abort')).toContain(toc);
      expect(kept(h, 'gov-2019')).toEqual([]);
      expect(texts(page, '.act')).not.toContain('重试');
      expect(texts(page, '.failure')).toEqual([]);
      expect(texts(page, '.act')[0]).toBe('下载');
    },
  },
  'shelf: downloadFile with progress installs a year; delete frees it, bookmarks untouched': {
    async run(h) {
      const bookmarks = { key: 'yearbook-test-bookmarks', value: { v: 1, marks: ['e-1'] } };
      h.storage.set(bookmarks.key, bookmarks.value);
      const page = await openShelf(h);
      await tapAct(page, '下载');
      await until('progress', () => texts(page, '.progress-text').length > 0, page);
      await until('installed', () => texts(page, '.volume-state')[0] === '已下载', page);
      // Nothing half-installed: every file the shelf serves for the year, and only those.
      const served = listed(path.join(h.phone.shelf!.dir, 'gov-2019'));
      expect(served).toEqual(expect.arrayContaining(['volume.json', 'search-index.json', 'app/toc.json']));
      expect(kept(h, 'gov-2019')).toEqual(served);
      const installed = JSON.parse(
        fs.readFileSync(path.join(h.phone.shelf!.userData, 'shelf/installed.json'), 'utf8'),
      );
      expect(installed.volumes.map((v: { id: string }) => v.id)).toEqual(['gov-2019']);
      await tapAct(page, '删除');
      await until('deleted', () => texts(page, '.volume-state')[0] === '未下载', page);
      expect(h.callsTo('showModal').map((m) => (m as { title: string }).title)).toEqual(['删除这一年？']);
      expect(kept(h, 'gov-2019')).toEqual([]);
      // The shelf keeps its record in files: the app's key-value storage (bookmarks) is not touched.
      expect(h.storage.get(bookmarks.key)).toEqual(bookmarks.value);
      expect(h.callsTo('setStorageSync').concat(h.callsTo('removeStorageSync'))).toEqual([]);
    },
  },
};
