import { expect } from 'expect';
import { until, type OpenPage, type Weapp } from './harness';
import type { Scenario } from './scenarios';

/**
 * Search across years in the compiled mini-program (shelf.test.ts runs these on its build made with
 * YEARBOOK_SHELF_URL, `downloadFile` answered from a shelf of 2019, the bundled seed as 2018, 1985).
 */
const texts = (page: OpenPage, selector: string): string[] =>
  page.all(selector).map((n) => (n.dom?.textContent ?? '').trim());

/** The 书架 opened and its newest year (2019, the first row) downloaded. */
async function download2019(h: Weapp): Promise<void> {
  const shelf = await h.open('pages/shelf/index');
  await until('the list', () => texts(shelf, '.volume-state').length === 3, shelf);
  expect(texts(shelf, '.volume-title')[0]).toBe('政府工作报告（2019）');
  await shelf.tap('.act', texts(shelf, '.act').indexOf('下载'));
  await until('installed', () => texts(shelf, '.volume-state')[0] === '已下载', shelf, 20_000);
}

/** The search page opened, the query typed and confirmed, every year's answer in. */
async function searchAll(h: Weapp, query: string): Promise<OpenPage> {
  const search = await h.open('pages/search/index');
  await search.input('.search-input', query);
  await search.input('.search-input', query, 'confirm');
  await until('every year', () => texts(search, '.year-number').length >= 2, search, 15_000);
  return search;
}

export const yearSearchScenarios: Record<string, Scenario> = {
  'search across years: a downloaded year and the bundled one, by year; a result opens in its volume': {
    async run(h) {
      await download2019(h);
      const search = await searchAll(h, '改革');
      // Each volume by its own title: the seed (上城年鉴（2019）) records 2018, and is not called "2018 年".
      expect(texts(search, '.year-number')).toEqual(['政府工作报告（2019）', '上城年鉴（2019）']);
      const counts = texts(search, '.year-count').map((t) => Number(t.replace(' 条', '')));
      expect(counts.every((n) => n > 0)).toBe(true);
      expect(search.text()).toContain(`${counts[0] + counts[1]} 条结果`);
      expect(texts(search, '.notice-text')).toContain('1985年卷 未下载，未检索');
      // The chips: every volume with its count, a title over 10 characters by its year.
      expect(texts(search, '.chip').slice(0, 3)).toEqual([
        '全部年份',
        `2019年卷 · ${counts[0]}`,
        `上城年鉴（2019） · ${counts[1]}`,
      ]);
      // The first result is the newest year's: it opens in that volume, at its hit.
      await search.tap('.result');
      const url = (h.callsTo('navigateTo').at(-1) as { url: string }).url;
      expect(url).toContain('v=gov-2019');
      expect(url).toContain(`q=${encodeURIComponent('改革')}`);
      const page = await h.follow();
      await until('the hit bar', () => /第\s*1\s*\/\s*\d+\s*处/.test(page.text()), page, 15_000);
      expect(page.text()).toContain('2019年政府工作报告');
    },
  },
  'search across years: a year chosen, its results only': {
    async run(h) {
      await download2019(h);
      const search = await searchAll(h, '改革');
      const chips = texts(search, '.chip');
      await search.tap(
        '.chip',
        chips.findIndex((c) => c.startsWith('上城年鉴（2019） · ')),
      );
      await until('the seed only', () => texts(search, '.year-number').join() === '上城年鉴（2019）', search);
      // More than a year gives when every year is searched (5): the first screen, then the rest.
      await until("the year's results", () => texts(search, '.result').length > 5, search);
      expect(texts(search, '.year-count')).toEqual([`${texts(search, '.result').length} 条`]);
      // Its sections are offered now that one year is chosen; its chip is the one shown chosen, in a
      // scroll-view (whose scrollIntoView keeps it in sight; the simulator keeps no scroll position).
      expect(texts(search, '.chip')).toContain('全部');
      expect(texts(search, '.chip.on')[0]).toMatch(/^上城年鉴（2019） · /);
      const row = search.all('.chips.sections')[0];
      expect(row?.dom?.tagName).toBe('WX-SCROLL-VIEW');
    },
  },
};
