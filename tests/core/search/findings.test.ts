import * as OpenCC from 'opencc-js/cn2t';
import { foldText } from '../../../src/core/search/fold';
import type { Block, Category, Volume } from '../../../src/core/volume/types';
import { blocksInOrder } from '../../../src/core/volume/model';
import { searchOf, seedSearch, substringScan } from '../../helpers/seedSearch';

// The findings of issue 11, each as a reader meets it.

const { volume, search } = seedSearch();

/** The seed with a second category: the first printed again in traditional characters, new ids. */
function mixedScriptVolume(): Volume {
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const first = volume.categories[0];
  const block = (b: Block): Block => {
    if (b.kind === 'entry')
      return {
        ...b,
        id: `t${b.id}`,
        title: toTraditional(b.title),
        paragraphs: b.paragraphs.map(toTraditional),
      };
    if (b.kind === 'table')
      return {
        ...b,
        id: `t${b.id}`,
        title: toTraditional(b.title),
        rows: b.rows.map((r) => r.map(toTraditional)),
      };
    return { ...b, id: `t${b.id}`, caption: toTraditional(b.caption) };
  };
  const copy: Category = {
    ...first,
    id: `t${first.id}`,
    title: `${first.title}（繁体）`,
    sections: first.sections.map((s) => ({ ...s, id: `t${s.id}`, blocks: s.blocks.map(block) })),
  };
  return { ...volume, categories: [first, copy] };
}

const mixed = searchOf(mixedScriptVolume());
const ids = (s: typeof search, q: string, options = {}) =>
  s
    .search(q, { limit: 10000, ...options })
    .results.filter((r) => r.exact)
    .map((r) => r.id)
    .sort();

describe('1. either script finds both', () => {
  it.each([
    ['上城区', '上城區'],
    ['垃圾分类', '垃圾分類'],
    ['区政府常务会议', '區政府常務會議'],
    ['数据共享', '數據共享'],
    ['归侨侨眷', '歸僑僑眷'],
  ])('%s and %s find the same blocks, printed in either script', (simplified, traditional) => {
    const found = ids(mixed.search, simplified);
    expect(ids(mixed.search, traditional)).toEqual(found);
    expect(found).toEqual(substringScan(mixed.volume, simplified).sort());
    expect(found.some((id) => id.startsWith('t'))).toBe(true);
    expect(found.some((id) => !id.startsWith('t'))).toBe(true);
  });

  it('highlights the printed characters in either script', () => {
    const r = mixed.search.search('区政府常务会议', { limit: 10000 });
    const marked = r.results.flatMap((x) => [
      ...x.titleHighlights.map(([a, b]) => x.title.slice(a, b)),
      ...x.snippets.flatMap((s) => s.highlights.map(([a, b]) => s.text.slice(a, b))),
    ]);
    expect(new Set(marked)).toEqual(new Set(['区政府常务会议', '區政府常務會議']));
  });

  it('counts blocks of both scripts', () => {
    const one = search.search('常务会议').exactCount;
    expect(mixed.search.search('常務會議').exactCount).toBe(2 * one);
  });
});

describe('2. a title typed with a word left out', () => {
  it.each([
    ['归侨侨眷座谈会', '归侨侨眷代表座谈会'],
    ['区政府常务会', '区政府常务会议'],
    ['政务服务标准化', '政务服务标准化工作推进'],
  ])('%s puts the entry %s first', (query, title) => {
    expect(search.search(query).results[0].title).toBe(title);
  });

  it('marks such a hit as not literal, after every literal hit', () => {
    const r = search.search('归侨侨眷座谈会');
    expect(r.exactCount).toBe(0);
    expect(r.total).toBeGreaterThan(0);
    expect(r.results[0].exact).toBe(false);
    const marked = r.results[0].titleHighlights.map(([a, b]) => r.results[0].title.slice(a, b));
    expect(marked).toEqual(['归侨侨眷', '座谈']);
    const literalFirst = search.search('政府工作');
    const firstScattered = literalFirst.results.findIndex((x) => !x.exact);
    expect(firstScattered === -1 || firstScattered === literalFirst.exactCount).toBe(true);
  });
});

describe('3. every term is honoured', () => {
  const entry = blocksInOrder(volume).find(
    ({ block }) => block.kind === 'entry' && block.paragraphs.join('').length > 800,
  )!;
  // Twenty different two-character words of one entry's first paragraph.
  const words = [
    ...new Set((entry.block as { paragraphs: string[] }).paragraphs.join('').match(/[\u4e00-\u9fff]{2}/g)),
  ].slice(0, 20);

  it('answers a query of 20 terms for all 20', () => {
    const r = search.search(words.join(' '), { limit: 10000 });
    expect(r.terms).toHaveLength(20);
    expect(ids(search, words.join(' '))).toEqual(substringScan(volume, words.join(' ')).sort());
    expect(r.results.map((x) => x.id)).toContain(entry.block.id);
  });

  it('finds nothing literal when the 17th term is in no block', () => {
    const q = [...words.slice(0, 16), '鲸鱼座'].join(' ');
    expect(substringScan(volume, q)).toEqual([]);
    expect(search.search(q).exactCount).toBe(0);
  });
});

describe('5. sections of one title stay apart', () => {
  const r = mixed.search.search('政府', { limit: 10000 });
  const title = volume.categories[0].sections[0].title;

  it('gives each result its section id', () => {
    const byTitle = new Map<string, Set<string>>();
    for (const x of r.results) byTitle.set(x.section, (byTitle.get(x.section) ?? new Set()).add(x.sectionId));
    expect(byTitle.get(title)?.size).toBe(2);
  });

  it('filters by section id, not by title', () => {
    const one = r.results.find((x) => x.section === title && x.id.startsWith('t'))!;
    const within = mixed.search.search('政府', { limit: 10000, sectionIds: [one.sectionId] });
    expect(within.results.length).toBeGreaterThan(0);
    expect(within.results.every((x) => x.sectionId === one.sectionId && x.id.startsWith('t'))).toBe(true);
  });
});

describe('snippets (issue 12, #8)', () => {
  it('never repeat the title, and never overlap', () => {
    for (const q of ['区政府常务会议', '上城区', '常务会议', '表5', '政务']) {
      for (const x of search.search(q, { limit: 10000 }).results) {
        for (const s of x.snippets) expect(s.text).not.toBe(x.title);
        expect(x.snippets.every((s) => s.paragraph !== -1)).toBe(true);
        const spans = x.snippets.map((s) => [s.paragraph, s.start, s.start + s.text.length]);
        for (const [p, a, b] of spans)
          for (const [q2, c, d] of spans)
            if (p === q2 && (a !== c || b !== d)) expect(b <= c || d <= a).toBe(true);
      }
    }
  });

  it('mark the title where it holds the query', () => {
    const [first] = search.search('常务会议').results;
    expect(first.titleHighlights.map(([a, b]) => foldText(first.title.slice(a, b)))).toEqual(['常务会议']);
  });
});
