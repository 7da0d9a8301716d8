import type { Page } from 'playwright-core';
import { blocksInOrder } from '../../src/core/volume/model';
import { readSource } from '../../src/node/source/readSource';
import { SEED_SOURCE } from '../helpers/paths';
import { phone, screenshot, sharedBrowser } from './browser';

jest.setTimeout(120_000);

const volume = readSource(SEED_SOURCE);
const idOf = (title: string) =>
  blocksInOrder(volume).find((p) => p.block.kind === 'entry' && p.block.title === title)!.block.id;

const shared = sharedBrowser();

const visible = (page: Page, text: string) => page.locator(`text=${text} >> visible=true`).first();
const reader = (id: string, extra = '') => `${shared.base}#/pages/reader/index?id=${id}${extra}`;

describe('目录导航 and 条目阅读', () => {
  it('opens the table of contents, an entry, and its neighbours', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    await page.goto(shared.base);
    await visible(page, '上城年鉴（2019）').waitFor();
    await visible(page, '2018年资料 · 北京：方志出版社').waitFor();
    await screenshot(page, '01-toc');
    await visible(page, '区政府常务会议').click();
    await visible(page, '【区政府常务会议】').waitFor();
    await expect(page.locator('.paragraph:visible').count()).resolves.toBe(17);
    await visible(page, '上城区人民政府 › 区政府重要会议 · 第4—6页').waitFor();
    await screenshot(page, '02-entry');
    await page.locator('button[aria-label^="下一条"]:visible').click();
    await visible(page, '【区长办公会议】').waitFor();
    await page.locator('button[aria-label^="上一条"]:visible').click();
    await visible(page, '【区政府常务会议】').waitFor();
    await context.close();
  });

  it('shows a table row by row and its credit', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    const t5 = blocksInOrder(volume).find((p) => p.block.kind === 'table' && p.block.number === '5')!.block
      .id;
    await page.goto(reader(t5));
    await visible(page, '上政办函〔2018〕第35号').waitFor();
    // Each row a card of labelled fields (the printed grid is one tap away: phone.test.ts).
    await expect(page.locator('.table-card:visible').count()).resolves.toBe(25);
    await visible(page, '（潘建强）').waitFor();
    await screenshot(page, '03-table');
    await context.close();
  });

  it('reads page by page and back to the entry at the same place', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    await page.goto(reader(idOf('区政府常务会议')));
    await page.locator('button[aria-label="页面浏览"]:visible').click();
    await visible(page, '第 4 页').waitFor();
    await screenshot(page, '04-page-view');
    await page.locator('button[aria-label="下一页"]:visible').click();
    await visible(page, '第 5 页').waitFor();
    await visible(page, '年区政府民生实事项目完成情况').waitFor();
    await page.locator('button[aria-label="条目阅读"]:visible').click();
    await visible(page, '【区政府常务会议】').waitFor();
    await context.close();
  });
});

describe('continue reading', () => {
  it('reopens the last entry at the scroll position where the reader left it', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    await page.goto(shared.base);
    await visible(page, '区政府常务会议').click();
    await visible(page, '【区政府常务会议】').waitFor();
    await page.locator('.taro_page:visible').evaluate((el) => el.scrollTo(0, 1500));
    await page.waitForTimeout(300);
    await page.goBack();
    await visible(page, '继续阅读').waitFor();
    await visible(page, '继续阅读').click();
    await visible(page, '【区政府常务会议】').waitFor();
    await page.waitForFunction(() => {
      const pages = [...document.querySelectorAll('.taro_page')].filter(
        (p) => (p as HTMLElement).offsetParent !== null || getComputedStyle(p).display !== 'none',
      );
      return pages.some((p) => Math.abs(p.scrollTop - 1500) < 80);
    });
    await context.close();
  });
});

describe('全文检索', () => {
  it('finds as the reader types, groups results and opens one at its highlighted paragraph', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    await page.goto(`${shared.base}#/pages/search/index`);
    const input = page.locator('input:visible').first();
    await input.fill('城区人');
    await visible(page, '3 条结果').waitFor();
    await visible(page, '上城区人民政府 › 综述').waitFor();
    await expect(page.locator('.result:visible .hit').first().textContent()).resolves.toBe('城区人');
    await screenshot(page, '05-search');
    await page.locator('.result:visible', { hasText: '区政府常务会议' }).click();
    await visible(page, '【区政府常务会议】').waitFor();
    await visible(page, '第 1 / 1 处').waitFor();
    // Opened scrolled to the hit, not at the top of the entry.
    await page.waitForFunction(() => {
      const r = document.querySelector('.reader #rhit-0')?.getBoundingClientRect();
      return !!r && r.top >= 0 && r.bottom <= window.innerHeight;
    });
    await expect(page.locator('.paragraph:visible .hit').first().textContent()).resolves.toBe('城区人');
    await screenshot(page, '06-hit');
    await context.close();
  });

  it('opens a shared link at its query’s hits; without a query the engine is not downloaded', async () => {
    const engineRequests = (page: Page) => {
      const urls: string[] = [];
      page.on('request', (r) => r.url().includes('/chunk/search.js') && urls.push(r.url()));
      return urls;
    };
    const plain = await phone(shared.browser, shared.base);
    const none = engineRequests(plain.page);
    await plain.page.goto(shared.base);
    await visible(plain.page, '区政府常务会议').click();
    await visible(plain.page, '【区政府常务会议】').waitFor();
    expect(none).toEqual([]);
    await plain.context.close();
    // A link carrying a query, opened cold: highlights need the engine, which is fetched then.
    const linked = await phone(shared.browser, shared.base);
    const once = engineRequests(linked.page);
    await linked.page.goto(reader(idOf('区政府常务会议'), `&q=${encodeURIComponent('城区人')}`));
    await visible(linked.page, '第 1 / 1 处').waitFor();
    await expect(linked.page.locator('.paragraph:visible .hit').first().textContent()).resolves.toBe(
      '城区人',
    );
    expect(once).toHaveLength(1);
    await linked.context.close();
  });

  it('limits results to a section and searches within results', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    await page.goto(`${shared.base}#/pages/search/index`);
    const input = page.locator('input:visible').first();
    await input.fill('上城区');
    await visible(page, '24 条结果').waitFor();
    await page.locator('.chips.sections .chip:visible', { hasText: '地方志编纂' }).click();
    await visible(page, '5 条结果').waitFor();
    expect(await page.locator('.group-title:visible').allTextContents()).toEqual([
      '上城区人民政府 › 地方志编纂',
    ]);
    await page.locator('.chips.sections .chip:visible', { hasText: '全部' }).click();
    await visible(page, '24 条结果').waitFor();
    await visible(page, '在结果中检索').click();
    await input.fill('年鉴');
    await visible(page, '在上次的 24 条结果中检索').waitFor();
    const hitIs = (text: string) =>
      page.waitForFunction(
        (t) => [...document.querySelectorAll('.result .hit')].some((h) => h.textContent === t),
        text,
      );
    await hitIs('年鉴');
    const within = Number((await page.locator('.count:visible').textContent())?.match(/^(\d+) 条结果/)?.[1]);
    await visible(page, '在全书中检索').click();
    await visible(page, '在结果中检索').waitFor();
    const all = Number((await page.locator('.count:visible').textContent())?.match(/^(\d+) 条结果/)?.[1]);
    expect(within).toBeGreaterThan(0);
    expect(within).toBeLessThanOrEqual(all);
    await context.close();
  });

  it('waits for the IME to confirm before searching', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    await page.goto(`${shared.base}#/pages/search/index`);
    const input = page.locator('input:visible').first();
    await input.focus();
    // Pinyin being composed: "zheng" must not be searched, only the confirmed 政务.
    await input.dispatchEvent('compositionstart');
    await input.evaluate((el: HTMLInputElement) => {
      el.value = 'zheng';
      el.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, data: 'zheng' }));
    });
    await page.waitForTimeout(600);
    await expect(page.locator('.summary:visible').count()).resolves.toBe(0);
    await input.evaluate((el: HTMLInputElement) => {
      el.value = '政务';
      el.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '政务' }));
      el.dispatchEvent(new InputEvent('input', { bubbles: true, data: '政务' }));
    });
    await visible(page, '条结果').waitFor();
    await context.close();
  });

  it('says when nothing holds the query and offers near terms; history is kept and clearable', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    await page.goto(`${shared.base}#/pages/search/index`);
    const input = page.locator('input:visible').first();
    await input.fill('人口普查');
    await input.press('Enter');
    await visible(page, '没有找到“人口普查”').waitFor();
    await visible(page, '相近的词：').waitFor();
    await page.reload();
    await visible(page, '检索历史').waitFor();
    await visible(page, '人口普查').waitFor();
    await page.locator('[aria-label="清空检索历史"]:visible').click();
    await expect(page.locator('text=检索历史 >> visible=true').count()).resolves.toBe(0);
    await context.close();
  });
});

describe('资料复制收藏', () => {
  it('bookmarks an entry and lists it after a reload', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    await page.goto(reader(idOf('涉外服务')));
    await page.locator('button[aria-label="收藏"]:visible').click();
    await visible(page, '★ 已收藏').waitFor();
    await page.goto(`${shared.base}#/pages/bookmarks/index`);
    await page.reload();
    await visible(page, '涉外服务').waitFor();
    await visible(page, '几秒前').waitFor();
    await screenshot(page, '07-bookmarks');
    await page.locator('button[aria-label="导出收藏为文本"]:visible').click();
    await visible(page, '已复制 1 条收藏').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      '上城年鉴（2019） · 我的收藏\n涉外服务（上城年鉴（2019） · 上城区人民政府 › 综述）',
    );
    await page.locator('[aria-label="删除收藏 涉外服务"]:visible').click();
    await visible(page, '还没有收藏').waitFor();
    await context.close();
  });

  it('copies a paragraph with its citation', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    await page.goto(reader(idOf('区长公开电话受理')));
    await page.locator('.paragraph:visible').first().click();
    await page.locator('button[aria-label="复制本段（附出处）"]:visible').click();
    await visible(page, '已复制本段及出处').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^2018年，区长公开电话受理中心受理市民来电1\.88万件/);
    expect(copied).toContain(
      '——潘建强. 区长公开电话受理[M]//上城年鉴（2019）: 上城区人民政府·综述. 北京: 方志出版社, 2019: 4.',
    );
    await context.close();
  });
});

describe('links and settings', () => {
  it('opens a deep link, a mini-program code scene, and a friendly page for a bad id', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    await page.goto(reader(idOf('公务接待')));
    await visible(page, '【公务接待】').waitFor();
    await page.goto(
      `${shared.base}#/pages/reader/index?scene=${encodeURIComponent(`e=${idOf('应急管理')}`)}`,
    );
    await visible(page, '【应急管理】').waitFor();
    for (const bad of ['e00000000', '%E0%A4%A', '<script>']) {
      await page.goto(reader(encodeURIComponent(bad)));
      await visible(page, '条目不存在').waitFor();
    }
    await screenshot(page, '08-not-found');
    await page.locator('button[aria-label="返回目录"]:visible').click();
    await visible(page, '上城年鉴（2019）').waitFor();
    await context.close();
  });

  it('remembers the night theme and the font size', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    await page.goto(reader(idOf('概况')));
    const size = () => page.locator('.reader:visible').evaluate((el) => getComputedStyle(el).fontSize);
    const before = await size();
    await page.locator('button[aria-label="放大字号"]:visible').click();
    await page.locator('button[aria-label="夜间模式"]:visible').click();
    await page.reload();
    await visible(page, '【概况】').waitFor();
    expect(parseFloat(await size())).toBeGreaterThan(parseFloat(before));
    await expect(page.locator('.reader.night:visible').count()).resolves.toBe(1);
    await screenshot(page, '09-night');
    await context.close();
  });
});
