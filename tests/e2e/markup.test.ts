import { execSync } from 'node:child_process';
import fs from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT, SEED_SOURCE, tempDir } from '../helpers/paths';
import { openBrowser, phone } from './browser';

jest.setTimeout(240_000);

const ATTACK = '<img src=x onerror="window.__xss=1;alert(1)">';
let browser: Browser;
let server: Server;
let base: string;

/** The seed with HTML in an entry's text, a table cell and a caption, built into its own H5 app. */
beforeAll(async () => {
  const dir = tempDir('yearbook-markup-');
  const source = path.join(dir, 'source');
  fs.mkdirSync(source);
  for (const name of fs.readdirSync(SEED_SOURCE))
    fs.copyFileSync(path.join(SEED_SOURCE, name), path.join(source, name));
  const file = path.join(source, '01-上城区人民政府.md');
  const md = fs
    .readFileSync(file, 'utf8')
    .replace('2018年，上城区严格接待标准', `2018年，${ATTACK}上城区严格接待标准`)
    .replace('| 3 | “既有多层住宅加装电梯”', `| 3 | ${ATTACK}“既有多层住宅加装电梯”`)
    .replace('### 图　上城区行政服务中心大厅（2018年）', `### 图　上城区行政服务中心大厅（2018年）${ATTACK}`);
  fs.writeFileSync(file, md);
  execSync('npm run build:h5', {
    cwd: ROOT,
    stdio: 'pipe',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      YEARBOOK_SOURCE: source,
      YEARBOOK_GENERATED: path.join(dir, 'generated'),
      YEARBOOK_OUT: path.join(dir, 'h5'),
    },
  });
  ({ browser, server, base } = await openBrowser(path.join(dir, 'h5')));
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('nothing runs as markup', () => {
  it('renders HTML in the volume as text, in the contents, the entry, a table and the search', async () => {
    const { page, context, dialogs } = await phone(browser, base);
    await page.goto(base);
    await page.locator('text=公务接待 >> visible=true').first().click();
    await page.locator('.paragraph:visible', { hasText: ATTACK }).first().waitFor();
    await page.goto(`${base}#/pages/search/index`);
    await page.locator('input:visible').first().fill('onerror');
    await page.locator('text=3 条结果 >> visible=true').waitFor();
    await page.locator('.result:visible', { hasText: '表4' }).click();
    await page.locator('text=既有多层住宅加装电梯 >> visible=true').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('treats what the reader types and what a link carries as text', async () => {
    const { page, context, dialogs } = await phone(browser, base);
    await page.goto(`${base}#/pages/search/index`);
    await page.locator('input:visible').first().fill(ATTACK);
    await page.locator('input:visible').first().press('Enter');
    await page.locator('text=条结果 >> visible=true').first().waitFor();
    await page.goto(`${base}#/pages/reader/index?id=${encodeURIComponent(ATTACK)}`);
    await page.locator('text=条目不存在 >> visible=true').waitFor();
    await page.goto(
      `${base}#/pages/reader/index?id=e0p3dv1vv&q=${encodeURIComponent('javascript:alert(1)')}`,
    );
    await page.locator('text=【公务接待】 >> visible=true').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
