import Taro from '@tarojs/taro';
import { useCallback, useRef, useState } from 'react';
import { Box, Span } from '../../components/plain';
import { readerUrl } from '../../core/reader/deepLink';
import type { ShelfResult } from '../../core/shelf/shelfSearch';
import { getHistory, suggested } from '../../app/library';
import { bundledId } from '../../app/volumes';
import { useSettings } from '../../app/useSettings';
import { Idle } from './Idle';
import { Results } from './Results';
import { SearchBar } from './SearchBar';
import { useSearchSession } from './useSearchSession';
import './index.scss';

/**
 * 全文检索: results as the reader types, from every volume on the phone, under their years and, within a
 * volume, grouped by category › section. The page draws; the session
 * (session.ts) decides when to search and what to draw.
 */
export default function SearchPage() {
  const { night } = useSettings();
  const [query, setQuery] = useState('');
  const [history, setHistory] = useState<string[]>(() => getHistory().list());
  const [state, session] = useSearchSession();

  // The handlers are made once for the page's life: the search bar is memoised, and redrawing it
  // (Taro's Input copies every prop onto its element) is not part of drawing an answer.
  const remember = useCallback((q: string) => {
    try {
      getHistory().add(q);
      setHistory(getHistory().list());
    } catch {
      // A full storage must not stop a search.
    }
  }, []);
  const searchNow = useCallback(
    (q: string) => {
      setQuery(q);
      // Remembered first, so the history's update is drawn with the results, not in a second pass.
      remember(q);
      session.submit(q);
    },
    [remember, session],
  );
  const typed = useCallback((value: string) => (setQuery(value), session.type(value)), [session]);
  const cleared = useCallback(() => (setQuery(''), session.clear()), [session]);
  // One function for the page's life, so the memoised result list is not redrawn as the reader types.
  const current = useRef({ query, terms: state.response?.terms });
  current.current = { query, terms: state.response?.terms };
  const open = useCallback(
    (r: ShelfResult) => {
      remember(current.current.query);
      const target = {
        id: r.id,
        // The result's own volume (none for the bundled one: its links stay as they were).
        volume: r.volume === bundledId ? undefined : r.volume,
        query: current.current.terms?.join(' '),
        paragraph: r.snippets[0]?.paragraph,
      };
      Taro.navigateTo({ url: readerUrl(target) });
    },
    [remember],
  );

  const response = state.response;
  return (
    // Busy while a volume's index is still opening (a bench and a test wait for every year).
    <Box
      className={`page search ${night ? 'night' : ''}`}
      aria-busy={state.volumes.length === 0 || state.volumes.some((v) => v.state === 'opening')}
    >
      <SearchBar
        query={query}
        onInput={typed}
        onSubmit={searchNow}
        onClear={cleared}
        allYears={state.volumes.length > 1}
      />
      {state.indexError && (
        <Box className="notice" role="alert">
          <Span className="notice-text">检索索引未能载入，暂时无法检索（{state.indexError}）。</Span>
        </Box>
      )}
      {!response && (
        <Idle
          history={history}
          suggested={suggested}
          onPick={searchNow}
          onClearHistory={() => (getHistory().clear(), setHistory([]))}
        />
      )}
      {response && (
        <Results
          state={{ ...state, response }}
          session={session}
          onPick={searchNow}
          onOpen={open}
          onShelf={() => Taro.navigateTo({ url: '/pages/shelf/index' })}
        />
      )}
    </Box>
  );
}
