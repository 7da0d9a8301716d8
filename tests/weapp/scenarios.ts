import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'expect';
import { unpackToc, type PackedToc } from '../../src/core/volume/tocStubs';
import { until, type OpenPage, type Weapp } from './harness';
import type { PhoneOptions } from './recordedWx';
import { writeSnapshot } from './snapshot';

/** The page as it looks now, for weapp.test.ts to draw in chromium: `<build folder>-<name>.html`. */
const snap = (h: Weapp, page: OpenPage, name: string) =>
  writeSnapshot(h.dist, page, `${path.basename(h.dist)}-${name}`);

/** What a scenario knows of the built volume: read from the build, as the app reads it. */
export interface Built {
  title: string;
  /** Every block's id in reading order. */
  order: string[];
  /** Every category with its entries in reading order (id, title, first words of the text). */
  categories: Array<{
    id: string;
    title: string;
    entries: Array<{ id: string; title: string; section: string }>;
  }>;
  /** A category's text by id, from the build's files (main package or subpackage). */
  text(categoryId: string): Array<{ id: string; kind: string; title?: string; paragraphs?: unknown[] }>;
  /** The subpackage that holds a category's text, if any. */
  packageOf(categoryId: string): string | undefined;
}

type Block = { id: string; kind: string; title?: string; paragraphs?: unknown[] };
type Section = { title: string; blocks: Block[] };
type Category = { id: string; title: string; sections: Section[] };

/** The build's own files: the contents from the main package, the texts from wherever they were put. */
export function readBuilt(dist: string): Built {
  const appJson = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'));
  const base = fs.readdirSync(dist).find((d) => fs.existsSync(path.join(dist, d, 'app/toc.json')));
  if (!base) throw new Error(`${dist}: no app/toc.json in the main package`);
  const toc = unpackToc(
    JSON.parse(fs.readFileSync(path.join(dist, base, 'app/toc.json'), 'utf8')) as PackedToc,
  );
  const allText: Record<string, Category> = JSON.parse(
    fs.readFileSync(path.join(dist, base, 'app/all-text.json'), 'utf8'),
  );
  const roots: string[] = (appJson.subPackages ?? []).map((s: { root: string }) => s.root);
  const packageOf = (id: string) => roots.find((r) => fs.existsSync(path.join(dist, r, `${id}.json`)));
  const categories = (toc.categories as unknown as Category[]).map((c) => ({
    id: c.id,
    title: c.title,
    entries: c.sections.flatMap((s) =>
      s.blocks
        .filter((b) => b.kind === 'entry')
        .map((b) => ({ id: b.id, title: b.title ?? '', section: s.title })),
    ),
  }));
  const text = (id: string) => {
    const root = packageOf(id);
    const category: Category = root
      ? JSON.parse(fs.readFileSync(path.join(dist, root, `${id}.json`), 'utf8'))
      : allText[id];
    return category.sections.flatMap((s) => s.blocks);
  };
  const order = (toc.categories as unknown as Category[]).flatMap((c) =>
    c.sections.flatMap((s) => s.blocks.map((b) => b.id)),
  );
  return { title: toc.title, order, categories, text, packageOf };
}

/** The first words of an entry's first paragraph, as the reader shows them. */
function opening(built: Built, categoryId: string, id: string): string {
  const block = built.text(categoryId).find((b) => b.id === id);
  const first = block?.paragraphs?.[0];
  return (typeof first === 'string' ? first : '').slice(0, 12);
}

const urlOf = (arg: unknown) => (arg as { url: string }).url;
const reader = (id: string, extra = '') => `pages/reader/index?id=${id}${extra}`;

async function openReader(h: Weapp, url: string): Promise<OpenPage> {
  const page = await h.open(url);
  await until('the reader to settle', () => !page.text().includes('正在载入'), page);
  return page;
}

/** A scenario: what a reader does in a fresh app, and what they must see. */
export interface Scenario {
  phone?: PhoneOptions;
  /** Only for a volume whose text lives in subpackages (the full-size build). */
  splitOnly?: boolean;
  /** Only for the seed volume (the scenario names its text: 表5, 区政府常务会议). */
  seedOnly?: boolean;
  run(h: Weapp, built: Built): Promise<void>;
}

export const scenarios: Record<string, Scenario> = {
  'contents → entry → next and previous': {
    async run(h, built) {
      const home = await h.open('pages/index/index');
      expect(home.text()).toContain(built.title);
      // An entry with a previous block, named once in its category (the contents show it by name).
      const category = built.categories[0];
      const named = (title: string) => category.entries.filter((e) => e.title === title).length;
      const first = category.entries.find(
        (e) => built.order.indexOf(e.id) > 0 && named(e.title) === 1 && !e.section.includes(e.title),
      )!;
      // A large volume's contents are folded by section: open the one holding the entry if needed.
      if (!home.text().includes(first.title)) await home.tapText(first.section);
      await until(`the contents to show ${first.title}`, () => home.text().includes(first.title), home);
      snap(h, home, 'contents');
      await home.tapText(first.title);
      expect(urlOf(h.callsTo('navigateTo').at(-1))).toBe(`/${reader(first.id)}`);
      let page = await h.follow();
      await until('the entry text', () => page.text().includes(opening(built, category.id, first.id)), page);
      snap(h, page, 'reader');
      expect(h.callsTo('setNavigationBarTitle').at(-1)).toMatchObject({ title: first.title });
      const next = built.order[built.order.indexOf(first.id) + 1];
      await page.tapText(/›\s*$/);
      expect(urlOf(h.callsTo('redirectTo').at(-1))).toBe(`/${reader(next)}`);
      page = await h.follow();
      await until('the next block', () => h.callsTo('setNavigationBarTitle').length === 2, page);
      expect(page.text()).not.toContain(opening(built, category.id, first.id));
      // ‹ 目录 leads back to the contents; the previous block's button carries its title.
      await page.tapText(new RegExp(`^\\s*‹\\s*${first.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      expect(urlOf(h.callsTo('redirectTo').at(-1))).toBe(`/${reader(first.id)}`);
      page = await h.follow();
      await until('the entry again', () => page.text().includes(opening(built, category.id, first.id)), page);
    },
  },

  'page view: the chapter page by page as printed': {
    async run(h, built) {
      const category = built.categories[0];
      const page = await openReader(h, reader(category.entries[0].id));
      await page.tapText('原页');
      // Not "第 n 页" alone: the entry's own line shows its page before the page view has drawn.
      await until('a printed page', () => page.text().includes('下一页'), page);
      const before = page.text();
      await page.tapText('下一页');
      await until('the next printed page', () => page.text() !== before, page);
      expect(page.text()).toMatch(/第\s*\d+\s*页/);
    },
  },

  'search: type, confirm, results, open a result at its hit': {
    async run(h, built) {
      const category = built.categories[0];
      const entry = category.entries[0];
      const query = /\p{Script=Han}{4}/u.exec(opening(built, category.id, entry.id))?.[0] ?? entry.title;
      const search = await h.open('pages/search/index');
      await search.input('.search-input', query);
      await search.input('.search-input', query, 'confirm');
      await until('results', () => /\d+\s*条/.test(search.text()), search, 8000);
      snap(h, search, 'search');
      expect(
        h.calls.some(
          (c) => c.api === 'FileSystemManager.readFileSync' && /index-1\.json$/.test(String(c.arg)),
        ),
      ).toBe(true);
      await search.tap('.result');
      const url = urlOf(h.callsTo('navigateTo').at(-1));
      expect(url).toContain(`q=${encodeURIComponent(query)}`);
      expect(search.text()).toContain(query);
      const page = await h.follow();
      await until('the hit bar', () => /第\s*1\s*\/\s*\d+\s*处/.test(page.text()), page, 8000);
    },
  },

  'bookmark → bookmarks page → remove': {
    async run(h, built) {
      const entry = built.categories[0].entries[0];
      const page = await openReader(h, reader(entry.id));
      await page.tapText('收藏');
      expect(h.callsTo('showToast').at(-1)).toMatchObject({ title: '已收藏' });
      const tab = await h.open('pages/bookmarks/index');
      expect(tab.text()).toContain(entry.title);
      await tab.tap('.remove');
      await until('the list to empty', () => tab.text().includes('还没有收藏'), tab);
    },
  },

  'copy: the clipboard holds the text with its citation': {
    async run(h, built) {
      const category = built.categories[0];
      const entry = category.entries[0];
      const page = await openReader(h, reader(entry.id));
      await page.tapText('复制');
      const copied = (h.callsTo('setClipboardData').at(-1) as { data: string }).data;
      expect(copied).toContain(opening(built, category.id, entry.id));
      expect(copied).toContain(built.title);
      expect(h.phone.state.clipboard).toBe(copied);
      await until('the toast', () => h.callsTo('showToast').length > 0);
    },
  },

  'copy refused by the privacy guide: the reader is told why': {
    phone: { clipboardRefused: true },
    async run(h, built) {
      const page = await openReader(h, reader(built.categories[0].entries[0].id));
      await page.tapText('复制');
      await until('the explanation', () => h.callsTo('showModal').length > 0);
      expect(h.callsTo('showModal').at(-1)).toMatchObject({ title: '未能复制' });
      expect((h.callsTo('showModal').at(-1) as { content: string }).content).toContain('隐私保护指引');
      expect(h.phone.state.clipboard).toBe('');
    },
  },

  'share to a chat and to Moments carries the entry': {
    async run(h, built) {
      const entry = built.categories[0].entries[1];
      const page = await openReader(h, reader(entry.id));
      const chat = page.instance.onShareAppMessage({ from: 'menu' }) as { title: string; path: string };
      expect(chat.title).toContain(entry.title);
      expect(chat.path).toBe(`/${reader(entry.id)}`);
      const moments = page.instance.onShareTimeline() as { title: string; query: string };
      expect(moments.title).toContain(entry.title);
      expect(moments.query).toBe(`id=${entry.id}`);
    },
  },

  'a mini-program code: scene=e%3D<id> opens the entry': {
    async run(h, built) {
      const category = built.categories[0];
      const entry = category.entries[2];
      const page = await openReader(h, `pages/reader/index?scene=e%3D${entry.id}`);
      expect(page.text()).toContain(opening(built, category.id, entry.id));
    },
  },

  'an unknown id: 条目不存在 with a way back': {
    async run(h) {
      const page = await openReader(h, reader('e0000000zz'));
      expect(page.text()).toContain('条目不存在');
      expect(page.text()).not.toContain('未能载入');
      await page.tapText('返回目录');
      expect(urlOf(h.callsTo('switchTab').at(-1))).toBe('/pages/index/index');
    },
  },

  'settings: font size and night kept across pages': {
    async run(h, built) {
      const entries = built.categories[0].entries;
      const page = await openReader(h, reader(entries[0].id));
      const size = () =>
        (page.comp.dom as Element).querySelector('[style*="font-size"]')?.getAttribute('style');
      const before = size();
      await page.tapText('A+');
      await page.tapText('A+');
      await page.tapText('夜间');
      await until('night', () => page.rootClasses().includes('night'), page);
      expect(size()).not.toBe(before);
      const saved = h.storage.get('zsnj.settings');
      expect(saved).toBeTruthy();
      const home = await h.open('pages/index/index');
      expect(home.rootClasses()).toContain('night');
      const next = await openReader(h, reader(entries[1].id));
      expect(next.rootClasses()).toContain('night');
      expect((next.comp.dom as Element).querySelector('[style*="font-size"]')?.getAttribute('style')).toBe(
        size(),
      );
    },
  },

  'every category opens an entry with its text (subpackages loaded as asked)': {
    async run(h, built) {
      for (const category of built.categories) {
        const entry = category.entries[0];
        const page = await openReader(h, reader(entry.id));
        expect(page.text()).toContain(opening(built, category.id, entry.id));
        const root = built.packageOf(category.id);
        if (root)
          expect(h.callsTo('loadSubpackage').map((o) => (o as { name: string }).name)).toContain(root);
        h.stack.pop()?.comp.detach();
      }
    },
  },

  'a failed load: 未能载入 and 重试, then the text once the fault clears': {
    phone: { offline: new Set(['*']) },
    splitOnly: true,
    async run(h, built) {
      const category = built.categories.find((c) => built.packageOf(c.id));
      if (!category) throw new Error('no category of this build has its text in a subpackage');
      const entry = category.entries[0];
      const page = await openReader(h, reader(entry.id));
      expect(page.text()).toContain('未能载入');
      expect(page.text()).toContain('重试');
      expect(page.text()).not.toContain('条目不存在');
      snap(h, page, 'load-failed');
      h.phone.online();
      await page.tapText('重试');
      await until(
        'the text after 重试',
        () => page.text().includes(opening(built, category.id, entry.id)),
        page,
      );
      expect(h.stack.length).toBe(1);
    },
  },
};
