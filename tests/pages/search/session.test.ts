import type { Search } from '../../../src/core/search/search';
import { findBlock } from '../../../src/core/volume/model';
import { Search as Engine } from '../../../src/core/search/search';
import {
  DEBOUNCE_MS,
  FIRST_SCREEN,
  PAGE,
  SearchSession,
  type SessionDeps,
  type SessionState,
} from '../../../src/pages/search/session';
import { groupResults, sectionChoices } from '../../../src/pages/search/sections';
import { quotedTerms, summaryLine } from '../../../src/pages/search/summary';
import { seedSearch } from '../../helpers/seedSearch';

const seed = seedSearch();

/** A clock and frames the test advances by hand; categories that load when the test says. */
function harness(options: { loaded?: (id: string) => boolean; indexFails?: string } = {}) {
  let now = 0;
  const timers: Array<{ at: number; f: () => void; live: boolean }> = [];
  const frames: Array<() => void> = [];
  const loads: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];
  const hidden = new Set<string>();
  const search: Search = new Engine(seed.data, (id) =>
    options.loaded && !options.loaded(id) && !hidden.has(id) ? undefined : findBlock(seed.volume, id)?.block,
  );
  let opened: Search | undefined;
  const deps: SessionDeps = {
    opened: () => opened,
    open: () =>
      options.indexFails ? Promise.reject(new Error(options.indexFails)) : Promise.resolve((opened = search)),
    ensureBlocks: (ids) =>
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
    tick,
    paint,
    settle,
    loads,
    open: () => deps.open(),
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
    expect(h.states).toHaveLength(0);
    h.tick(1);
    expect(h.last().response?.query).toBe('上城');
    expect(h.states.filter((s) => s.state.response)).toHaveLength(1);
  });

  it('draws the first screen at once, the rest of a page after a paint', async () => {
    const h = harness();
    await h.open();
    h.session.submit('上城区');
    expect(h.states[0]).toMatchObject({ urgent: true, state: { shown: FIRST_SCREEN } });
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
    expect(h.states).toHaveLength(0);
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
