import path from 'node:path';
import { ROOT } from '../helpers/paths';
import { phone, screenshot, sharedBrowser } from './browser';

jest.setTimeout(120_000);

/** The full-size volume (npm run build:full): 1,120 entries whose text loads a category at a time. */
const shared = sharedBrowser(path.join(ROOT, 'dist/h5-full'));

describe('a full-size volume', () => {
  it('starts without any category text, finds an entry in a category not yet loaded and opens it', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/volume/')) fetched.push(r.url().split('/volume/')[1]);
    });
    await page.goto(shared.base);
    await page.locator('.section-title >> visible=true').first().waitFor();
    expect(fetched).toEqual([]);
    await page.goto(`${shared.base}#/pages/search/index`);
    const input = page.locator('input:visible').first();
    await input.fill('雄安新区');
    await input.press('Enter');
    await page.locator('.result:visible .hit').first().waitFor();
    expect(fetched).toContain('search-index.json');
    expect(fetched.filter((f) => f !== 'search-index.json').length).toBeGreaterThan(0);
    expect(fetched.length).toBeLessThan(10);
    const title = await page.locator('.result:visible .result-title').first().textContent();
    await page.locator('.result:visible').first().click();
    await page.locator('.paragraph:visible .hit').first().waitFor();
    expect(await page.locator('.entry-title:visible').textContent()).toContain(title?.trim());
    await context.close();
  });

  it('opens an entry from the contents, loading its category', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    await page.goto(shared.base);
    // A large volume's contents are folded by section: open the 41st section (one of the later decades').
    await page.locator('.section-title >> visible=true').nth(40).click();
    const item = page.locator('.toc-item >> visible=true').nth(2);
    const title = (await item.locator('.toc-title').textContent())?.trim();
    await item.click();
    await page.locator(`.entry-title:visible`).waitFor();
    expect(await page.locator('.entry-title:visible').textContent()).toContain(title);
    expect(await page.locator('.paragraph:visible').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('says a text that could not be loaded could not be, with 重试, and shows it once the network is back', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    const offline = (route: { abort: () => Promise<void> }) => route.abort();
    await page.route('**/volume/c*.json', offline);
    await page.goto(shared.base);
    await page.locator('.section-title >> visible=true').nth(3).click();
    const item = page.locator('.toc-item >> visible=true').first();
    const title = (await item.locator('.toc-title').textContent())?.trim();
    await item.click();
    const retry = page.locator('.load-failed-retry:visible');
    await retry.waitFor();
    expect(await page.locator('.load-failed:visible').textContent()).toContain('未能载入');
    expect(await page.locator('.page.reader:visible').textContent()).not.toContain('条目不存在');
    const box = (await retry.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
    await screenshot(page, 'full-load-failed');
    await page.unroute('**/volume/c*.json', offline);
    await retry.click();
    await page.locator('.entry-title:visible').waitFor();
    expect(await page.locator('.entry-title:visible').textContent()).toContain(title);
    expect(await page.locator('.paragraph:visible').count()).toBeGreaterThan(0);
    await context.close();
  });
});
