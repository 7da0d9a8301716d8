import type { Page } from 'playwright-core';
import { blocksInOrder, blockTitle } from '../../src/core/volume/model';
import { readSource } from '../../src/node/source/readSource';
import { SEED_SOURCE } from '../helpers/paths';
import { PHONE, phone, screenshot, sharedBrowser } from './browser';
import { boxOf, contrastOf, onScreen, reachable, settled, smallControls, widestCharacter } from './geometry';

// Issue 12: the reader in the hand, at 375 × 700 with touch; every check is of what is on screen, where.
jest.setTimeout(120_000);

const volume = readSource(SEED_SOURCE);
const placed = blocksInOrder(volume);
const idOf = (title: string) =>
  placed.find((p) => (p.block.kind === 'entry' ? p.block.title : blockTitle(p.block)).startsWith(title))!
    .block.id;

const shared = sharedBrowser();
const visible = (page: Page, text: string) => page.locator(`text=${text} >> visible=true`).first();
const reader = (id: string, extra = '') => `${shared.base}#/pages/reader/index?id=${id}${extra}`;
const inReader = (page: Page, selector: string) => page.locator(`.reader:visible ${selector}`).first();
const scrollPage = (page: Page, top: number) =>
  page.locator('.taro_page:visible').evaluate((el, y) => el.scrollTo(0, y), top);
const bottomOfBars = async (page: Page) => {
  const bars = await page
    .locator('.reader:visible .toolbar, .reader:visible .hit-bar, .reader:visible .page-head')
    .all();
  let bottom = 0;
  for (const bar of bars)
    if (await bar.isVisible()) bottom = Math.max(bottom, ...[await boxOf(bar)].map((b) => b.y + b.height));
  return bottom;
};
/** The element's first line is on screen, not under the sticky bars (a paragraph may be taller than the screen). */
const inView = async (page: Page, selector: string) => {
  const box = await boxOf(inReader(page, selector));
  const top = await bottomOfBars(page);
  return box.y >= top - 1 && box.y + Math.min(box.height, 24) <= PHONE.height && box.x >= 0;
};
const waitInView = async (page: Page, selector: string) =>
  expect(
    await settled(
      () => inView(page, selector),
      (v) => v,
    ),
  ).toBe(true);

async function searchAndOpen(page: Page, query: string, result: string) {
  await page.goto(`${shared.base}#/pages/search/index`);
  await page.locator('input:visible').first().fill(query);
  // Not a result still listed for the previous query: one whose highlight is this query's.
  await page
    .locator('.result:visible', { hasText: result })
    .filter({ has: page.locator('.hit', { hasText: query }) })
    .first()
    .click();
}

describe('1 · a result opens its entry at the hit', () => {
  it('scrolls to the hit below the bars, marks it current, and ‹ › move between hits', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    await searchAndOpen(page, '垃圾分类', '区政府常务会议');
    await visible(page, '第 1 / 1 处').waitFor();
    await waitInView(page, '#rhit-0');
    await expect(inReader(page, '#rhit-0').getAttribute('class')).resolves.toContain('current');
    await screenshot(page, '10-result-hit');
    // The search page stays in the document, hidden: its hits must not be what the reader found.
    await page.goto(`${shared.base}#/pages/search/index`);
    await searchAndOpen(page, '常务会议', '区政府常务会议');
    await visible(page, '第 1 / ').waitFor();
    await inReader(page, 'button[aria-label="下一处"]').click();
    await inReader(page, 'button[aria-label="下一处"]').click();
    await visible(page, '第 3 / ').waitFor();
    await waitInView(page, '#rhit-2');
    await expect(inReader(page, '#rhit-2').getAttribute('class')).resolves.toContain('current');
    await expect(inReader(page, '#rhit-0').getAttribute('class')).resolves.not.toContain('current');
    await inReader(page, 'button[aria-label="上一处"]').click();
    await waitInView(page, '#rhit-1');
    await context.close();
  });

  it('opens a table at the row holding the hit', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    await searchAndOpen(page, '清洁排放区', '表5');
    await visible(page, '第 1 / 1 处').waitFor();
    await waitInView(page, '#rhit-0');
    await screenshot(page, '11-table-hit');
    await context.close();
  });
});

describe('2 · tables read on a 375 px phone', () => {
  it.each([['表4'], ['表5']])(
    '%s fits the screen as cards, the printed grid one tap away, both following A+',
    async (t) => {
      const { page, context } = await phone(shared.browser, shared.base);
      await page.goto(reader(idOf(t)));
      await inReader(page, '.table-card').waitFor();
      const cards = page.locator('.reader:visible .table-card');
      const rows = (placed.find((p) => p.block.id === idOf(t))!.block as { rows: string[][] }).rows.length;
      await expect(cards.count()).resolves.toBe(rows);
      for (const field of await page.locator('.reader:visible .table-card .field').all()) {
        const box = await boxOf(field);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      }
      // A column name of up to 7 characters (表4's 实事项目内容) is its card's label on one line.
      const wrapped = await page.locator('.reader:visible .table-card .field-label').evaluateAll((labels) =>
        labels
          .filter((el) => [...(el.textContent ?? '')].length <= 7)
          .filter((el) => {
            // The label stretches to its card's height: count the lines its text is laid out on.
            const range = document.createRange();
            range.selectNodeContents(el);
            return new Set([...range.getClientRects()].map((r) => Math.round(r.bottom))).size > 1;
          })
          .map((el) => el.textContent),
      );
      expect(wrapped).toEqual([]);
      const scrollWidth = await page.locator('.taro_page:visible').evaluate((el) => el.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
      const size = (selector: string) =>
        inReader(page, selector).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      const before = await size('.field-value');
      await inReader(page, 'button[aria-label="放大字号"]').click();
      expect(
        await settled(
          () => size('.field-value'),
          (v) => v > before,
        ),
      ).toBeGreaterThan(before);
      if (t === '表5') await screenshot(page, '12-table-cards');
      await inReader(page, 'button[aria-label="按原表显示表格"]').click();
      await inReader(page, '.table .td').waitFor();
      const gridSize = await size('.td');
      await inReader(page, 'button[aria-label="缩小字号"]').click();
      expect(
        await settled(
          () => size('.td'),
          (v) => v < gridSize,
        ),
      ).toBeLessThan(gridSize);
      await visible(page, '原表：左右滑动查看各列').waitFor();
      await context.close();
    },
  );
});

describe('3 · the page view keeps the place', () => {
  it('opens at the entry, turns to the next page’s first line, keeps the page number and goes back to what was read', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    await page.goto(reader(idOf('区长办公会议')));
    await inReader(page, 'button[aria-label="页面浏览"]').click();
    await visible(page, '【区长办公会议】').waitFor();
    const office = idOf('区长办公会议');
    await waitInView(page, `#rpage-${office}-0`);
    await screenshot(page, '13-page-view');
    // Back to page 4, where 区政府重要会议 begins: its heading is printed.
    await page.goto(reader(idOf('区政府常务会议')));
    await inReader(page, 'button[aria-label="页面浏览"]').click();
    await visible(page, '第 4 页').waitFor();
    await expect(inReader(page, '.fragment-section').textContent()).resolves.toBe('区政府重要会议');
    await scrollPage(page, 900);
    // The page number stays in view while the page is read.
    expect(
      await settled(
        async () => onScreen(await boxOf(inReader(page, '.page-head'))),
        (v) => v,
      ),
    ).toBe(true);
    await inReader(page, 'button[aria-label="下一页"]').click();
    await visible(page, '第 5 页').waitFor();
    const firstLine = async () => (await boxOf(inReader(page, '.fragment'))).y - (await bottomOfBars(page));
    expect(await settled(firstLine, (gap) => gap >= -1 && gap < 40)).toBeLessThan(40);
    expect(await firstLine()).toBeGreaterThanOrEqual(-1);
    await inReader(page, 'button[aria-label="条目阅读"]').click();
    // Page 5 opens in the middle of paragraph 1 of 区政府常务会议: that is where reading resumes.
    await waitInView(page, '#rpart-1');
    await context.close();
  });

  it('prints a photo’s caption once', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    await page.goto(reader(idOf('上城区行政服务中心大厅')));
    await inReader(page, 'button[aria-label="页面浏览"]').click();
    await inReader(page, '.fragment.kind-figure').waitFor();
    await expect(
      page.locator('.reader:visible .printed-page', { hasText: '上城区行政服务中心大厅（2018年）' }).count(),
    ).resolves.toBe(1);
    const text = await inReader(page, '.printed-page').textContent();
    expect(text!.split('上城区行政服务中心大厅（2018年）').length - 1).toBe(1);
    await context.close();
  });
});

describe('4 · a shared link has a way back and a position', () => {
  it('shows 目录 and n / N, and 目录 leads to the contents', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    const id = idOf('应急管理');
    await page.goto(reader(id));
    const position = placed.findIndex((p) => p.block.id === id) + 1;
    await visible(page, `${position} / ${placed.length}`).waitFor();
    const home = inReader(page, 'button[aria-label="返回目录"]');
    expect(onScreen(await boxOf(home))).toBe(true);
    await expect(reachable(home)).resolves.toBe(true);
    await home.click();
    await visible(page, '上城年鉴（2019）').waitFor();
    await context.close();
  });
});

describe('5 · citations keep their authors', () => {
  it('shows the run’s credit on an entry signed after another, and cites it with the paragraph’s own page', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    await page.goto(reader(idOf('区政府常务会议')));
    await visible(page, '（潘建强）').waitFor();
    await visible(page, '署名印在本分目“区长办公会议”之后').waitFor();
    await page.locator('.reader:visible .paragraph').nth(1).click();
    await inReader(page, 'button[aria-label="复制本段（附出处）"]').click();
    await visible(page, '已复制本段及出处').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /——潘建强\. 区政府常务会议\[M\]\/\/上城年鉴（2019）: 上城区人民政府·区政府重要会议\. 北京: 方志出版社, 2019: 4-5\.$/,
    );
    await context.close();
  });
});

describe('6 · copy within reach', () => {
  it('shows a paragraph’s actions at the bottom of the screen, and its text can be selected', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    await page.goto(reader(idOf('区长办公会议')));
    await page.locator('.reader:visible .paragraph').first().click();
    const sheet = await boxOf(inReader(page, '.sheet'));
    expect(onScreen(sheet)).toBe(true);
    expect(sheet.y + sheet.height).toBeGreaterThan(PHONE.height - 2);
    const copy = inReader(page, 'button[aria-label="复制本段（附出处）"]');
    expect(onScreen(await boxOf(copy))).toBe(true);
    await expect(reachable(copy)).resolves.toBe(true);
    await screenshot(page, '14-paragraph-sheet');
    await inReader(page, 'button[aria-label="关闭"]').click();
    await expect(page.locator('.reader:visible .sheet').count()).resolves.toBe(0);
    // A sentence can be selected: select one and read it back.
    const selected = await inReader(page, '.para-text').evaluate((el) => {
      const text = el.firstChild!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 10);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return [getComputedStyle(el).userSelect, getSelection()!.toString()];
    });
    expect(selected).toEqual(['text', '2018年，区政府召']);
    await context.close();
  });
});

describe('7 · controls a thumb can hit, text that reads', () => {
  it('has no control under 44 × 44 px on any screen', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    const screens: Array<[string, () => Promise<unknown>]> = [
      ['contents', () => page.goto(shared.base).then(() => visible(page, '上城年鉴（2019）').waitFor())],
      [
        'entry with hits',
        async () => {
          await page.goto(reader(idOf('区政府常务会议'), `&q=${encodeURIComponent('常务会议')}`));
          await visible(page, '第 1 / ').waitFor();
        },
      ],
      [
        'page view',
        () =>
          inReader(page, 'button[aria-label="页面浏览"]')
            .click()
            .then(() => visible(page, '第 4 页').waitFor()),
      ],
      ['table', () => page.goto(reader(idOf('表5'))).then(() => inReader(page, '.table-card').waitFor())],
      [
        'bookmarks',
        () =>
          page
            .goto(`${shared.base}#/pages/bookmarks/index`)
            .then(() => visible(page, '还没有收藏').waitFor()),
      ],
      ['not found', () => page.goto(reader('e00000000')).then(() => visible(page, '条目不存在').waitFor())],
    ];
    const small: string[] = [];
    for (const [name, open] of screens) {
      await open();
      await page.waitForTimeout(300);
      small.push(...(await smallControls(page)).map((c) => `${name}: ${c}`));
    }
    expect(small).toEqual([]);
    await context.close();
  });

  it('gives the tab bar icons, and the night theme to the tab bar too', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    await page.goto(shared.base);
    await visible(page, '上城年鉴（2019）').waitFor();
    for (const icon of await page.locator('.weui-tabbar__icon:visible').all()) {
      const box = await boxOf(icon);
      expect(box.width).toBeGreaterThanOrEqual(20);
      expect(box.height).toBeGreaterThanOrEqual(20);
    }
    await expect(page.locator('.weui-tabbar__icon:visible').count()).resolves.toBe(3);
    const tabBackground = () =>
      page
        .locator('.weui-tabbar')
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await tabBackground()).toBe('rgb(251, 248, 242)');
    await page.goto(reader(idOf('概况')));
    await inReader(page, 'button[aria-label="夜间模式"]').click();
    await page.goto(shared.base);
    await visible(page, '上城年鉴（2019）').waitFor();
    expect(await settled(tabBackground, (c) => c === 'rgb(38, 36, 33)')).toBe('rgb(38, 36, 33)');
    await screenshot(page, '15-contents-night');
    await context.close();
  });

  it('sets grey metadata at 4.5 : 1 or more, by day and by night', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    for (const night of [false, true]) {
      await page.goto(shared.base);
      await expect(contrastOf(page.locator('.cover-facts:visible'))).resolves.toBeGreaterThanOrEqual(4.5);
      await expect(contrastOf(page.locator('.toc-page:visible').first())).resolves.toBeGreaterThanOrEqual(
        4.5,
      );
      await page.goto(reader(idOf('区政府常务会议')));
      await expect(contrastOf(inReader(page, '.entry-meta'))).resolves.toBeGreaterThanOrEqual(4.5);
      await expect(contrastOf(inReader(page, '.credit-note'))).resolves.toBeGreaterThanOrEqual(4.5);
      await expect(contrastOf(inReader(page, '.position'))).resolves.toBeGreaterThanOrEqual(4.5);
      if (!night) await inReader(page, 'button[aria-label="夜间模式"]').click();
    }
    await context.close();
  });

  it('sets the words on the accent colour (继续阅读, 返回目录) at 4.5 : 1 or more, by day and by night', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    for (const night of [false, true]) {
      await page.goto(reader(idOf('区政府常务会议')));
      if (night) await inReader(page, 'button[aria-label="夜间模式"]').click();
      else await inReader(page, '.paragraph').waitFor();
      await page.goto(shared.base);
      await visible(page, '继续阅读').waitFor();
      await expect(contrastOf(page.locator('.continue-label:visible'))).resolves.toBeGreaterThanOrEqual(4.5);
      await expect(contrastOf(page.locator('.continue-title:visible'))).resolves.toBeGreaterThanOrEqual(4.5);
      await page.goto(reader('e00000000'));
      await expect(contrastOf(inReader(page, '.button.primary'))).resolves.toBeGreaterThanOrEqual(4.5);
    }
    await context.close();
  });

  it('does not stretch a justified line before a long run of letters and digits', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    await page.goto(reader(idOf('区长办公会议')));
    const paragraph = page.locator('.reader:visible .para-text', { hasText: 'SC0302-B1/B2-14' });
    await paragraph.waitFor();
    for (const step of ['缩小字号', '放大字号', '放大字号', '放大字号']) {
      expect(await widestCharacter(paragraph)).toBeLessThan(1.25);
      await inReader(page, `button[aria-label="${step}"]`).click();
      await page.waitForTimeout(100);
    }
    await context.close();
  });
});

describe('8 · small things a reader meets', () => {
  it('says so on an unknown route, and on an unknown id, with ways on', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    await page.goto(`${shared.base}#/pages/nowhere/index`);
    await visible(page, '找不到这个页面').waitFor();
    await screenshot(page, '16-unknown-route');
    await page.goto(reader('e00000000'));
    await visible(page, '条目不存在').waitFor();
    await visible(page, '本书中没有编号为“e00000000”的条目').waitFor();
    await inReader(page, 'button[aria-label="检索全书"]').click();
    await page.locator('input:visible').first().waitFor();
    await context.close();
  });

  it('undoes a removal in 收藏', async () => {
    const { page, context } = await phone(shared.browser, shared.base);
    await page.goto(reader(idOf('涉外服务')));
    await inReader(page, 'button[aria-label="收藏"]').click();
    await page.goto(`${shared.base}#/pages/bookmarks/index`);
    await page.reload();
    await page.locator('[aria-label="删除收藏 涉外服务"]:visible').click();
    await visible(page, '已删除“涉外服务”').waitFor();
    const undo = page.locator('button[aria-label="撤销删除 涉外服务"]:visible');
    expect(onScreen(await boxOf(undo))).toBe(true);
    await expect(reachable(undo)).resolves.toBe(true);
    await screenshot(page, '17-bookmark-undo');
    await page.locator('button[aria-label="撤销删除 涉外服务"]:visible').click();
    await visible(page, '1 条收藏').waitFor();
    await page.reload();
    await visible(page, '涉外服务').waitFor();
    await context.close();
  });
});
