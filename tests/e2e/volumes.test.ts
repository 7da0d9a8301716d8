import fs from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import { type Browser, type Page } from 'playwright-core';
import { volumeCode } from '../../src/core/shelf/volumeCode';
import { shortVolumeLabel } from '../../src/core/shelf/volumeLabel';
import { blocksInOrder } from '../../src/core/volume/model';
import { readSource } from '../../src/node/source/readSource';
import type { Volume } from '../../src/core/volume/types';
import { SEED_SOURCE } from '../helpers/paths';
import { buildTestShelf, serveWithShelf } from './shelfSite';
import { PHONE, screenshot } from './browser';
import { boxOf, onScreen, smallControls } from './geometry';

jest.setTimeout(120_000);

// Reading a downloaded year in the built H5 at 375 × 700, against a small shelf served at /shelf/
// (the seed chapter, bundled, and 1985 from the corpus; built here, never committed).
const VOLUME = 'gov-1985';
let browser: Browser;
let server: Server;
let base: string;
let volume: Volume;

beforeAll(async () => {
  const out = buildTestShelf('yearbook-volumes-e2e-', [1985]);
  volume = JSON.parse(fs.readFileSync(path.join(out, VOLUME, 'volume.json'), 'utf8'));
  ({ server, base, browser } = await serveWithShelf(out));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function freshPhone(): Promise<Page> {
  const context = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 2,
    hasTouch: true,
    locale: 'zh-CN',
  });
  return context.newPage();
}

const visible = (page: Page, selector: string) => page.locator(`${selector} >> visible=true`);
const firstEntry = () => volume.categories[0].sections[0].blocks.find((b) => b.kind === 'entry')!;

/** Every control on screen is at least 44 × 44 px and the page no wider than the phone. */
async function expectThumbSized(page: Page): Promise<void> {
  expect(await smallControls(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

async function downloadOnShelf(page: Page): Promise<void> {
  await page.goto(`${base}#/pages/shelf/index`);
  const row = visible(page, `.volume[data-volume="${VOLUME}"]`);
  await row.locator('button:has-text("下载")').click();
  await row.locator('.volume-state:has-text("已下载")').waitFor();
}

describe('a downloaded year, read (H5, 375 × 700)', () => {
  it('download → open its contents → read → bookmark → its year in 收藏 → delete → the bookmark offers the download', async () => {
    const page = await freshPhone();
    await downloadOnShelf(page);
    // Tapping the year opens its contents, which say which year they are.
    await visible(page, `.volume[data-volume="${VOLUME}"] .volume-main`).click();
    await visible(page, `.home[data-volume="${VOLUME}"]`).waitFor();
    await expect(visible(page, '.cover-title').textContent()).resolves.toBe(volume.title);
    const year = visible(page, '.volume-switch-year');
    await expect(year.textContent()).resolves.toBe(volume.title);
    expect(onScreen(await boxOf(year))).toBe(true);
    await expectThumbSized(page);
    await screenshot(page, 'volumes-1-contents-1985');

    // An entry of that year opens in the reader, which stays in the year.
    const entry = firstEntry();
    const item = visible(page, `.toc-item[aria-label="${entry.title}，第${entry.pages[0]}页"]`);
    await item.click();
    await visible(page, '.reader .entry-title').first().waitFor();
    expect(page.url()).toContain(`id=${entry.id}&v=${VOLUME}`);
    await expect(visible(page, '.reader').textContent()).resolves.toContain(entry.paragraphs[0].slice(0, 20));
    await expect(visible(page, '.position').textContent()).resolves.toMatch(/^1 \/ \d+$/);
    await expect(visible(page, '.wayfinding .volume-name').textContent()).resolves.toBe(
      `${shortVolumeLabel(volume)} · `,
    );
    await visible(page, 'button[aria-label="收藏"]').click();
    await visible(page, 'button[aria-label="取消收藏"]').waitFor();
    await expectThumbSized(page);
    await screenshot(page, 'volumes-2-reading-1985');

    // 收藏 names the year.
    await page.goto(`${base}#/pages/bookmarks/index`);
    const mark = visible(page, `.bookmark[data-volume="${VOLUME}"]`);
    await expect(mark.locator('.bookmark-volume').textContent()).resolves.toBe(volume.title);
    await screenshot(page, 'volumes-3-bookmarks');

    // Deleted on the 书架, the bookmark says 未下载 and offers the download instead of a broken reader.
    await page.goto(`${base}#/pages/shelf/index`);
    await visible(page, `.volume[data-volume="${VOLUME}"] button:has-text("删除")`).click();
    await visible(page, '.taro__modal >> text=删除').last().click();
    await visible(page, `.volume[data-volume="${VOLUME}"] .volume-state:has-text("未下载")`).waitFor();
    await page.goto(`${base}#/pages/bookmarks/index`);
    await mark.locator('.bookmark-volume:has-text("未下载")').waitFor();
    await expect(mark.locator('.bookmark-volume').textContent()).resolves.toBe(`${volume.title} · 未下载`);
    await screenshot(page, 'volumes-4-bookmark-not-downloaded');
    await mark.locator('.bookmark-main').click();
    const absent = visible(page, `.volume-absent[data-volume="${VOLUME}"]`);
    await absent.waitFor();
    await expect(absent.textContent()).resolves.toContain('还没有下载到手机上');
    const download = absent.locator('button:has-text("下载")');
    const box = await boxOf(download);
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(onScreen(box)).toBe(true);
    await expectThumbSized(page);
    await screenshot(page, 'volumes-5-offer-download');
    // Downloaded from there, the entry itself opens.
    await download.click();
    await visible(page, 'button[aria-label="取消收藏"]').waitFor();
    await expect(visible(page, '.reader').textContent()).resolves.toContain(entry.paragraphs[0].slice(0, 20));
    await page.context().close();
  });

  it('the contents switch between the years on the phone, and a code for a year not downloaded asks first', async () => {
    const page = await freshPhone();
    await page.goto(base);
    const scene = encodeURIComponent(`v=${volumeCode(1985)}&e=${firstEntry().id}`);
    await page.goto(`${base}#/pages/reader/index?scene=${scene}`);
    await visible(page, `.volume-absent[data-volume="${VOLUME}"]`).waitFor();
    await screenshot(page, 'volumes-6-scene-asks');
    expect(await visible(page, '.reader .entry').count()).toBe(0);

    await downloadOnShelf(page);
    await page.goto(base);
    await visible(page, '.volume-switch-head').click();
    // The years on the phone are listed from storage: wait for both before reading the list.
    await visible(page, '.volume-choice[data-volume="shangcheng-2019"]').waitFor();
    await visible(page, `.volume-choice[data-volume="${VOLUME}"]`).waitFor();
    const choices = visible(page, '.volume-choice[data-volume]');
    await expect(
      choices.evaluateAll((els) => els.map((e) => e.getAttribute('data-volume'))),
    ).resolves.toEqual(['shangcheng-2019', VOLUME]);
    await expectThumbSized(page);
    await screenshot(page, 'volumes-7-switch');
    await visible(page, `.volume-choice[data-volume="${VOLUME}"]`).click();
    // The chosen year is opened from storage before the contents show it.
    await visible(page, '.volume-switch-year').filter({ hasText: volume.title }).waitFor();
    await expect(visible(page, '.volume-switch-year').textContent()).resolves.toBe(volume.title);
    await page.context().close();
  });

  it('while downloading from the question, the heading says 正在下载 n% and 取消 is its own button', async () => {
    const page = await freshPhone();
    await page.goto(base);
    let arrive = () => undefined as void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const held: Array<{ continue(): Promise<void> }> = [];
    await page.route(`**/shelf/${VOLUME}/search-index.json`, (r) => (held.push(r), arrive()));
    await page.goto(`${base}#/pages/reader/index?id=${firstEntry().id}&v=${VOLUME}`);
    const absent = visible(page, `.volume-absent[data-volume="${VOLUME}"]`);
    await absent.locator('button:has-text("下载")').click();
    await arrived;
    await expect(absent.locator('.volume-absent-title').textContent()).resolves.toMatch(/^正在下载 \d+%$/);
    const cancel = absent.locator('button[aria-label^="取消下载"]');
    await expect(cancel.textContent()).resolves.toBe('取消');
    const box = await boxOf(cancel);
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(onScreen(box)).toBe(true);
    await expectThumbSized(page);
    await screenshot(page, 'volumes-8-downloading');
    await cancel.click();
    await absent.locator('.volume-absent-title:has-text("这一卷未下载")').waitFor();
    await page.unroute(`**/shelf/${VOLUME}/search-index.json`);
    for (const r of held.splice(0)) await r.continue().catch(() => undefined);
    await page.context().close();
  });

  it('a link to a volume no shelf knows says 找不到这一卷, without its id, with 书架 and 返回目录', async () => {
    const page = await freshPhone();
    await page.goto(`${base}#/pages/reader/index?id=${firstEntry().id}&v=gov-1234`);
    const absent = visible(page, '.volume-absent');
    await absent.waitFor();
    await expect(absent.locator('.volume-absent-title').textContent()).resolves.toBe('找不到这一卷');
    const text = (await absent.textContent()) ?? '';
    expect(text).not.toContain('gov-1234');
    expect(text).not.toMatch(/目录（|书架目录|编辑部/);
    for (const label of ['书架', '返回目录']) {
      const box = await boxOf(absent.locator(`button:text-is("${label}")`));
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(onScreen(box)).toBe(true);
    }
    await expectThumbSized(page);
    await screenshot(page, 'volumes-9-unknown');
    await page.context().close();
  });
});

describe('the reader names its volume and keeps it in view (H5, 375 × 700)', () => {
  const bundled = readSource(SEED_SOURCE);
  // The longest entry of the bundled volume: it scrolls well past one screen.
  const longest = blocksInOrder(bundled)
    .map((p) => p.block)
    .filter((b) => b.kind === 'entry')
    .sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)[0];

  it('the bundled volume too: its name and ‹ 目录 stay on screen, whole, after scrolling and in 原页', async () => {
    const page = await freshPhone();
    await page.goto(`${base}#/pages/reader/index?id=${longest.id}`);
    await visible(page, '.reader .entry-title').first().waitFor();
    const name = visible(page, '.wayfinding .volume-name');
    await expect(name.textContent()).resolves.toBe(`${shortVolumeLabel(bundled)} · `);
    const check = async () => {
      const home = await boxOf(visible(page, '.wayfinding button[aria-label="返回目录"]'));
      expect(home.y).toBeGreaterThanOrEqual(0);
      expect(home.height).toBeGreaterThanOrEqual(44);
      const where = await boxOf(visible(page, '.wayfinding .where'));
      expect(onScreen(where)).toBe(true);
      expect(where.x + where.width).toBeLessThanOrEqual(375);
      // The toolbar sits under the line, not over it.
      const tools = await boxOf(visible(page, '.toolbar'));
      expect(tools.y).toBeGreaterThanOrEqual(home.y + home.height);
      await expectThumbSized(page);
    };
    const taroPage = page.locator('.taro_page:visible');
    await taroPage.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.waitForTimeout(100);
    expect(await taroPage.evaluate((el) => el.scrollTop)).toBeGreaterThan(200);
    await check();
    await screenshot(page, 'volumes-10-reader-scrolled');
    await visible(page, 'button[aria-label="页面浏览"]').click();
    await visible(page, '.page-head').waitFor();
    await taroPage.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.waitForTimeout(100);
    expect(await taroPage.evaluate((el) => el.scrollTop)).toBeGreaterThan(200);
    await check();
    // The page number sticks under the head, not under it hidden.
    const head = await boxOf(visible(page, '.page-head'));
    const tools = await boxOf(visible(page, '.toolbar'));
    expect(head.y).toBeGreaterThanOrEqual(tools.y + tools.height - 1);
    await screenshot(page, 'volumes-11-reader-page-scrolled');
    await page.context().close();
  });
});
