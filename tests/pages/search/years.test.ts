import type { ShelfResult, VolumeCount } from '../../../src/core/shelf/shelfSearch';
import { askShelf, scopedShelf } from '../../../src/pages/search/shelfScope';
import {
  absentLine,
  absentVolumes,
  emptyLine,
  emptyVolumes,
  groupByYear,
  volumeList,
  yearChoices,
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

describe('volumes named in a line', () => {
  const sc = (year: number) => ({ id: `sc-${year + 1}`, title: `上城年鉴（${year + 1}）`, year });
  const gov = { id: 'gov-2018', title: '政府工作报告（2018）', year: 2018 };

  it('names each volume by its own title, not the year it records; a long title by its year', () => {
    expect(volumeList([sc(2018), gov])).toBe('上城年鉴（2019）、2018年卷');
    expect(volumeList([v(0, 'x', '')])).toBe('0年卷');
  });

  it('cuts a long list, saying how many', () => {
    const many = [2018, 2017, 2016, 2015, 2014, 2013, 2012, 2011].map(sc);
    expect(volumeList(many)).toBe(
      '上城年鉴（2019）、上城年鉴（2018）、上城年鉴（2017）、上城年鉴（2016）、上城年鉴（2015）、上城年鉴（2014） 等 8 卷',
    );
  });

  it('says the volumes not on the phone were not searched, and nothing when there are none', () => {
    expect(absentLine([sc(2017), sc(2016)])).toBe('上城年鉴（2018）、上城年鉴（2017） 未下载，未检索');
    expect(absentLine([])).toBe('');
  });

  it('names the volumes searched with no result, apart from those not downloaded', () => {
    const counts = [
      { ...count(2018, 4, 'sc-2019'), title: '上城年鉴（2019）' },
      { ...count(2017, 0, 'sc-2018'), title: '上城年鉴（2018）' },
      { ...count(2016, 0, 'sc-2017'), title: '上城年鉴（2017）' },
    ];
    expect(emptyVolumes(counts).map((x) => x.id)).toEqual(['sc-2018', 'sc-2017']);
    expect(emptyLine(emptyVolumes(counts))).toBe('上城年鉴（2018）、上城年鉴（2017） 无结果');
    expect(emptyLine(emptyVolumes([counts[0]]))).toBe('');
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
  it('offer the volumes holding the query with their counts, each by its own title', () => {
    const counts = [
      { ...count(2018, 3, 'sc-2019'), title: '上城年鉴（2019）' },
      { ...count(2018, 2, 'gov-2018'), title: '政府工作报告（2018）' },
      count(2017, 0),
      { ...count(2017, 1, 'b'), title: '乙卷' },
    ];
    expect(yearChoices(counts).map((c) => c.label)).toEqual([
      '上城年鉴（2019） · 3',
      '2018年卷 · 2',
      '乙卷 · 1',
    ]);
  });

  it('show full titles when two long titles of one year would read alike', () => {
    const counts = [
      { ...count(2018, 3, 'a'), title: '政府工作报告（2018）' },
      { ...count(2018, 2, 'b'), title: '上城区政府工作报告（2018）' },
    ];
    expect(yearChoices(counts).map((c) => c.label)).toEqual([
      '政府工作报告（2018） · 3',
      '上城区政府工作报告（2018） · 2',
    ]);
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

  it('two volumes of one year are two groups, each headed by its own title', () => {
    const results = [result('sc-2019', 2018, 'a'), result('gov-2018', 2018, 'a')];
    const counts = [
      { ...count(2018, 1, 'sc-2019'), title: '上城年鉴（2019）' },
      { ...count(2018, 1, 'gov-2018'), title: '政府工作报告（2018）' },
    ];
    expect(groupByYear(results, counts).map((g) => [g.volume, g.label])).toEqual([
      ['sc-2019', '上城年鉴（2019）'],
      ['gov-2018', '政府工作报告（2018）'],
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
