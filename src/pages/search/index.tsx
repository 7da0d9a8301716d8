import { Button, Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Chips } from '../../components/Chips';
import { Highlighted } from '../../components/Highlighted';
import { readerUrl } from '../../core/reader/deepLink';
import { suggestedTerms } from '../../core/reader/suggested';
import type { SearchResponse, SearchResult } from '../../core/search/search';
import { ensureBlocks, getHistory, loadSearch, openedSearch, volume } from '../../app/library';
import { useSettings } from '../../app/useSettings';
import './index.scss';

const DEBOUNCE_MS = 250;
/** Results drawn at first; more on request (drawing is what costs on a phone, not searching). */
const PAGE = 20;
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
    const ask = () =>
      search.search(q, {
        limit: 100,
        sections: options.section ? [options.section] : undefined,
        within: options.within,
      });
    const response = ask();
    setShown(PAGE);
    setOutcome({ response, ms: Date.now() - started });
    // A large volume: categories not loaded yet hold candidates or snippets; load them, answer again.
    if (response.missing.length) {
      ensureBlocks(response.missing)
        .then(() => {
          if (latest.current === q) setOutcome({ response: ask(), ms: Date.now() - started });
        })
        .catch(() => undefined);
    }
  };
  useEffect(() => () => clearTimeout(timer.current), []);

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
    run(q);
    remember(q);
  };
  const open = (r: SearchResult) => {
    remember(query);
    Taro.navigateTo({
      url: readerUrl({
        id: r.id,
        query: outcome?.response.terms.join(' '),
        paragraph: r.snippets[0]?.paragraph,
      }),
    });
  };

  const groups = useMemo(() => group((outcome?.response.results ?? []).slice(0, shown)), [outcome, shown]);
  const sections = useMemo(
    () => [...new Set((outcome?.response.results ?? []).map((r) => r.section))],
    [outcome],
  );
  const response = outcome?.response;

  return (
    <View className={`page search ${night ? 'night' : ''}`}>
      <View className="search-bar">
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
          <Button
            className="button clear"
            onClick={() => (setQuery(''), setOutcome(undefined), setWithin(undefined), setSection(undefined))}
            aria-label="清除检索词"
          >
            清除
          </Button>
        )}
      </View>

      {!response && (
        <View className="idle">
          {history.length > 0 && (
            <View className="chips-block">
              <View className="chips-head">
                <Text>检索历史</Text>
                <View
                  className="link"
                  role="button"
                  aria-label="清空检索历史"
                  onClick={() => (getHistory().clear(), setHistory([]))}
                >
                  清空
                </View>
              </View>
              <Chips items={history} onPick={searchNow} />
            </View>
          )}
          <View className="chips-block">
            <View className="chips-head">
              <Text>本卷常见</Text>
            </View>
            <Chips items={SUGGESTED} onPick={searchNow} />
          </View>
        </View>
      )}

      {response && (
        <View className="results">
          <View className="summary" aria-live="polite">
            <Text className="count">
              {response.exactCount > 0
                ? `${response.exactCount} 条结果${response.total > response.exactCount ? `（另 ${response.total - response.exactCount} 条含其中的词）` : ''}`
                : `没有找到“${response.terms.join(' ')}”${response.total ? `，${response.total} 条含其中的词` : ''}`}
              {` · ${outcome.ms} ms`}
            </Text>
            {response.total > 0 && (
              <View
                className={`link ${within ? 'on' : ''}`}
                role="button"
                onClick={() => {
                  const next = within ? undefined : response.results.map((r) => r.id);
                  setWithin(next);
                  if (!next) run(query, { section, within: undefined });
                }}
              >
                {within ? '在全书中检索' : '在结果中检索'}
              </View>
            )}
          </View>
          {response.exactCount === 0 && response.suggestions.length > 0 && (
            <Chips label="相近的词：" items={response.suggestions} onPick={searchNow} />
          )}
          {within && <Text className="within-note">在上次的 {within.length} 条结果中检索</Text>}
          {(sections.length > 1 || section) && (
            <View className="chips sections" role="tablist" aria-label="限定分目">
              <View
                className={`chip ${section ? '' : 'on'}`}
                role="tab"
                onClick={() => (setSection(undefined), run(query, { section: undefined, within }))}
              >
                全部
              </View>
              {(section ? [section] : sections).map((s) => (
                <View
                  key={s}
                  className={`chip ${section === s ? 'on' : ''}`}
                  role="tab"
                  onClick={() => (setSection(s), run(query, { section: s, within }))}
                >
                  {s}
                </View>
              ))}
            </View>
          )}
          {groups.map((g) => (
            <View key={g.key} className="group">
              <Text className="group-title">
                {g.category} › {g.section || '（无分目）'}
              </Text>
              {g.results.map((r) => (
                <View
                  key={r.id}
                  className={`result ${r.exact ? '' : 'scattered'}`}
                  role="link"
                  aria-label={`打开 ${r.title}`}
                  onClick={() => open(r)}
                >
                  <Text className="result-title">
                    {r.kind === 'figure' ? '图　' : ''}
                    {r.title}
                  </Text>
                  {r.snippets.map((s, i) => (
                    <View key={i} className="snippet">
                      {s.start > 0 && '…'}
                      <Highlighted text={s.text} ranges={s.highlights} />
                    </View>
                  ))}
                  {!r.exact && <Text className="scattered-note">含检索词中的词，但不相连</Text>}
                </View>
              ))}
            </View>
          ))}
          {response.results.length > shown && (
            <Button className="button more" onClick={() => setShown(shown + PAGE)} aria-label="显示更多结果">
              显示更多（还有 {response.results.length - shown} 条）
            </Button>
          )}
        </View>
      )}
    </View>
  );
}

function group(results: SearchResult[]) {
  const out: Array<{ key: string; category: string; section: string; results: SearchResult[] }> = [];
  for (const r of results) {
    const key = `${r.category}\u0000${r.section}`;
    let g = out.find((x) => x.key === key);
    if (!g) out.push((g = { key, category: r.category, section: r.section, results: [] }));
    g.results.push(r);
  }
  return out;
}
