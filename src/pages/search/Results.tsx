import { useMemo } from 'react';
import { Chips } from '../../components/Chips';
import { Box, Press, Span } from '../../components/plain';
import { ChipRow } from './ChipRow';
import type { ShelfResult } from '../../core/shelf/shelfSearch';
import { Coverage } from './Coverage';
import { ResultList } from './ResultList';
import { sectionChoices } from './sections';
import type { SearchSession, SessionState } from './session';
import { summaryLine } from './summary';
import { yearChoices } from './years';

interface Props {
  state: SessionState & { response: NonNullable<SessionState['response']> };
  session: SearchSession;
  onPick(query: string): void;
  onOpen(result: ShelfResult): void;
  /** Open the 书架 (to download the years not on the phone). */
  onShelf(): void;
}

/**
 * A query's answer: the summary, which years were searched (and which were not), what could not be
 * loaded, near terms, the year and section filters, the results.
 */
export function Results({ state, session, onPick, onOpen, onShelf }: Props) {
  const { response, scope, shown, counts } = state;
  const byYear = state.volumes.length > 1;
  const years = useMemo(() => yearChoices(counts).map((c) => ({ ...c, id: c.volume })), [counts]);
  const choices = useMemo(() => sectionChoices(response.results), [response]);
  // Sections belong to a volume: offered within one year only.
  const sectionsShown = (!byYear || !!scope.volume) && (choices.length > 1 || !!scope.sectionId);
  const opening = state.volumes.some((v) => v.state === 'opening');
  return (
    <Box className="results" aria-busy={opening}>
      <Box className="summary" aria-live="polite">
        <Span className="count">{summaryLine(response, state.ms)}</Span>
        {response.total > 0 && (
          <Box
            className={`link within ${scope.within ? 'on' : ''}`}
            role="button"
            onClick={() => session.toggleWithin()}
          >
            {scope.within ? (byYear ? '在所有卷中检索' : '在全书中检索') : '在结果中检索'}
          </Box>
        )}
      </Box>
      <Coverage
        volumes={state.volumes}
        counts={counts}
        absent={state.absent}
        onRetry={() => session.retry()}
        onShelf={onShelf}
      />
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
      {byYear && (years.length > 1 || scope.volume) && (
        <ChipRow
          label="限定年份"
          all="全部年份"
          items={years}
          chosen={scope.volume}
          shown={shown}
          onChoose={(v) => session.setVolume(v)}
        />
      )}
      {sectionsShown && (
        <ChipRow
          label="限定分目"
          all="全部"
          items={scope.sectionId ? choices.filter((c) => c.id === scope.sectionId) : choices}
          chosen={scope.sectionId}
          shown={shown}
          onChoose={(id) => session.setSection(id)}
        />
      )}
      <ResultList
        results={response.results}
        counts={counts}
        shown={shown}
        byYear={byYear}
        yearChosen={!!scope.volume}
        onOpen={onOpen}
        onYear={(v) => session.setVolume(v)}
      />
      {response.results.length > shown && (
        <Press className="button more" onClick={() => session.showMore()} aria-label="显示更多结果">
          显示更多（还有 {response.results.length - shown} 条）
        </Press>
      )}
    </Box>
  );
}
