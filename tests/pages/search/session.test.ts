import type { Search } from '../../../src/core/search/search';
import { findBlock } from '../../../src/core/volume/model';
import { Search as Engine } from '../../../src/core/search/search';
import {
  DEBOUNCE_MS,
  FIRST_SCREEN,
  PAGE,
  PER_YEAR,
  SearchSession,
  type SessionDeps,
  type SessionState,
} from '../../../src/pages/search/session';
import { groupResults, sectionChoices } from '../../../src/pages/search/sections';
import { quotedTerms, summaryLine } from '../../../src/pages/search/summary';
import { seedSearch } from '../../helpers/seedSearch';

const seed = seedSearch();

/** A second volume for the cross-year specs: the seed again, as another year (its results the same). */
const OTHER = { id: 'copy-2017', title: '上城年鉴（2017）', year: 2017 };
const SEED = { id: 'shangcheng', title: seed.volume.title, year: 2019 };

interface Options {
  loaded?: (id: string) => boolean;
  indexFails?: string;
  /** Also on the phone: the seed again as 2017 (its index failing with this message, if given). */
  other?: boolean | { fails: string };
  absent?: Array<{ id: string; title: string; year: number }>;
  /** The second volume's index opens only when the test calls `release()`. */
  holdOther?: boolean;
}

/** A clock and frames the test advances by hand; categories that load when the test says. */
function harness(options: Options = {}) {
  let now = 0;
  const timers: Array<{ at: number; f: () => void; live: boolean }> = [];
  const frames: Array<() => void> = [];
  const loads: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];
  const hidden = new Set<string>();
  const search: Search = new Engine(seed.data, (id) =>
    options.loaded && !options.loaded(id) && !hidden.has(id) ? undefined : findBlock(seed.volume, id)?.block,
  );
  const opened = new Map<string, Search>();
  const failing = new Map<string, string>();
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  if (options.indexFails) failing.set(SEED.id, options.indexFails);
  if (typeof options.other === 'object') failing.set(OTHER.id, options.other.fails);
  const deps: SessionDeps = {
    volumes: async () => ({ onPhone: options.other ? [SEED, OTHER] : [SEED], absent: options.absent ?? [] }),
    opened: (volume) => opened.get(volume),
    open: (volume) => {
      const fails = failing.get(volume);
      if (fails) return Promise.reject(new Error(fails));
      const ready = () => (opened.set(volume, search), search);
      return options.holdOther && volume === OTHER.id ? held.then(ready) : Promise.resolve(ready());
    },
    ensureBlocks: (_volume, ids) =>
      ids.length
        ? [
            new Promise<unknown>((resolve, reject) =>
              loads.push({
                resolve: () => {
                  ids.forEach((id) => hidden.add(id));
                  resolve(undefined);
                },
                reject,
              }),
            ),
          ]
        : [],
    later(f, ms) {
      const t = { at: now + ms, f, live: true };
      timers.push(t);
      return () => (t.live = false);
    },
    frame(f) {
      frames.push(f);
      return () => frames.splice(frames.indexOf(f) >>> 0, 1);
    },
    now: () => now,
  };
  const states: Array<{ state: SessionState; urgent: boolean }> = [];
  const session = new SearchSession(deps, (state, urgent) => states.push({ state, urgent }));
  const tick = (ms: number) => {
    now += ms;
    for (const t of timers.filter((x) => x.live && x.at <= now)) {
      t.live = false;
      t.f();
    }
  };
  const paint = () => frames.splice(0).forEach((f) => f());
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    session,
    states,
    /** States that carry an answer (opening the volumes draws states of its own). */
    answers: () => states.filter((s) => s.state.response),
    tick,
    paint,
    settle,
    loads,
    failing,
    release: () => release(),
    open: () => session.prepare(),
    last: () => states[states.length - 1]?.state,
  };
}

describe('the search session', () => {
  it('searches once the reader pauses, for what was typed last', async () => {
    const h = harness();
    await h.open();
    h.session.type('上');
    h.tick(100);
    h.session.type('上城');
    h.tick(DEBOUNCE_MS - 1);
    expect(h.answers()).toHaveLength(0);
    h.tick(1);
    expect(h.last().response?.query).toBe('上城');
    expect(h.answers()).toHaveLength(1);
  });

  it('draws the first screen at once, the rest of a page after a paint', async () => {
    const h = harness();
    await h.open();
    h.session.submit('上城区');
    expect(h.answers()[0]).toMatchObject({ urgent: true, state: { shown: FIRST_SCREEN } });
    h.paint();
    h.tick(0);
    expect(h.last().shown).toBe(PAGE);
    h.session.showMore();
    expect(h.last().shown).toBe(2 * PAGE);
    expect(h.last().response?.results[PAGE + 1].snippets.length).toBeGreaterThan(0);
  });

  it('opens the index on the first query and answers it then', async () => {
    const h = harness();
    h.session.submit('政府');
    expect(h.answers()).toHaveLength(0);
    await h.settle();
    expect(h.last().response?.query).toBe('政府');
  });

  it('says why the index could not be opened', async () => {
    const h = harness({ indexFails: 'search index damaged: checksum 1 where the build wrote 2' });
    h.session.submit('政府');
    await h.settle();
    expect(h.last().indexError).toContain('damaged');
    expect(h.last().response).toBeUndefined();
  });

  it('answers again, once a frame, as categories arrive', async () => {
    const h = harness({ loaded: () => false });
    await h.open();
    h.session.submit('城区人');
    expect(h.last().response?.missing.length).toBeGreaterThan(0);
    h.loads[0].resolve();
    await h.settle();
    h.paint();
    expect(h.last().response?.missing).toEqual([]);
    expect(h.last().response?.exactCount).toBe(3);
  });

  it('says a category failed to load, and loads it again on 重试', async () => {
    const h = harness({ loaded: () => false });
    await h.open();
    h.session.submit('城区人');
    h.loads[0].reject(new Error('offline'));
    await h.settle();
    expect(h.last().failedLoads).toBe(1);
    h.session.retry();
    expect(h.last().failedLoads).toBe(0);
    h.loads[1].resolve();
    await h.settle();
    h.paint();
    expect(h.last().response?.exactCount).toBe(3);
    expect(h.last().failedLoads).toBe(0);
  });

  it('searches within earlier results from the next query on, and in the whole volume again', async () => {
    const h = harness();
    await h.open();
    h.session.submit('政务');
    const first = h.last().response!.results.map((r) => r.id);
    h.session.toggleWithin();
    h.session.submit('服务');
    expect(h.last().response!.results.every((r) => first.includes(r.id))).toBe(true);
    h.session.toggleWithin();
    expect(h.last().scope.within).toBeUndefined();
    expect(h.last().response!.total).toBeGreaterThan(first.length);
  });

  it('limits a query to a section by id', async () => {
    const h = harness();
    await h.open();
    h.session.submit('政府');
    const [, second] = sectionChoices(h.last().response!.results);
    h.session.setSection(second.id);
    expect(h.last().response!.results.every((r) => r.sectionId === second.id)).toBe(true);
  });
});

describe('the search session across years', () => {
  it('searches every volume on the phone, newest first, each year with its count and a few results', async () => {
    const h = harness({ other: true });
    await h.open();
    h.session.submit('政府');
    const { response, counts } = h.last();
    expect(counts.map((c) => [c.year, c.total])).toEqual([
      [2019, seed.search.search('政府').total],
      [2017, seed.search.search('政府').total],
    ]);
    // One year does not push the others off the list: each gives its first few.
    expect(response!.results.map((r) => r.year)).toEqual([
      ...Array(PER_YEAR).fill(2019),
      ...Array(PER_YEAR).fill(2017),
    ]);
    expect(response!.results[PER_YEAR].volume).toBe(OTHER.id);
  });

  it('filters to one year, every result from it, the other years still counted', async () => {
    const h = harness({ other: true });
    await h.open();
    h.session.submit('政府');
    h.session.setVolume(OTHER.id);
    const { response, counts } = h.last();
    expect(new Set(response!.results.map((r) => r.volume))).toEqual(new Set([OTHER.id]));
    expect(response!.total).toBe(seed.search.search('政府').total);
    expect(response!.results.length).toBeGreaterThan(PER_YEAR);
    expect(counts.map((c) => c.volume)).toEqual([SEED.id, OTHER.id]);
    h.session.setVolume(undefined);
    expect(new Set(h.last().response!.results.map((r) => r.volume))).toEqual(new Set([SEED.id, OTHER.id]));
  });

  it('keeps the chosen year while the query is refined, and a new query starts from every year', async () => {
    const h = harness({ other: true });
    await h.open();
    h.session.submit('政府');
    h.session.setVolume(OTHER.id);
    // 政府 → 政府工作: still the words the year was chosen for.
    h.session.submit('政府工作');
    expect(h.last().scope.volume).toBe(OTHER.id);
    expect(new Set(h.last().response!.results.map((r) => r.volume))).toEqual(new Set([OTHER.id]));
    // Typed a new word: every year again (全部年份), typed or confirmed alike.
    h.session.type('服务');
    h.tick(DEBOUNCE_MS);
    expect(h.last().scope).toEqual({});
    expect(new Set(h.last().response!.results.map((r) => r.volume))).toEqual(new Set([SEED.id, OTHER.id]));
  });

  it('limits to a section only within the chosen year, and drops it when the year changes', async () => {
    const h = harness({ other: true });
    await h.open();
    h.session.submit('政府');
    h.session.setVolume(OTHER.id);
    const [, second] = sectionChoices(h.last().response!.results);
    h.session.setSection(second.id);
    const results = h.last().response!.results;
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.volume === OTHER.id && r.sectionId === second.id)).toBe(true);
    h.session.setVolume(SEED.id);
    expect(h.last().scope).toEqual({ volume: SEED.id, within: undefined });
    expect(h.last().response!.results.some((r) => r.sectionId !== second.id)).toBe(true);
  });

  it('searches within earlier results of every year, each result kept with its volume', async () => {
    const h = harness({ other: true });
    await h.open();
    h.session.submit('政务');
    const first = h.last().response!.results.map((r) => `${r.volume}/${r.id}`);
    h.session.toggleWithin();
    h.session.submit('服务');
    const next = h.last().response!.results.map((r) => `${r.volume}/${r.id}`);
    expect(next.length).toBeGreaterThan(0);
    expect(next.every((k) => first.includes(k))).toBe(true);
    expect(new Set(h.last().response!.results.map((r) => r.volume)).size).toBe(2);
  });

  it('names a volume that failed to open, searches the others, and opens it on 重试', async () => {
    const h = harness({ other: { fails: 'copy-2017/search-index.json: not JSON' } });
    await h.open();
    h.session.submit('政府');
    expect(h.last().volumes.map((v) => [v.year, v.state])).toEqual([
      [2019, 'ready'],
      [2017, 'failed'],
    ]);
    expect(h.last().volumes[1].error).toContain('not JSON');
    expect(h.last().indexError).toBeUndefined();
    expect(new Set(h.last().response!.results.map((r) => r.volume))).toEqual(new Set([SEED.id]));
    h.failing.delete(OTHER.id);
    h.session.retry();
    await h.settle();
    expect(h.last().volumes.every((v) => v.state === 'ready')).toBe(true);
    expect(h.last().counts.map((c) => c.year)).toEqual([2019, 2017]);
  });

  it('answers a query typed while volumes open with those in, and again as each arrives', async () => {
    const h = harness({ other: true, holdOther: true });
    h.session.submit('政府');
    await h.settle();
    expect(h.last().counts.map((c) => c.year)).toEqual([2019]);
    expect(h.last().volumes.map((v) => v.state)).toEqual(['ready', 'opening']);
    h.release();
    await h.settle();
    h.paint();
    expect(h.last().counts.map((c) => c.year)).toEqual([2019, 2017]);
    expect(new Set(h.last().response!.results.map((r) => r.year))).toEqual(new Set([2019, 2017]));
  });

  it('passes on the years listed on the 书架 but not on the phone', async () => {
    const absent = [{ id: 'gov-2016', title: '2016 年卷', year: 2016 }];
    const h = harness({ absent });
    await h.open();
    expect(h.last().absent).toEqual(absent);
  });
});

describe('sections of the results', () => {
  const result = (sectionId: string, category: string, section: string) =>
    ({ sectionId, category, section }) as Parameters<typeof sectionChoices>[0][number];

  it('stay apart when their titles repeat, and say their category then', () => {
    const results = [result('a', '政府', '综述'), result('b', '人大', '综述'), result('c', '政府', '会议')];
    expect(sectionChoices(results)).toEqual([
      { id: 'a', label: '政府 › 综述' },
      { id: 'b', label: '人大 › 综述' },
      { id: 'c', label: '会议' },
    ]);
    expect(groupResults(results).map((g) => g.heading)).toEqual([
      '政府 › 综述',
      '人大 › 综述',
      '政府 › 会议',
    ]);
  });
});

describe('the summary', () => {
  it('quotes a long query cut, with an ellipsis', () => {
    expect(quotedTerms(['政'.repeat(300)])).toBe(`${'政'.repeat(16)}…`);
    expect(quotedTerms(['上城区', '政府'])).toBe('上城区 政府');
  });

  it('counts literal hits and scattered ones apart, the time kept on one line', () => {
    const r = seed.search.search('企业服务');
    expect(summaryLine(r, 3)).toBe(
      `${r.exactCount} 条结果（另 ${r.total - r.exactCount} 条含其中的词） · 3\u00a0ms`,
    );
    expect(summaryLine(seed.search.search('归侨侨眷座谈会'), 1)).toMatch(
      /^没有找到“归侨侨眷座谈会”，\d+ 条含其中的词 · 1\u00a0ms$/,
    );
  });
});
