import type { Page } from 'playwright-core';
import { blocksInOrder } from '../../src/core/volume/model';
import { readSource } from '../../src/node/source/readSource';
import { SEED_SOURCE } from '../helpers/paths';
import { phone, screenshot, sharedBrowser } from './browser';

jest.setTimeout(120_000);

const volume = readSource(SEED_SOURCE);
const idOf = (title: string) =>
  blocksInOrder(volume).find((p) => p.block.kind === 'entry' && p.block.title === title)!.block.id;
const bookmark = (id: string, title: string, addedAt: number) => ({
  id,
  kind: 'entry',
  title,
  category: '上城区人民政府',
  section: '综述',
  addedAt,
});

const shared = sharedBrowser();

const visible = (page: Page, text: string) => page.locator(`text=${text} >> visible=true`).first();

/** Write records as Taro's H5 storage does ({"data": …}) before the app starts. */
async function seedStorage(page: Page, records: Record<string, string>): Promise<void> {
  await page.goto(shared.base);
  await page.evaluate((r) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(r)) localStorage.setItem(k, v);
  }, records);
}

describe('storage faults lose nothing', () => {
  it('a full storage keeps the earlier bookmarks and says why the new one failed', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    await page.goto(`${shared.base}#/pages/reader/index?id=${idOf('概况')}`);
    await page.locator('button[aria-label="收藏"]:visible').click();
    await visible(page, '★ 已收藏').waitFor();
    // Fill the origin's quota.
    await page.evaluate(() => {
      let n = 0;
      for (const size of [256 * 1024, 16 * 1024, 1024, 64, 1]) {
        const chunk = 'x'.repeat(size);
        for (;;) {
          try {
            localStorage.setItem(`filler-${n++}`, chunk);
          } catch {
            break;
          }
        }
      }
    });
    await page.goto(`${shared.base}#/pages/reader/index?id=${idOf('公务接待')}`);
    await page.locator('button[aria-label="收藏"]:visible').click();
    await visible(page, '存储空间已满，未能保存。已有的收藏都还在。').waitFor();
    await page.waitForTimeout(400); // the modal fades in
    await screenshot(page, '10-storage-full');
    await page.goto(`${shared.base}#/pages/bookmarks/index`);
    await page.reload();
    await visible(page, '1 条收藏').waitFor();
    await visible(page, '概况').waitFor();
    await context.close();
  });

  it('a corrupt record is set aside with a notice and the other records survive', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    await seedStorage(page, {
      'zsnj.bookmarks': '{"data": {"version": 1, "items": [truncated',
      'zsnj.history': JSON.stringify({ data: { version: 1, items: ['最多跑一次'] } }),
    });
    await page.goto(`${shared.base}#/pages/bookmarks/index`);
    await page.reload();
    await visible(page, '收藏记录已损坏，已另存备查').waitFor();
    const aside = await page.evaluate(() => localStorage.getItem('zsnj.bookmarks.setaside'));
    expect(aside).toContain('truncated');
    await page.goto(`${shared.base}#/pages/search/index`);
    await visible(page, '最多跑一次').waitFor();
    await context.close();
  });

  it('a record from a future version is set aside, not read as ours', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    await seedStorage(page, {
      'zsnj.bookmarks': JSON.stringify({ data: { version: 9, items: [{ id: 'x', shape: 'new' }] } }),
    });
    await page.goto(`${shared.base}#/pages/bookmarks/index`);
    await page.reload();
    await visible(page, '收藏来自另一版本（9），已另存备查').waitFor();
    await context.close();
  });

  it('a volume update that removes a bookmarked entry shows it as deleted, keeping the rest', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    const items = [
      bookmark('e00000000', '已删去的条目', Date.now() - 3 * 86400_000),
      bookmark(idOf('应急管理'), '应急管理', Date.now() - 60_000),
    ];
    await seedStorage(page, { 'zsnj.bookmarks': JSON.stringify({ data: { version: 1, items } }) });
    await page.goto(`${shared.base}#/pages/bookmarks/index`);
    await page.reload();
    await visible(page, '已删去的条目').waitFor();
    await visible(page, '条目已删除').waitFor();
    await visible(page, '3 天前').waitFor();
    await screenshot(page, '11-bookmark-deleted');
    await page.locator('[aria-label="打开 应急管理"]:visible').click();
    await visible(page, '【应急管理】').waitFor();
    await context.close();
  });
});
