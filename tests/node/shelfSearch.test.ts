import type { SearchOptions, SearchResponse, SearchResult } from '../../src/core/search/search';
import { ShelfSearch, type VolumeSearcher } from '../../src/core/shelf/shelfSearch';
import { hanCharacters } from '../../src/core/shelf/volumeCharacters';

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
});
