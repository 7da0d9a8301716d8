import type { ShelfResult, VolumeCount } from '../../../src/core/shelf/shelfSearch';
import { askShelf, scopedShelf } from '../../../src/pages/search/shelfScope';
import {
  absentLine,
  absentVolumes,
  groupByYear,
  yearChoices,
  yearList,
} from '../../../src/pages/search/years';
import { seedSearch } from '../../helpers/seedSearch';

const v = (year: number, id = `gov-${year}`, title = `${year} 年卷`) => ({ id, title, year });
const count = (year: number, total: number, id = `gov-${year}`): VolumeCount => ({
  volume: id,
  title: `${year} 年卷`,
  year,
  total,
  exactCount: total,
});

describe('years named in a line', () => {
  it.each([
    [[2019], '2019'],
    [[2016, 2017], '2017、2016'],
    [[2019, 2017, 2016, 2015, 1990], '2019、2017–2015、1990'],
    [[1985, 1986, 1987, 1988], '1988–1985'],
  ])('%j → %s', (years, line) => {
    expect(yearList(years.map((y) => v(y)))).toBe(line);
  });

  it('names a volume of no known year by its title', () => {
    expect(yearList([v(2019), v(0, 'x', '未标年份卷')])).toBe('2019、未标年份卷');
  });

  it('says the years not on the phone were not searched, and nothing when there are none', () => {
    expect(absentLine([v(2016), v(2017)])).toBe('2017、2016 未下载，未检索');
    expect(absentLine([])).toBe('');
  });
});

describe('volumes not on the phone', () => {
  it('are the listed ones neither bundled nor downloaded, newest first', () => {
    const listed = [
      { ...v(2019), bundled: false },
      { ...v(2018, 'seed'), bundled: true },
      { ...v(1985), bundled: false },
      { ...v(2016), bundled: false },
    ];
    expect(absentVolumes(listed, [{ id: 'seed' }, { id: 'gov-2019' }]).map((x) => x.year)).toEqual([
      2016, 1985,
    ]);
  });
});

describe('year chips', () => {
  it('offer the years holding the query with their counts, two volumes of one year by title', () => {
    const counts = [
      count(2019, 3),
      count(2018, 0),
      count(2017, 12),
      { ...count(2017, 1, 'b'), title: '乙卷' },
    ];
    expect(yearChoices(counts).map((c) => c.label)).toEqual(['2019 · 3', '2017 年卷 · 12', '乙卷 · 1']);
  });
});

describe('results under their years', () => {
  const result = (volume: string, year: number, sectionId: string) =>
    ({ volume, year, sectionId, category: '类', section: sectionId }) as ShelfResult;

  it('group by volume in the order given, each with its count and its sections', () => {
    const results = [
      result('gov-2019', 2019, 'a'),
      result('gov-2019', 2019, 'b'),
      result('gov-2019', 2019, 'a'),
      result('gov-2016', 2016, 'a'),
    ];
    const groups = groupByYear(results, [count(2019, 40), count(2016, 1)]);
    expect(groups.map((g) => [g.year, g.total, g.drawn, g.sections.map((s) => s.sectionId)])).toEqual([
      [2019, 40, 3, ['a', 'b']],
      [2016, 1, 1, ['a']],
    ]);
  });
});

describe('a scope over several volumes', () => {
  const seed = seedSearch();
  const volumes = [
    { id: 'a', title: 'A', year: 2019, search: seed.search },
    { id: 'b', title: 'B', year: 2017, search: seed.search },
  ];

  it('applies a section only to the volume it belongs to', () => {
    const [, section] = seed.search.search('政府').results.map((r) => r.sectionId);
    const answer = scopedShelf(volumes, { volume: 'b', sectionId: section }).search('政府', { limit: 100 });
    const a = answer.results.filter((r) => r.volume === 'a');
    const b = answer.results.filter((r) => r.volume === 'b');
    expect(a.length).toBe(seed.search.search('政府', { limit: 100 }).results.length);
    expect(b.length).toBeGreaterThan(0);
    expect(b.every((r) => r.sectionId === section)).toBe(true);
  });

  it('caps each volume when asked, every result still counted', () => {
    const answer = scopedShelf(volumes, {}, 2).search('政府', { limit: 100 });
    expect(answer.results.map((r) => r.volume)).toEqual(['a', 'a', 'b', 'b']);
    expect(answer.total).toBe(2 * seed.search.search('政府').total);
  });

  it('across every year, shows the literal hits only when a year holds the query literally', () => {
    const options = { limit: 100, snippetsFor: 20, perYear: 5 };
    const some = seed.search.search('企业服务');
    expect(some.exactCount).toBeGreaterThan(0);
    expect(some.total).toBeGreaterThan(some.exactCount);
    const all = askShelf(volumes, '企业服务', {}, options).response;
    expect(all.results.length).toBe(2 * Math.min(5, some.exactCount));
    expect(all.results.every((r) => r.exact)).toBe(true);
    // One year chosen: its whole list, the words apart after the literal hits.
    const one = askShelf(volumes, '企业服务', { volume: 'b' }, options).response;
    expect(one.results.filter((r) => !r.exact).length).toBe(some.total - some.exactCount);
    // Nowhere literally: the words apart are what there is.
    const apart = askShelf(volumes, '归侨侨眷座谈会', {}, options).response;
    expect(apart.exactCount).toBe(0);
    expect(apart.results.length).toBeGreaterThan(0);
    expect(apart.results.every((r) => !r.exact)).toBe(true);
  });
});
