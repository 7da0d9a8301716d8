import { Input } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { flushSync } from 'react-dom';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Chips } from '../../components/Chips';
import { Box, Span, Press } from '../../components/plain';
import { readerUrl } from '../../core/reader/deepLink';
import { suggestedTerms } from '../../core/reader/suggested';
import type { SearchResponse, SearchResult } from '../../core/search/search';
import { ResultList } from './ResultList';
import { ensureBlocks, getHistory, loadSearch, openedSearch, volume } from '../../app/library';
import { useSettings } from '../../app/useSettings';
import './index.scss';

const DEBOUNCE_MS = 250;
/** Results drawn at first; more on request (drawing is what costs on a phone, not searching). */
const PAGE = 20;
/** Drawn at once, before the screen is painted: more than a phone's screen holds. The rest follow. */
const FIRST_SCREEN = 4;
const SUGGESTED = suggestedTerms(volume);

interface Outcome {
  response: SearchResponse;
  ms: number;
}

/** 全文检索: results as the reader types (debounced), grouped by category › section. */
export default function SearchPage() {
  const { night } = useSettings();
  const [query, setQuery] = useState('');
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [section, setSection] = useState<string | undefined>();
  const [within, setWithin] = useState<string[] | undefined>();
  const [history, setHistory] = useState<string[]>(() => getHistory().list());
  const [shown, setShown] = useState(PAGE);
  const timer = useRef<ReturnType<typeof setTimeout>>();

  const latest = useRef('');
  const run = (q: string, options: { section?: string; within?: string[] } = { section, within }) => {
    latest.current = q;
    if (!q.trim()) return setOutcome(undefined);
    const started = Date.now();
    const search = openedSearch();
    if (!search) {
      // The first search opens the index; this query runs as soon as it is ready.
      loadSearch()
        .then(() => latest.current === q && run(q, options))
        .catch(() => Taro.showToast({ title: '检索索引未能载入', icon: 'none' }));
      return;
    }
    // Snippets are cut for the results drawn (a page's worth), not for every result counted.
    const ask = (snippetsFor: number) =>
      search.search(q, {
        limit: 100,
        snippetsFor,
        sections: options.section ? [options.section] : undefined,
        within: options.within,
      });
    asking.current = ask;
    withSnippets.current = PAGE;
    const response = ask(PAGE);
    // Drawn within the key's own event, not in a task after it: the results reach the next frame.
    flushSync(() => {
      setShown(FIRST_SCREEN);
      setOutcome({ response, ms: Date.now() - started });
    });
    drawRestAfterPaint();
    completeLater(q, response, started);
  };

  /** The query's search, kept to cut snippets for more results when the reader asks for them. */
  const asking = useRef<(snippetsFor: number) => SearchResponse>();
  /** How many results have snippets: a page's worth, more after 显示更多. */
  const withSnippets = useRef(PAGE);
  const showMore = () => {
    const next = shown + PAGE;
    const ask = asking.current;
    if (ask) {
      const started = Date.now();
      withSnippets.current = next;
      const response = ask(next);
      setOutcome({ response, ms: Date.now() - started });
      completeLater(latest.current, response, started);
    }
    setShown(next);
  };

  /**
   * A large volume: categories not loaded yet hold candidates or snippets. Load them and answer again
   * as each arrives (at most once a frame), so the first texts show before the last category is in.
   */
  const completeLater = (q: string, response: SearchResponse, started: number) => {
    let queued = false;
    const answer = () => {
      queued = false;
      const ask = asking.current;
      if (latest.current === q && ask)
        setOutcome({ response: ask(withSnippets.current), ms: Date.now() - started });
    };
    for (const loading of ensureBlocks(response.missing))
      loading
        .then(() => {
          if (!queued) requestAnimationFrame(answer);
          queued = true;
        })
        .catch(() => undefined);
  };
  useEffect(() => () => clearTimeout(timer.current), []);
  // A reader opens this page to search: the index starts loading now, not at the first query.
  useEffect(() => void loadSearch().catch(() => undefined), []);

  // The first screen of results is painted before the rest of the page's worth is drawn: a frame,
  // then a task after it (a task queued from an animation frame runs once that frame is painted).
  const rest = useRef<ReturnType<typeof setTimeout>>();
  const drawRestAfterPaint = () => {
    clearTimeout(rest.current);
    requestAnimationFrame(() => {
      clearTimeout(rest.current);
      rest.current = setTimeout(() => setShown((n) => Math.max(n, PAGE)), 0);
    });
  };
  useEffect(() => () => clearTimeout(rest.current), []);

  const onInput = (value: string) => {
    setQuery(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => run(value), DEBOUNCE_MS);
  };
  const remember = (q: string) => {
    try {
      getHistory().add(q);
      setHistory(getHistory().list());
    } catch {
      // A full storage must not stop a search.
    }
  };
  const searchNow = (q: string) => {
    setQuery(q);
    clearTimeout(timer.current);
    // Remembered first, so the history's update is drawn with the results, not in a second pass.
    remember(q);
    run(q);
  };
  // One function for the page's life, so the memoised result list is not redrawn as the reader types.
  const current = useRef({ query, outcome });
  current.current = { query, outcome };
  const open = useCallback((r: SearchResult) => {
    remember(current.current.query);
    Taro.navigateTo({
      url: readerUrl({
        id: r.id,
        query: current.current.outcome?.response.terms.join(' '),
        paragraph: r.snippets[0]?.paragraph,
      }),
    });
  }, []);

  const sections = useMemo(
    () => [...new Set((outcome?.response.results ?? []).map((r) => r.section))],
    [outcome],
  );
  const response = outcome?.response;

  return (
    <Box className={`page search ${night ? 'night' : ''}`}>
      <Box className="search-bar">
        <Input
          className="search-input"
          type="text"
          confirmType="search"
          placeholder="检索全书，如：最多跑一次"
          value={query}
          maxlength={200}
          onInput={(e) => onInput(e.detail.value)}
          onConfirm={(e) => searchNow(e.detail.value)}
          aria-label="检索词"
        />
        {query && (
          <Press
            className="button clear"
            onClick={() => (setQuery(''), setOutcome(undefined), setWithin(undefined), setSection(undefined))}
            aria-label="清除检索词"
          >
            清除
          </Press>
        )}
      </Box>

      {!response && (
        <Box className="idle">
          {history.length > 0 && (
            <Box className="chips-block">
              <Box className="chips-head">
                <Span>检索历史</Span>
                <Box
                  className="link"
                  role="button"
                  aria-label="清空检索历史"
                  onClick={() => (getHistory().clear(), setHistory([]))}
                >
                  清空
                </Box>
              </Box>
              <Chips items={history} onPick={searchNow} />
            </Box>
          )}
          <Box className="chips-block">
            <Box className="chips-head">
              <Span>本卷常见</Span>
            </Box>
            <Chips items={SUGGESTED} onPick={searchNow} />
          </Box>
        </Box>
      )}

      {response && (
        <Box className="results">
          <Box className="summary" aria-live="polite">
            <Span className="count">
              {response.exactCount > 0
                ? `${response.exactCount} 条结果${response.total > response.exactCount ? `（另 ${response.total - response.exactCount} 条含其中的词）` : ''}`
                : `没有找到“${response.terms.join(' ')}”${response.total ? `，${response.total} 条含其中的词` : ''}`}
              {` · ${outcome.ms} ms`}
            </Span>
            {response.total > 0 && (
              <Box
                className={`link ${within ? 'on' : ''}`}
                role="button"
                onClick={() => {
                  const next = within ? undefined : response.results.map((r) => r.id);
                  setWithin(next);
                  if (!next) run(query, { section, within: undefined });
                }}
              >
                {within ? '在全书中检索' : '在结果中检索'}
              </Box>
            )}
          </Box>
          {response.exactCount === 0 && response.suggestions.length > 0 && (
            <Chips label="相近的词：" items={response.suggestions} onPick={searchNow} />
          )}
          {within && <Span className="within-note">在上次的 {within.length} 条结果中检索</Span>}
          {(sections.length > 1 || section) && (
            <Box className="chips sections" role="tablist" aria-label="限定分目">
              <Box
                className={`chip ${section ? '' : 'on'}`}
                role="tab"
                onClick={() => (setSection(undefined), run(query, { section: undefined, within }))}
              >
                全部
              </Box>
              {/* One row that scrolls sideways: the first paint holds what the screen shows of it,
                  the rest come with the rest of the results. */}
              {(section ? [section] : sections).slice(0, shown > FIRST_SCREEN ? undefined : 3).map((s) => (
                <Box
                  key={s}
                  className={`chip ${section === s ? 'on' : ''}`}
                  role="tab"
                  onClick={() => (setSection(s), run(query, { section: s, within }))}
                >
                  {s}
                </Box>
              ))}
            </Box>
          )}
          <ResultList results={response.results} shown={shown} onOpen={open} />
          {response.results.length > shown && (
            <Press className="button more" onClick={showMore} aria-label="显示更多结果">
              显示更多（还有 {response.results.length - shown} 条）
            </Press>
          )}
        </Box>
      )}
    </Box>
  );
}
