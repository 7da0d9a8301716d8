import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { suggestedTerms } from '../../src/core/reader/suggested';
import { readSource } from '../../src/node/source/readSource';
import { ROOT, SEED_SOURCE } from '../helpers/paths';
import { openBrowser, screenshot } from './browser';

jest.setTimeout(120_000);

/** The phone the search page is judged on (issue 12): 375 × 700, touch, zh-CN. */
async function phone375(browser: Browser) {
  const context = await browser.newContext({
    viewport: { width: 375, height: 700 },
    deviceScaleFactor: 2,
    hasTouch: true,
    locale: 'zh-CN',
  });
  return { context, page: await context.newPage() };
}

const box = async (page: Page, selector: string) => {
  const b = await page.locator(`${selector} >> visible=true`).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return b;
};

async function search(page: Page, query: string) {
  const input = page.locator('input:visible').first();
  await input.fill(query);
  await input.press('Enter');
  await page.locator('.summary:visible').waitFor();
}

describe('the search page at 375 × 700', () => {
  let opened: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    opened = await openBrowser(path.join(ROOT, 'dist/h5'));
  });
  afterAll(async () => {
    await opened?.browser.close();
    opened?.server.close();
  });

  it('gives every chip and control at least 44 × 44 px', async () => {
    const { page, context } = await phone375(opened.browser);
    await page.goto(`${opened.base}#/pages/search/index`);
    await page.locator('.chip:visible').first().waitFor();
    await search(page, '政务');
    await page.locator('.chips.sections .chip:visible').first().waitFor();
    await screenshot(page, 'search-sections-375');
    const controls = page.locator(
      '.search .chip:visible, .search .link:visible, .search .button:visible, .search .search-input:visible',
    );
    const count = await controls.count();
    expect(count).toBeGreaterThan(3);
    for (let i = 0; i < count; i++) {
      const b = await controls.nth(i).boundingBox();
      const label = await controls.nth(i).textContent();
      expect([label, Math.round(b!.height) >= 44, Math.round(b!.width) >= 44]).toEqual([label, true, true]);
    }
    // The history chips before a query, too.
    await page.locator('.clear:visible').click();
    const chip = await box(page, '.idle .chip');
    expect(chip.height).toBeGreaterThanOrEqual(44);
    await context.close();
  });

  it('offers the volume’s most quoted terms before a query (本卷常见), taken from its text, not its contents', async () => {
    const { page, context } = await phone375(opened.browser);
    await page.goto(`${opened.base}#/pages/search/index`);
    await page.locator('.idle .chip:visible').first().waitFor();
    const offered = await page.locator('.idle .chip:visible').allTextContents();
    expect(offered).toEqual(suggestedTerms(readSource(SEED_SOURCE)));
    expect(offered).toContain('最多跑一次');
    await context.close();
  });

  it('keeps 在结果中检索 on one line beside a long answer, and says a 300-character query was cut', async () => {
    const { page, context } = await phone375(opened.browser);
    await page.goto(`${opened.base}#/pages/search/index`);
    // 300 characters of the volume's longest paragraph: the box keeps 200, which the paragraph holds.
    const volume = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/generated/volume.json'), 'utf8')) as {
      categories: Array<{ sections: Array<{ blocks: Array<{ paragraphs?: string[] }> }> }>;
    };
    const paragraphs = volume.categories.flatMap((c) =>
      c.sections.flatMap((s) => s.blocks.flatMap((b) => b.paragraphs ?? [])),
    );
    const longest = paragraphs.reduce((a, b) => (b.length > a.length ? b : a));
    expect(longest.length).toBeGreaterThanOrEqual(300);
    await search(page, longest.slice(0, 300));
    expect(await page.locator('input:visible').first().inputValue()).toBe(longest.slice(0, 200));
    expect(await page.locator('.limit-note:visible').textContent()).toContain('最多 200 字');
    const measure = async () => {
      const b = await box(page, '.link.within');
      // One line of four characters at 13 px, not a one-character column, inside the screen.
      expect(b.width).toBeGreaterThan(4 * 12);
      expect(b.height).toBeGreaterThanOrEqual(44);
      expect(b.height).toBeLessThan(60);
      expect(b.x + b.width).toBeLessThanOrEqual(375);
    };
    await measure();
    await screenshot(page, 'search-long-query-375');
    // A long answer line: nothing literal, a block holding the words apart.
    await search(page, '归侨侨眷座谈会 区侨联');
    expect(await page.locator('.summary:visible .count').textContent()).toMatch(
      /^没有找到“.+”，\d+ 条含其中的词/,
    );
    await measure();
    await screenshot(page, 'search-long-summary-375');
    await context.close();
  });
});

const FULL = path.join(ROOT, 'dist/h5-full');

describe('a category that fails to load', () => {
  let opened: Awaited<ReturnType<typeof openBrowser>> | undefined;
  beforeAll(async () => {
    if (fs.existsSync(path.join(FULL, 'index.html'))) opened = await openBrowser(FULL);
  });
  afterAll(async () => {
    await opened?.browser.close();
    opened?.server.close();
  });

  it('is said with 重试, which loads it and completes the results', async () => {
    if (!opened) throw new Error('dist/h5-full is not built: npm run build:full');
    const { page, context } = await phone375(opened.browser);
    let failing = true;
    await page.route('**/volume/*.json', (route) =>
      failing && !route.request().url().endsWith('search-index.json') ? route.abort() : route.continue(),
    );
    await page.goto(`${opened.base}#/pages/search/index`);
    await search(page, '雄安新区');
    const notice = page.locator('.notice:visible');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('结果可能不全');
    const retry = await box(page, '.retry');
    expect(retry.height).toBeGreaterThanOrEqual(44);
    expect(retry.width).toBeGreaterThanOrEqual(44);
    expect(retry.x + retry.width).toBeLessThanOrEqual(375);
    expect(retry.y + retry.height).toBeLessThanOrEqual(700);
    await screenshot(page, 'search-retry-375');
    failing = false;
    await page.locator('.retry:visible').click();
    await page.locator('.result:visible .snippet .hit').first().waitFor();
    expect(await page.locator('.notice:visible').count()).toBe(0);
    await context.close();
  });
});
