import { useMemo } from 'react';
import { Chips } from '../../components/Chips';
import { Box, Press, Span } from '../../components/plain';
import type { SearchResult } from '../../core/search/search';
import { ResultList } from './ResultList';
import { sectionChoices } from './sections';
import { FIRST_SCREEN, type SearchSession, type SessionState } from './session';
import { summaryLine } from './summary';

interface Props {
  state: SessionState & { response: NonNullable<SessionState['response']> };
  session: SearchSession;
  onPick(query: string): void;
  onOpen(result: SearchResult): void;
}

/** A query's answer: the summary, what could not be loaded, near terms, section chips, the results. */
export function Results({ state, session, onPick, onOpen }: Props) {
  const { response, scope, shown } = state;
  const choices = useMemo(() => sectionChoices(response.results), [response]);
  const chosen = choices.filter((c) => c.id === scope.sectionId);
  return (
    <Box className="results">
      <Box className="summary" aria-live="polite">
        <Span className="count">{summaryLine(response, state.ms)}</Span>
        {response.total > 0 && (
          <Box
            className={`link within ${scope.within ? 'on' : ''}`}
            role="button"
            onClick={() => session.toggleWithin()}
          >
            {scope.within ? '在全书中检索' : '在结果中检索'}
          </Box>
        )}
      </Box>
      {state.failedLoads > 0 && (
        <Box className="notice" role="alert">
          <Span className="notice-text">有 {state.failedLoads} 个类目的正文未能载入，结果可能不全。</Span>
          <Press className="button retry" onClick={() => session.retry()} aria-label="重新载入未能载入的类目">
            重试
          </Press>
        </Box>
      )}
      {response.exactCount === 0 && response.suggestions.length > 0 && (
        <Chips label="相近的词：" items={response.suggestions} onPick={onPick} />
      )}
      {scope.within && <Span className="within-note">在上次的 {scope.within.length} 条结果中检索</Span>}
      {(choices.length > 1 || scope.sectionId) && (
        <Box className="chips sections" role="tablist" aria-label="限定分目">
          <Box
            className={`chip ${scope.sectionId ? '' : 'on'}`}
            role="tab"
            onClick={() => session.setSection(undefined)}
          >
            全部
          </Box>
          {/* One row that scrolls sideways: the first paint holds what the screen shows of it,
              the rest come with the rest of the results. */}
          {(scope.sectionId ? chosen : choices).slice(0, shown > FIRST_SCREEN ? undefined : 3).map((c) => (
            <Box
              key={c.id}
              className={`chip ${scope.sectionId === c.id ? 'on' : ''}`}
              role="tab"
              onClick={() => session.setSection(c.id)}
            >
              {c.label}
            </Box>
          ))}
        </Box>
      )}
      <ResultList results={response.results} shown={shown} onOpen={onOpen} />
      {response.results.length > shown && (
        <Press className="button more" onClick={() => session.showMore()} aria-label="显示更多结果">
          显示更多（还有 {response.results.length - shown} 条）
        </Press>
      )}
    </Box>
  );
}
