import fs from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import { type Browser, type Page, type Route } from 'playwright-core';
import type { ShelfManifest } from '../../src/core/shelf/types';
import { buildTestShelf, serveWithShelf } from './shelfSite';
import { screenshot } from './browser';

jest.setTimeout(120_000);

// The 书架 against the built H5 with a small shelf served beside it at /shelf/, as `npm start` serves
// build/shelf/out: the seed chapter (bundled) and two years of the corpus, built here, never committed.
const WIDTH = 375;
const HEIGHT = 700;
const VOLUME = 'gov-1985';
let browser: Browser;
let server: Server;
let base: string;
let manifest: ShelfManifest;

beforeAll(async () => {
  const out = buildTestShelf('yearbook-shelf-e2e-', [2019, 1985]);
  manifest = JSON.parse(fs.readFileSync(path.join(out, 'shelf.json'), 'utf8'));
  ({ server, base, browser } = await serveWithShelf(out));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** A fresh phone (its own IndexedDB and localStorage) at 375 × 700, with a bookmark already kept. */
async function openShelf(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: WIDTH, height: HEIGHT },
    deviceScaleFactor: 2,
    hasTouch: true,
    locale: 'zh-CN',
    colorScheme,
  });
  const page = await context.newPage();
  await page.goto(base);
  await page.evaluate(() => localStorage.setItem('bookmarks', '{"data":"kept by the reader"}'));
  await page.goto(`${base}#/pages/shelf/index`);
  await row(page, VOLUME).waitFor();
  return page;
}

const row = (page: Page, id: string) => page.locator(`.volume[data-volume="${id}"] >> visible=true`);
const button = (page: Page, id: string, text: string) => row(page, id).locator(`button:has-text("${text}")`);

/** What the shelf keeps in the page's IndexedDB: every path, and the installed set's volume ids. */
async function stored(page: Page): Promise<{ paths: string[]; installed: string[] }> {
  return page.evaluate(
    () =>
      new Promise<{ paths: string[]; installed: string[] }>((resolve, reject) => {
        const open = indexedDB.open('yearbook-shelf');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const files = open.result.transaction('files').objectStore('files');
          const keys = files.getAllKeys();
          const record = files.get('installed.json');
          keys.onsuccess = () =>
            (record.onsuccess = () => {
              const text = record.result ? new TextDecoder().decode(record.result) : '{"volumes":[]}';
              const installed = (JSON.parse(text).volumes as Array<{ id: string }>).map((v) => v.id);
              resolve({ paths: keys.result.map(String).sort(), installed });
            });
        };
      }),
  );
}

/** Nothing of a failed volume is kept, the bookmark is untouched, and 重试 is offered. */
async function expectNothingKept(page: Page, id: string, label = '下载失败'): Promise<void> {
  const { paths, installed } = await stored(page);
  expect(paths.filter((p) => p.startsWith(`volumes/${id}/`))).toEqual([]);
  expect(installed).not.toContain(id);
  expect(await row(page, id).locator('.volume-state').textContent()).toBe(label);
  await expect(button(page, id, '重试').isVisible()).resolves.toBe(true);
  expect(await page.evaluate(() => localStorage.getItem('bookmarks'))).toBe('{"data":"kept by the reader"}');
}

/** Holds the requests for one file of the volume until `release()`; `arrived` once one is held. */
function holder(page: Page, file: string) {
  const held: Route[] = [];
  let arrive = () => undefined as void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const ready = page.route(`**/shelf/${VOLUME}/${file}`, (r) => {
    held.push(r);
    arrive();
  });
  return {
    ready,
    arrived,
    release: async () => {
      await page.unroute(`**/shelf/${VOLUME}/${file}`);
      for (const r of held.splice(0)) await r.continue().catch(() => undefined);
    },
  };
}

/** Every control on screen is at least 44 × 44 CSS px and inside the 375 px width. */
async function expectGeometry(page: Page): Promise<void> {
  const boxes = await page.locator('.shelf button >> visible=true').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { text: e.textContent, left: r.left, right: r.right, width: r.width, height: r.height };
    }),
  );
  expect(boxes.length).toBeGreaterThan(0);
  for (const b of boxes) {
    expect(b).toMatchObject({ text: b.text });
    expect(b.width).toBeGreaterThanOrEqual(44);
    expect(b.height).toBeGreaterThanOrEqual(44);
    expect(b.left).toBeGreaterThanOrEqual(0);
    expect(b.right).toBeLessThanOrEqual(WIDTH);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
}

describe('书架 (H5, 375 × 700)', () => {
  it('is reached from the contents page and lists every year with its size and state', async () => {
    const page = await openShelf();
    await page.goto(base);
    const link = page.locator('.shelf-link >> visible=true');
    const box = await link.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.x + box!.width).toBeLessThanOrEqual(WIDTH);
    await screenshot(page, 'shelf-0-contents-link');
    await link.click();
    await row(page, VOLUME).waitFor();
    const rows = await page
      .locator('.volume >> visible=true')
      .evaluateAll((els) =>
        els.map((e) => [
          e.querySelector('.volume-title')?.textContent,
          e.querySelector('.volume-state')?.textContent,
        ]),
      );
    // Each volume named by its own title (volumeLabel), as on every other page.
    expect(rows).toEqual(manifest.volumes.map((v) => [v.title, v.bundled ? '随程序附带' : '未下载']));
    // A way back, and what the page is for, at the top (above the first row), not after every row.
    const back = page.locator('.shelf-back >> visible=true');
    const backBox = (await back.boundingBox())!;
    expect(backBox.y).toBeGreaterThanOrEqual(0);
    expect(backBox.height).toBeGreaterThanOrEqual(44);
    expect(backBox.width).toBeGreaterThanOrEqual(44);
    const hint = (await page.locator('.shelf-hint >> visible=true').boundingBox())!;
    const first = (await row(page, manifest.volumes[0].id).boundingBox())!;
    expect(hint.y + hint.height).toBeLessThanOrEqual(first.y);
    expect(hint.y + hint.height).toBeLessThanOrEqual(HEIGHT);
    await expect(page.locator('.shelf-usage >> visible=true').textContent()).resolves.toMatch(
      /已下载 0 卷，占用 0 B，本机允许 [\d.]+ [MG]B/,
    );
    await expectGeometry(page);
    await screenshot(page, 'shelf-1-list');
    await page.context().close();
  });

  it('downloads a year with a moving progress bar, then it is on the phone; delete asks, then frees it', async () => {
    const page = await openShelf();
    const hold = holder(page, 'search-index.json');
    await hold.ready;
    await button(page, VOLUME, '下载').click();
    await hold.arrived;
    const bar = row(page, VOLUME).locator('[role="progressbar"]');
    const now = Number(await bar.getAttribute('aria-valuenow'));
    expect(now).toBeGreaterThan(0);
    expect(now).toBeLessThan(100);
    // The fill eases to its width (a CSS transition): measure it once it has arrived.
    const fillLocator = row(page, VOLUME).locator('.progress-fill');
    await fillLocator.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
    const fill = await fillLocator.boundingBox();
    const track = await bar.boundingBox();
    expect(fill!.width / track!.width).toBeCloseTo(now / 100, 1);
    await expectGeometry(page);
    await screenshot(page, 'shelf-2-downloading');
    await hold.release();
    await row(page, VOLUME).locator('.volume-state:has-text("已下载")').waitFor();
    const { paths, installed } = await stored(page);
    const volume = manifest.volumes.find((v) => v.id === VOLUME)!;
    expect(installed).toEqual([VOLUME]);
    expect(paths.filter((p) => p.startsWith('volumes/'))).toEqual(
      volume.files.map((f) => `volumes/${VOLUME}/${f.path}`).sort(),
    );
    // The space used is the installed volume's size as shelf.json gives it (KB of 1,024 bytes).
    await expect(page.locator('.shelf-usage >> visible=true').textContent()).resolves.toContain(
      `已下载 1 卷，占用 ${Math.round(volume.bytes / 1024)} KB`,
    );
    await screenshot(page, 'shelf-3-installed');

    await button(page, VOLUME, '删除').click();
    const confirm = page.locator('.taro__modal >> text=删除 >> visible=true').last();
    await confirm.waitFor();
    await screenshot(page, 'shelf-4-delete-confirm');
    await confirm.click();
    await row(page, VOLUME).locator('.volume-state:has-text("未下载")').waitFor();
    expect((await stored(page)).paths.filter((p) => p.startsWith('volumes/'))).toEqual([]);
    expect(await page.evaluate(() => localStorage.getItem('bookmarks'))).toBe(
      '{"data":"kept by the reader"}',
    );
    await page.context().close();
  });

  it('a cancel stops the download, keeps nothing, and the row is 未下载 / 下载 again (not a failure)', async () => {
    const page = await openShelf();
    const hold = holder(page, 'search-index.json');
    await hold.ready;
    await button(page, VOLUME, '下载').click();
    await hold.arrived;
    expect((await stored(page)).paths.some((p) => p.startsWith(`volumes/${VOLUME}/`))).toBe(true);
    await button(page, VOLUME, '取消').click();
    await row(page, VOLUME).locator('.volume-state:has-text("未下载")').waitFor();
    const { paths, installed } = await stored(page);
    expect(paths.filter((p) => p.startsWith(`volumes/${VOLUME}/`))).toEqual([]);
    expect(installed).not.toContain(VOLUME);
    expect(await row(page, VOLUME).locator('[role="alert"]').count()).toBe(0);
    expect(await button(page, VOLUME, '重试').count()).toBe(0);
    await screenshot(page, 'shelf-5-cancelled');
    await hold.release();
    await button(page, VOLUME, '下载').click();
    await row(page, VOLUME).locator('.volume-state:has-text("已下载")').waitFor();
    await page.context().close();
  });

  it('a file missing on the host (404) is said, with nothing kept and 重试', async () => {
    const page = await openShelf();
    await page.route(`**/shelf/${VOLUME}/volume.json`, (r) => r.fulfill({ status: 404, body: 'not found' }));
    await button(page, VOLUME, '下载').click();
    await row(page, VOLUME)
      .locator(`[role="alert"]:has-text("找不到文件 ${VOLUME}/volume.json（404）")`)
      .waitFor();
    await expectNothingKept(page, VOLUME);
    await expectGeometry(page);
    await screenshot(page, 'shelf-6-missing');
    // The notice is for now: back to the contents and again to the 书架, the row is 未下载 / 下载.
    await page.locator('.shelf-back >> visible=true').click();
    await page.locator('.home >> visible=true').waitFor();
    await page.locator('.shelf-link >> visible=true').click();
    await row(page, VOLUME).locator('.volume-state:has-text("未下载")').waitFor();
    expect(await row(page, VOLUME).locator('[role="alert"]').count()).toBe(0);
    await expect(button(page, VOLUME, '下载').isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('a connection cut during a file is said, with nothing kept and 重试', async () => {
    const page = await openShelf();
    await page.route(`**/shelf/${VOLUME}/app/toc.json`, (r) => r.abort('connectionreset'));
    await button(page, VOLUME, '下载').click();
    await row(page, VOLUME).locator('[role="alert"]:has-text("网络中断")').waitFor();
    await expectNothingKept(page, VOLUME);
    await page.context().close();
  });

  it('a tampered file (wrong SHA-256) is refused, with nothing kept and 重试', async () => {
    const page = await openShelf('dark');
    await page.route(`**/shelf/${VOLUME}/search-index.json`, async (r) => {
      const real = await r.fetch();
      const body = await real.body();
      body[10] = body[10] === 0x41 ? 0x42 : 0x41; // same size, one byte changed
      await r.fulfill({ response: real, body });
    });
    await button(page, VOLUME, '下载').click();
    await row(page, VOLUME).locator('[role="alert"]:has-text("校验未通过")').waitFor();
    await expectNothingKept(page, VOLUME);
    expect(await page.locator('.shelf.night >> visible=true').count()).toBe(1);
    await expectGeometry(page);
    await screenshot(page, 'shelf-7-tampered-night');
    await page.context().close();
  });
});
