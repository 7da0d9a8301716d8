import path from 'node:path';
import { expect } from 'expect';
import { until, type OpenPage, type Weapp } from './harness';
import type { Scenario } from './scenarios';
import { writeSnapshot } from './snapshot';

/**
 * The reader of issue 12 in the compiled mini-program: what a reader sees after each gesture, and
 * the `wx` calls made. Scenarios marked `seedOnly` name the seed's own text (表5, 区政府常务会议 by
 * 潘建强); the full-size build runs the others. jsdom has no layout: where the effect is a scroll, the
 * `pageScrollTo` call is asserted, and its selector is resolved in the rendered tree.
 */

/** Seed facts (data/volumes/shangcheng): 区政府常务会议 spans pages 4–6, its credit printed after 区长办公会议. */
const MEETINGS = { id: 'e18h3f43q', title: '区政府常务会议', author: '潘建强', pages: [4, 6] };
/** 表5 of the seed: 重要文件题录, 25 rows under three columns. */
const TABLE5 = { id: 't0dhf3pms', columns: ['发文字号', '发文日期', '文件标题'] };

const reader = (id: string, extra = '') => `pages/reader/index?id=${id}${extra}`;
const urlOf = (arg: unknown) => (arg as { url: string }).url;
const textOf = (node: { dom?: Element }) => (node.dom?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The texts of the elements of a class inside a rendered node (j-component prefixes page classes `main--`). */
const textsIn = (node: { dom?: Element }, className: string) =>
  [...(node.dom?.querySelectorAll(`.main--${className}`) ?? [])].map((e) =>
    (e.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );

/** The page as it looks now, drawn in chromium by weapp.test.ts (artifacts/screenshots/weapp-*.png). */
const snap = (h: Weapp, page: OpenPage, name: string) =>
  writeSnapshot(h.dist, page, `${path.basename(h.dist)}-${name}`);

async function openReader(h: Weapp, url: string): Promise<OpenPage> {
  const page = await h.open(url);
  await until('the reader to settle', () => !page.text().includes('正在载入'), page);
  return page;
}

/** The id the reader's root element carries in the rendered tree (what WeChat's selector sees). */
function rootId(page: OpenPage): string {
  const root = (page.comp.dom as Element).firstElementChild as
    (Element & { __wxElement?: { id?: string } }) | null;
  return root?.__wxElement?.id ?? '';
}

/** The selectors the app has asked pageScrollTo for, after the first `from` calls. */
const scrolledTo = (h: Weapp, from = 0) =>
  h
    .callsTo('pageScrollTo')
    .slice(from)
    .map((o) => o as { selector?: string; scrollTop?: number });

/** Hit `n` is where the last scroll went, inside the reader's root, and is the one marked current. */
async function landedOn(h: Weapp, page: OpenPage, n: number, from: number): Promise<void> {
  const wanted = `#${rootId(page)} #rhit-${n}`;
  await until(`pageScrollTo ${wanted}`, () => scrolledTo(h, from).some((o) => o.selector === wanted), page);
  const target = page.all(wanted);
  expect(target).toHaveLength(1);
  const current = page.all('.current');
  expect(current).toHaveLength(1);
  expect(current[0].dom).toBe(target[0].dom);
}

export const readerScenarios: Record<string, Scenario> = {
  'search result opens at its hit; ‹ › step the current hit (scoped scroll)': {
    seedOnly: true,
    async run(h) {
      const query = '常务会议';
      const search = await h.open('pages/search/index');
      await search.input('.search-input', query);
      await search.input('.search-input', query, 'confirm');
      await until('results', () => /\d+\s*条/.test(search.text()), search, 8000);
      const index = search.all('.result').findIndex((r) => textOf(r).startsWith(MEETINGS.title));
      expect(index).toBeGreaterThanOrEqual(0);
      await search.tap('.result', index);
      expect(urlOf(h.callsTo('navigateTo').at(-1))).toContain(`id=${MEETINGS.id}`);
      const page = await h.follow();
      await until('the hit bar', () => /第\s*1\s*\/\s*\d+\s*处/.test(page.text()), page, 8000);
      const total = Number(/第\s*1\s*\/\s*(\d+)\s*处/.exec(page.text())![1]);
      // The bar counts what is marked: every hit drawn, one of them current.
      expect(page.all('.hit')).toHaveLength(total);
      expect(total).toBeGreaterThan(2);
      expect(rootId(page)).toMatch(/^reader-\d+$/);
      // Opened at hit 1 (the scroll itself is WeChat's: asserted as the call and its target).
      await landedOn(h, page, 0, 0);
      let from = h.callsTo('pageScrollTo').length;
      await page.tapText('›');
      await until('第 2 处', () => new RegExp(`第\\s*2\\s*/\\s*${total}\\s*处`).test(page.text()), page);
      await landedOn(h, page, 1, from);
      snap(h, page, 'reader-hit');
      // ‹ twice from hit 2 wraps round to the last.
      from = h.callsTo('pageScrollTo').length;
      await page.tapText('‹');
      await page.tapText('‹');
      await until(
        `第 ${total} 处`,
        () => new RegExp(`第\\s*${total}\\s*/\\s*${total}\\s*处`).test(page.text()),
        page,
      );
      await landedOn(h, page, total - 1, from);
      // The search page below it draws hits too, but no anchors the reader's selector could find.
      expect(search.all(`#rhit-0`)).toHaveLength(0);
    },
  },

  '表5 as cards of labelled fields; 原表 switches to the grid': {
    seedOnly: true,
    async run(h, built) {
      const table = built.text(built.categories[0].id).find((b) => b.id === TABLE5.id) as unknown as {
        rows: string[][];
      };
      const page = await openReader(h, reader(TABLE5.id));
      expect(page.text()).toContain('表5');
      const cards = page.all('.table-card');
      expect(cards).toHaveLength(table.rows.length);
      expect(page.text()).toContain(`逐行显示，共 ${table.rows.length} 行`);
      // Each card: every column's label beside the row's value.
      const labels = textsIn(cards[1], 'field-label');
      const values = textsIn(cards[1], 'field-value');
      expect(labels).toEqual(TABLE5.columns);
      expect(values).toEqual(table.rows[1]);
      expect(page.all('.table-scroll')).toHaveLength(0);
      snap(h, page, 'table-cards');
      await page.tapText('原表');
      await until('the grid', () => page.all('.table-scroll').length === 1, page);
      expect(page.all('.table-card')).toHaveLength(0);
      const rows = page.all('.tr');
      expect(rows).toHaveLength(table.rows.length + 1);
      expect(textsIn(rows[0], 'td')).toEqual(TABLE5.columns);
      expect(textsIn(rows[2], 'td')).toEqual(table.rows[1]);
      expect(page.text()).toContain('原表：左右滑动查看各列');
      // And back: the button now offers the cards.
      await page.tapText('逐行显示');
      await until('the cards again', () => page.all('.table-card').length === table.rows.length, page);
    },
  },

  'a paragraph tapped → the sheet → copy: cited with the run’s author and the paragraph’s own page': {
    seedOnly: true,
    async run(h, built) {
      const page = await openReader(h, reader(MEETINGS.id));
      const paragraphs = page.all('.paragraph');
      const last = paragraphs.length - 1;
      const text = (
        built.text(built.categories[0].id).find((b) => b.id === MEETINGS.id)!.paragraphs as string[]
      )[last];
      expect(page.all('.sheet')).toHaveLength(0);
      await page.tap('.paragraph', last);
      await until('the sheet', () => page.all('.sheet').length === 1, page);
      // The last meeting of the year is printed on the entry's last page, not across its range.
      const printed = MEETINGS.pages[1];
      expect(textOf(page.all('.sheet')[0])).toContain(`本段在第 ${printed} 页`);
      snap(h, page, 'paragraph-sheet');
      await page.tapText('复制本段');
      await until('the clipboard', () => h.callsTo('setClipboardData').length === 1, page);
      const copied = (h.callsTo('setClipboardData')[0] as { data: string }).data;
      expect(copied.startsWith(text)).toBe(true);
      // The credit printed after 区长办公会议 covers 区政府常务会议 too (the run since the last credit).
      expect(copied).toContain(`${MEETINGS.author}. ${MEETINGS.title}[M]`);
      expect(copied).toMatch(new RegExp(`[:：] ?${printed}\\.$`));
      expect(copied).not.toContain(`${MEETINGS.pages[0]}-${MEETINGS.pages[1]}`);
      expect(h.phone.state.clipboard).toBe(copied);
      await until('the toast', () => h.callsTo('showToast').length > 0, page);
      expect(h.callsTo('showToast').at(-1)).toMatchObject({ title: '已复制本段及出处' });
      await until('the sheet to close', () => page.all('.sheet').length === 0, page);
    },
  },

  'a code’s scene opens the entry with ‹ 目录 and n / N; 目录 leads to the contents': {
    async run(h, built) {
      const category = built.categories[0];
      const entry = category.entries[Math.min(3, category.entries.length - 1)];
      const page = await openReader(h, `pages/reader/index?scene=e%3D${entry.id}`);
      expect(h.callsTo('setNavigationBarTitle').at(-1)).toMatchObject({ title: entry.title });
      const position = built.order.indexOf(entry.id) + 1;
      expect(textOf(page.all('.position')[0])).toBe(`${position} / ${built.order.length}`);
      expect(page.text()).toContain('‹ 目录');
      await page.tapText('‹ 目录');
      // The contents is a tab: switchTab (reLaunch only if WeChat refuses it).
      expect(urlOf(h.callsTo('switchTab').at(-1))).toBe('/pages/index/index');
      const home = await h.follow();
      expect(home.route).toBe('pages/index/index');
      expect(home.text()).toContain(built.title);
      expect(h.stack).toHaveLength(1);
    },
  },

  'page view: 下一页 starts the new page at its top, with the section opening there': {
    seedOnly: true,
    async run(h) {
      const page = await openReader(h, reader(MEETINGS.id));
      await page.tapText('原页');
      const shown = () => Number(/第\s*(\d+)\s*页（/.exec(page.text())?.[1] ?? 0);
      await until('a printed page', () => shown() > 0, page);
      expect(shown()).toBe(MEETINGS.pages[0]);
      // Opened at the part being read: a scroll to its anchor inside this reader's page view.
      const scope = `#${rootId(page)} #rpage-${MEETINGS.id}-`;
      await until(
        'the scroll to the part',
        () => scrolledTo(h).some((o) => o.selector?.startsWith(scope)),
        page,
      );
      const anchor = scrolledTo(h).find((o) => o.selector?.startsWith(scope))!.selector!;
      expect(page.all(anchor)).toHaveLength(1);
      expect(page.all('.fragment-section').map(textOf)).toContain('区政府重要会议');
      for (const next of [MEETINGS.pages[0] + 1, MEETINGS.pages[1]]) {
        const from = h.callsTo('pageScrollTo').length;
        await page.tapText('下一页');
        await until(`第 ${next} 页`, () => shown() === next, page);
        // Not the last page's offset: the new page from its first line (WeChat scrolls; the call is shown).
        await until('a scroll to the top', () => scrolledTo(h, from).some((o) => o.scrollTop === 0), page);
      }
      // Page 6 opens the section 政务服务 (its 概况): the heading is drawn between the entries.
      expect(page.all('.fragment-section').map(textOf)).toContain('政务服务');
      expect(page.text()).toContain('区长办公会议');
    },
  },

  '收藏 removed → 撤销 restores it (in storage and on the page)': {
    async run(h, built) {
      const entry = built.categories[0].entries[1];
      const saved = () => JSON.stringify(h.storage.get('zsnj.bookmarks') ?? '');
      const page = await openReader(h, reader(entry.id));
      await page.tapText('收藏');
      expect(saved()).toContain(entry.id);
      const tab = await h.open('pages/bookmarks/index');
      expect(tab.text()).toContain(entry.title);
      await tab.tap('.remove');
      await until('the undo bar', () => tab.text().includes('撤销'), tab);
      expect(saved()).not.toContain(entry.id);
      expect(tab.text()).toContain(`已删除“${entry.title}”`);
      await tab.tapText('撤销');
      await until('the bookmark back', () => tab.all('.bookmark').length === 1, tab);
      expect(saved()).toContain(entry.id);
      expect(tab.text()).not.toContain('撤销');
      expect(textOf(tab.all('.bookmark-title')[0])).toBe(entry.title);
    },
  },

  'search with a category’s text failing: 未能载入 with 重试, and 重试 completes the results': {
    splitOnly: true,
    async run(h, built) {
      const category = built.categories.find((c) => built.packageOf(c.id));
      if (!category) throw new Error('no category of this build has its text in a subpackage');
      const root = built.packageOf(category.id)!.replace(/\/$/, '');
      // The text packages fail until the network is back; the search index's package loads.
      const wx = (globalThis as unknown as { wx: Record<string, (o: unknown) => unknown> }).wx;
      const load = wx.loadSubpackage;
      let offline = true;
      wx.loadSubpackage = (o) => {
        const { name } = o as { name: string; fail?: (e: unknown) => void };
        if (!offline || !/\/volume\d+$/.test(name)) return load(o);
        h.calls.push({ api: 'loadSubpackage', arg: o });
        setTimeout(() =>
          (o as { fail?: (e: unknown) => void }).fail?.({ errMsg: `loadSubpackage:fail ${name}` }),
        );
        return { onProgressUpdate: () => undefined };
      };
      const entry = category.entries[0];
      const first = built.text(category.id).find((b) => b.id === entry.id)?.paragraphs?.[0];
      const query = /\p{Script=Han}{4}/u.exec(typeof first === 'string' ? first : '')?.[0] ?? entry.title;
      const search = await h.open('pages/search/index');
      await search.input('.search-input', query);
      await search.input('.search-input', query, 'confirm');
      await until('the notice', () => search.text().includes('未能载入'), search, 15000);
      expect(search.text()).toMatch(/有 \d+ 个类目的正文未能载入/);
      expect(search.text()).toContain('重试');
      const failed = h.callsTo('loadSubpackage').map((o) => (o as { name: string }).name);
      expect(failed).toContain(root);
      offline = false;
      await search.tapText('重试');
      await until('the notice gone', () => !search.text().includes('未能载入'), search, 15000);
      // Complete: the category's text is in, and the results show the query in its context.
      await until(
        'snippets from the loaded text',
        () => search.all('.snippet').some((s) => textOf(s).includes(query)),
        search,
        15000,
      );
      expect(h.phone.loaded.has(root)).toBe(true);
    },
  },
};
