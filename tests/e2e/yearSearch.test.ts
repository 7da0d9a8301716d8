import fs from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import { type Browser, type Page } from 'playwright-core';
import type { ShelfManifest } from '../../src/core/shelf/types';
import { shortVolumeLabel, volumeLabel } from '../../src/core/shelf/volumeLabel';
import { yearbook } from '../helpers/cli';
import { buildTestShelf, serveWithShelf } from './shelfSite';
import { PHONE, phone, screenshot } from './browser';

jest.setTimeout(180_000);

// Search across years (issue 14) against the built H5 with a small shelf beside it at /shelf/: the
// seed chapter (bundled) and three years of the corpus; two are downloaded, 2017 is left on the 书架.
const QUERY = '改革';
/** A word of the newer volumes only: 1985 is searched and holds nothing. */
const NEWER = '最多跑一次';
const DOWNLOADED = ['gov-2019', 'gov-1985'];
let browser: Browser;
let server: Server;
let base: string;
let manifest: ShelfManifest;
/** Each volume's results for QUERY as `yearbook search` counts them on the shelf folder. */
const expected = new Map<string, number>();
/** The volumes holding NEWER. */
const holdingNewer = new Set<string>();

beforeAll(async () => {
  const out = buildTestShelf('yearbook-yearsearch-e2e-', [2019, 2017, 1985]);
  manifest = JSON.parse(fs.readFileSync(path.join(out, 'shelf.json'), 'utf8'));
  const found = yearbook('search', out, QUERY, '--json', '--limit', '100000');
  for (const r of JSON.parse(found.stdout) as Array<{ volume: string }>)
    expected.set(r.volume, (expected.get(r.volume) ?? 0) + 1);
  const newer = yearbook('search', out, NEWER, '--json', '--limit', '100000');
  for (const r of JSON.parse(newer.stdout) as Array<{ volume: string }>) holdingNewer.add(r.volume);
  ({ server, base, browser } = await serveWithShelf(out));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const shown = (page: Page, selector: string) => page.locator(`${selector} >> visible=true`);

/** Download each year on the 书架 and wait until it is on the phone. */
async function download(page: Page, ids: string[]): Promise<void> {
  await page.goto(`${base}#/pages/shelf/index`);
  for (const id of ids) {
    const row = shown(page, `.volume[data-volume="${id}"]`);
    await row.locator('button:has-text("下载")').click();
    await row.locator('.volume-state:has-text("已下载")').waitFor({ timeout: 60_000 });
  }
}

/** Open the search page afresh (the app started again) and search a query; wait for every year's answer. */
async function search(page: Page, query = QUERY): Promise<void> {
  await page.goto(`${base}#/pages/search/index`);
  await page.reload();
  const input = shown(page, 'input').first();
  await input.fill(query);
  await input.press('Enter');
  await page.locator('.results[aria-busy="false"] >> visible=true').waitFor();
  await shown(page, '.result').first().waitFor();
}

/** Every control on screen is at least 44 × 44 CSS px and inside the phone's width; no sideways page. */
/** Wait until the results stand under that one volume's heading alone (a year chip was chosen). */
async function onlyYearShown(page: Page, volume: string): Promise<void> {
  await page.waitForFunction(
    (id) =>
      [...document.querySelectorAll('.year')]
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .map((e) => e.getAttribute('data-volume'))
        .join() === id,
    volume,
  );
}

async function expectControls(page: Page): Promise<void> {
  const boxes = await page.locator('.search .chip, .search .button, .search .link').evaluateAll((els) =>
    els
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .map((e) => {
        const r = e.getBoundingClientRect();
        const row = e.closest('.chips.sections')?.getBoundingClientRect();
        return { text: e.textContent, left: r.left, right: r.right, w: r.width, h: r.height, row: !!row };
      }),
  );
  expect(boxes.length).toBeGreaterThan(3);
  for (const b of boxes) {
    expect({ text: b.text, w: b.w >= 44, h: b.h >= 44 }).toEqual({ text: b.text, w: true, h: true });
    // A chip row scrolls sideways: its chips may lie past the edge; nothing else may.
    if (!b.row)
      expect({ text: b.text, right: b.right <= PHONE.width }).toEqual({ text: b.text, right: true });
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

describe('search across years (H5, 375 × 700)', () => {
  it('finds a word in every volume on the phone, under its title with its count; names 2017 as not downloaded', async () => {
    const { page, context } = await phone(browser, base);
    await page.goto(base);
    await download(page, DOWNLOADED);
    await search(page);

    const bundled = manifest.volumes.find((v) => v.bundled)!;
    const onPhone = manifest.volumes.filter((v) => v.bundled || DOWNLOADED.includes(v.id));
    const headings = await shown(page, '.year').evaluateAll((els) =>
      els.map((e) => [
        e.getAttribute('data-volume'),
        e.querySelector('.year-number')?.textContent,
        e.querySelector('.year-count')?.textContent,
      ]),
    );
    // Newest first, each year's count as the editor's `yearbook search` counts it.
    expect(headings).toEqual(
      onPhone
        .filter((v) => expected.has(v.id))
        .sort((a, b) => b.year - a.year)
        .map((v) => [v.id, volumeLabel(v), `${expected.get(v.id)} 条`]),
    );
    expect(headings.length).toBe(3);
    expect(headings.map((h) => h[0])).toContain(bundled.id);
    const y2017 = manifest.volumes.find((v) => v.id === 'gov-2017')!;
    await expect(shown(page, '.notice.absent').textContent()).resolves.toContain(
      `${shortVolumeLabel(y2017)} 未下载`,
    );
    // Every volume holds the word: none is named as having no result.
    expect(await shown(page, '.empty-volumes').count()).toBe(0);
    // The year chips: 全部年份 and one a volume, named as it is, with its count.
    const chips = await shown(page, '.chips[aria-label="限定年份"] .chip').allTextContents();
    expect(chips).toEqual([
      '全部年份',
      ...headings.map((h) => {
        const v = manifest.volumes.find((x) => x.id === h[0])!;
        return `${shortVolumeLabel(v)} · ${h[2]!.replace(' 条', '')}`;
      }),
    ]);
    // Sections belong to a volume: no section chips while every year is searched.
    expect(await shown(page, '.chips[aria-label="限定分目"]').count()).toBe(0);
    await expectControls(page);
    await screenshot(page, 'yearsearch-1-by-year');

    // 书架 from the note opens the 书架, where 2017 can be downloaded.
    await shown(page, '.notice.absent .to-shelf').click();
    await shown(page, '.volume[data-volume="gov-2017"] button:has-text("下载")').waitFor();
    await context.close();
  });

  it('filters to one year, offers its sections, and opens a result in its own volume at its hit', async () => {
    const { page, context } = await phone(browser, base);
    await page.goto(base);
    await download(page, DOWNLOADED);
    await search(page);
    await shown(page, '.chips[aria-label="限定年份"] .chip[data-id="gov-1985"]').click();
    await onlyYearShown(page, 'gov-1985');
    const results = shown(page, '.result');
    expect(await results.count()).toBe(Math.min(expected.get('gov-1985')!, 20));
    await expect(shown(page, '.chip.on').first().textContent()).resolves.toMatch(/^1985年卷 · /);
    expect(await shown(page, '.chips[aria-label="限定分目"]').count()).toBe(1);
    await expectControls(page);
    await screenshot(page, 'yearsearch-2-one-year');

    const first = results.first();
    const title = await first.locator('.result-title').textContent();
    await first.click();
    await page.waitForURL(/pages\/reader\/index/);
    expect(decodeURIComponent(page.url())).toContain('v=gov-1985');
    const hit = shown(page, '.paragraph .hit').first();
    await hit.waitFor();
    await expect(hit.textContent()).resolves.toBe(QUERY);
    const box = await hit.boundingBox();
    // The hit is on screen, below the sticky bars and above the bottom.
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
    await expect(shown(page, `text=${title!.trim()}`).count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'yearsearch-3-opened-1985');
    await context.close();
  });

  it('keeps a tapped year chip on screen and chosen while the answer is redrawn', async () => {
    const { page, context } = await phone(browser, base);
    await page.goto(base);
    // Four volumes: the chips run past the phone's edge, 1985 last.
    await download(page, ['gov-2019', 'gov-2017', 'gov-1985']);
    await search(page);
    const chip = shown(page, '.chips[aria-label="限定年份"] .chip[data-id="gov-1985"]');
    const before = await chip.boundingBox();
    expect(before!.x + before!.width).toBeGreaterThan(PHONE.width);
    await chip.click();
    await onlyYearShown(page, 'gov-1985');
    await page.waitForFunction(
      (n) => document.querySelectorAll('.result').length >= n,
      Math.min(expected.get('gov-1985')!, 20),
    );
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    const after = await chip.boundingBox();
    expect(after!.x).toBeGreaterThanOrEqual(0);
    expect(after!.x + after!.width).toBeLessThanOrEqual(PHONE.width);
    expect(after!.y).toBeGreaterThanOrEqual(0);
    expect(after!.y + after!.height).toBeLessThanOrEqual(PHONE.height);
    await expect(chip.getAttribute('class')).resolves.toContain('on');
    await expect(chip.getAttribute('aria-selected')).resolves.toBe('true');
    // Filled with the accent colour, not only outlined: seen as chosen.
    const colours = await chip.evaluate((e) => {
      const all = e.parentElement!.querySelector('.chip:not(.on)')!;
      return [getComputedStyle(e).backgroundColor, getComputedStyle(all).backgroundColor];
    });
    expect(colours[0]).not.toBe(colours[1]);
    await screenshot(page, 'yearsearch-5-chip-kept');
    await context.close();
  });

  it('names the volumes searched with no result, apart from those not downloaded', async () => {
    const { page, context } = await phone(browser, base);
    await page.goto(base);
    await download(page, DOWNLOADED);
    await search(page, NEWER);
    const empty = manifest.volumes
      .filter((v) => (v.bundled || DOWNLOADED.includes(v.id)) && !holdingNewer.has(v.id))
      .sort((a, b) => b.year - a.year);
    // The test means something only if a volume on the phone lacks the word and another has it.
    expect(empty.map((v) => v.id)).toContain('gov-1985');
    expect(holdingNewer.size).toBeGreaterThan(0);
    await expect(shown(page, '.empty-volumes').textContent()).resolves.toBe(
      `${empty.map(shortVolumeLabel).join('、')} 无结果`,
    );
    await expect(shown(page, '.notice.absent').textContent()).resolves.toContain('未下载，未检索');
    const box = await shown(page, '.empty-volumes').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
    await screenshot(page, 'yearsearch-4-empty-volumes');
    await context.close();
  });

  it('with only the bundled volume, looks as before: no years, the section filter', async () => {
    const { page, context } = await phone(browser, base);
    await page.goto(`${base}#/pages/search/index`);
    const input = shown(page, 'input').first();
    await input.fill(QUERY);
    await input.press('Enter');
    await shown(page, '.result').first().waitFor();
    expect(await shown(page, '.year').count()).toBe(0);
    expect(await shown(page, '.chips[aria-label="限定年份"]').count()).toBe(0);
    // The 书架 was never opened on this phone: nothing is known to be missing, nothing is named.
    expect(await shown(page, '.notice.absent').count()).toBe(0);
    await context.close();
  });
});
