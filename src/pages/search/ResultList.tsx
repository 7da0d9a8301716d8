import { memo, useMemo } from 'react';
import { Highlighted } from '../../components/Highlighted';
import { Box } from '../../components/plain';
import type { SearchResult } from '../../core/search/search';
import { groupResults } from './sections';

interface Props {
  results: SearchResult[];
  /** How many are drawn. */
  shown: number;
  onOpen(result: SearchResult): void;
}

/**
 * The results drawn, grouped by section (by id: two sections of one title stay apart), each headed
 * "类目 › 分目". Memoised: typing in the search box re-renders the page, and must not redraw a list
 * that has not changed.
 */
export const ResultList = memo(function ResultList({ results, shown, onOpen }: Props) {
  const groups = useMemo(() => groupResults(results.slice(0, shown)), [results, shown]);
  return (
    <>
      {groups.map((g, gi) => (
        <Box key={gi} className="group">
          <Box className="group-title">{g.heading}</Box>
          {g.results.map((r, i) => (
            <Box
              // By place, not by id: a new query then rewrites the cards' text instead of
              // building new cards and removing the old (the cards keep no state of their own).
              key={i}
              className={`result ${r.exact ? '' : 'scattered'}`}
              role="link"
              aria-label={`打开 ${r.title}`}
              onClick={() => onOpen(r)}
            >
              <Box className="result-title">
                {r.kind === 'figure' ? '图　' : ''}
                <Highlighted text={r.title} ranges={r.titleHighlights} />
              </Box>
              {r.snippets.map((s, i) => (
                <Box key={i} className="snippet">
                  {s.start > 0 && '…'}
                  <Highlighted text={s.text} ranges={s.highlights} />
                </Box>
              ))}
              {!r.exact && <Box className="scattered-note">含检索词中的词，但不相连</Box>}
            </Box>
          ))}
        </Box>
      ))}
    </>
  );
});
