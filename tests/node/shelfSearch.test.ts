import type { SearchOptions, SearchResponse, SearchResult } from '../../src/core/search/search';
import { ShelfSearch, type VolumeSearcher } from '../../src/core/shelf/shelfSearch';
import { hanCharacters, volumeCharacters } from '../../src/core/shelf/volumeCharacters';
import { seedSearch } from '../helpers/seedSearch';

/** A volume's search that answers from a fixed list of hits, ranked as given, and records its calls. */
function fakeVolume(hits: string[], suggestions: string[] = []): VolumeSearcher & { calls: SearchOptions[] } {
  const calls: SearchOptions[] = [];
  return {
    calls,
    search(query: unknown, options: SearchOptions = {}): SearchResponse {
      calls.push(options);
      const limit = options.limit ?? 50;
      const results = hits.slice(0, limit).map((id, rank): SearchResult => ({
        id,
        kind: 'entry',
        title: id,
        category: '类目',
        section: '分目',
        sectionId: 's1',
        titleHighlights: [],
        score: 10 - rank,
        exact: true,
        snippets:
          rank < (options.snippetsFor ?? Infinity)
            ? [{ text: id, paragraph: 0, start: 0, highlights: [] }]
            : [],
      }));
      return {
        query: String(query),
        terms: [String(query)],
        results,
        exactCount: hits.length,
        total: hits.length,
        suggestions: hits.length ? [] : suggestions,
        missing: [],
      };
    },
  };
}

const shelf = () =>
  new ShelfSearch([
    { id: 'v2017', title: '2017', year: 2017, search: fakeVolume(['a1', 'a2']) },
    { id: 'v2019', title: '2019', year: 2019, search: fakeVolume(['c1', 'c2', 'c3']) },
    { id: 'v2018', title: '2018', year: 2018, search: fakeVolume([], ['相近']) },
  ]);

describe('search across the volumes of a shelf', () => {
  it('answers newest volume first, then each volume’s own ranking, each result with its volume and year', () => {
    const r = shelf().search('词');
    expect(r.results.map((x) => [x.volume, x.year, x.id])).toEqual([
      ['v2019', 2019, 'c1'],
      ['v2019', 2019, 'c2'],
      ['v2019', 2019, 'c3'],
      ['v2017', 2017, 'a1'],
      ['v2017', 2017, 'a2'],
    ]);
    expect(r.total).toBe(5);
    expect(r.volumes.map((v) => [v.year, v.total])).toEqual([
      [2019, 3],
      [2018, 0],
      [2017, 2],
    ]);
    expect(r.suggestions).toEqual([]);
  });

  it('keeps to the limit across volumes yet counts every volume, and gives snippets to the first n only', () => {
    const s = shelf();
    const r = s.search('词', { limit: 4, snippetsFor: 2 });
    expect(r.results.map((x) => x.id)).toEqual(['c1', 'c2', 'c3', 'a1']);
    expect(r.results.map((x) => x.snippets.length)).toEqual([1, 1, 0, 0]);
    expect(r.total).toBe(5);
    expect(r.volumes.find((v) => v.volume === 'v2017')?.total).toBe(2);
    const none = s.search('词', { limit: 0 });
    expect(none.results).toEqual([]);
    expect(none.total).toBe(5);
  });

  it('searches only the volumes asked for', () => {
    const r = shelf().search('词', { volumes: ['v2017'] });
    expect(r.results.map((x) => x.volume)).toEqual(['v2017', 'v2017']);
    expect(r.volumes.map((v) => v.volume)).toEqual(['v2017']);
  });

  it('offers the volumes’ suggestions only when no volume holds the query', () => {
    expect(shelf().search('词', { volumes: ['v2018'] }).suggestions).toEqual(['相近']);
    expect(shelf().search('词').suggestions).toEqual([]);
  });

  it('answers anything typed, even not a string, without throwing', () => {
    const s = new ShelfSearch([]);
    expect(s.search(undefined).results).toEqual([]);
    expect(shelf().search({}).query).toBe('');
  });

  it('does not open a volume that lacks a character of a term, but still counts it and asks it for suggestions', () => {
    const with2019 = fakeVolume(['c1']);
    const with2017 = fakeVolume(['a1']);
    const s = new ShelfSearch([
      {
        id: 'v2019',
        title: '2019',
        year: 2019,
        search: with2019,
        characters: hanCharacters('最多跑一次改革'),
      },
      { id: 'v2017', title: '2017', year: 2017, search: with2017, characters: hanCharacters('乡镇企业') },
    ]);
    const r = s.search('跑一次');
    expect(r.results.map((x) => x.volume)).toEqual(['v2019']);
    expect(r.volumes.map((v) => [v.volume, v.total])).toEqual([
      ['v2019', 1],
      ['v2017', 0],
    ]);
    expect(with2017.calls).toEqual([]);
    s.search('鑫');
    expect(with2017.calls).toEqual([{ limit: 0 }]);
    expect(hanCharacters('Ａ跑，x鑫')).toEqual(new Set(['跑'.codePointAt(0), '鑫'.codePointAt(0)]));
  });

  it('opens a volume printed in traditional characters for a simplified query', () => {
    const old = fakeVolume(['t1']);
    const s = new ShelfSearch([
      { id: 'v1954', title: '1954', year: 1954, search: old, ...volumeCharacters('全國人民代表大會開會') },
    ]);
    expect(s.search('代表大会').results.map((x) => x.id)).toEqual(['t1']);
    expect(old.calls).toHaveLength(1);
  });

  it('does not open a volume holding a term’s characters but none of its pairs side by side', () => {
    const apart = fakeVolume(['a1']);
    const s = new ShelfSearch([
      { id: 'v1', title: '1', year: 2001, search: apart, ...volumeCharacters('人大，民主') },
    ]);
    expect(s.search('人民').volumes).toEqual([
      { volume: 'v1', title: '1', year: 2001, total: 0, exactCount: 0 },
    ]);
    expect(s.search('民人').total).toBe(0);
    expect(apart.calls.filter((c) => c.limit !== 0)).toEqual([]);
    // A pair side by side may be a word of a scattered hit (人大 … 民主): the volume is asked.
    expect(s.search('人大民主').total).toBe(1);
  });

  it('orders suggestions by volume whichever volumes were skipped, and asks none when a volume holds the query', () => {
    const newer = fakeVolume([], ['新词']);
    const older = fakeVolume([], ['旧词']);
    const s = new ShelfSearch([
      { id: 'v2', title: '2', year: 2002, search: newer, ...volumeCharacters('另有一些字') },
      { id: 'v1', title: '1', year: 2001, search: older, ...volumeCharacters('跑一次') },
    ]);
    expect(s.search('跑一次').suggestions).toEqual(['新词', '旧词']);
    const holds = fakeVolume(['h1']);
    const after = fakeVolume(['a1']);
    new ShelfSearch([
      { id: 'v2', title: '2', year: 2002, search: holds },
      { id: 'v1', title: '1', year: 2001, search: after },
    ]).search('词');
    // Searching a volume never works out suggestions: a later volume may hold the query.
    expect(holds.calls).toEqual([expect.objectContaining({ suggest: false })]);
    expect(after.calls).toEqual([expect.objectContaining({ suggest: false })]);
  });

  it('takes a limit that is not a number as the default', () => {
    const volume = fakeVolume(['a', 'b', 'c']);
    const s = new ShelfSearch([{ id: 'v1', title: '1', year: 2001, search: volume }]);
    expect(s.search('词', { limit: NaN }).results.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(volume.calls[0].limit).toBe(50);
  });

  it('takes a volume’s suggestions from its `suggest` when it has one, not from a second search', () => {
    const volume = { ...fakeVolume([]), suggest: jest.fn(() => ['最多跑一次']) };
    const s = new ShelfSearch([{ id: 'v1', title: '1', year: 2001, search: volume }]);
    expect(s.search('最多跑两次').suggestions).toEqual(['最多跑一次']);
    expect(volume.calls).toHaveLength(1);
    expect(volume.suggest).toHaveBeenCalledWith('最多跑两次');
  });

  it('asks the volumes for suggestions, newest first, only until there are enough', () => {
    const years = [2005, 2004, 2003].map((year) =>
      fakeVolume(
        [],
        [1, 2, 3, 4, 5].map((n) => `${year}词${n}`),
      ),
    );
    const s = new ShelfSearch(
      years.map((search, i) => ({ id: `v${i}`, title: `${i}`, year: 2005 - i, search })),
    );
    const { suggestions } = s.search('跑一次');
    expect(suggestions).toHaveLength(8);
    expect(suggestions.slice(0, 5)).toEqual(['2005词1', '2005词2', '2005词3', '2005词4', '2005词5']);
    expect(suggestions.slice(5)).toEqual(['2004词1', '2004词2', '2004词3']);
    // The oldest was searched once, and not asked again: eight were found before it.
    expect(years[2].calls).toHaveLength(1);
  });
});

describe('a volume counted past the shelf’s results (limit 0)', () => {
  const { search } = seedSearch();

  it('counts exactly what a ranked search finds, without results or, when told, suggestions', () => {
    for (const q of [
      '上城区',
      '人民',
      '最多跑一次',
      '归侨侨眷座谈会',
      '区政府常务会',
      '鑫鑫鑫',
      '政务 督查',
    ]) {
      const ranked = search.search(q, { limit: 1000 });
      const counted = search.search(q, { limit: 0 });
      expect([counted.total, counted.exactCount, counted.results]).toEqual([
        ranked.total,
        ranked.exactCount,
        [],
      ]);
      expect(counted.suggestions).toEqual(ranked.suggestions);
      expect(search.search(q, { limit: 0, suggest: false }).suggestions).toEqual([]);
    }
    expect(search.search('归侨侨眷座谈会', { limit: 0 }).total).toBeGreaterThan(0);
  });
});
