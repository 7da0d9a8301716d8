import { memo, useMemo } from 'react';
import { Highlighted } from '../../components/Highlighted';
import { Box, Span } from '../../components/plain';
import type { ShelfResult, VolumeCount } from '../../core/shelf/shelfSearch';
import type { ResultGroup } from './sections';
import { groupByYear } from './years';

interface Props {
  results: ShelfResult[];
  /** Each year's count (for the years' headings). */
  counts: VolumeCount[];
  /** How many are drawn. */
  shown: number;
  /** Several volumes on the phone: the results stand under their years. */
  byYear: boolean;
  /** A year is chosen: its heading offers no "只看这一年". */
  yearChosen: boolean;
  onOpen(result: ShelfResult): void;
  onYear(volume: string): void;
}

/** One section's results, headed "类目 › 分目". */
function SectionGroup({ group, onOpen }: { group: ResultGroup; onOpen(result: ShelfResult): void }) {
  return (
    <Box className="group">
      <Box className="group-title">{group.heading}</Box>
      {(group.results as ShelfResult[]).map((r, i) => (
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
  );
}

/**
 * The results drawn: under their volumes (each by its title), newest first, each with its count (several volumes on
 * the phone), and within a volume grouped by section (by id: two sections of one title stay apart).
 * Memoised: typing in the search box re-renders the page, and must not redraw a list that has not
 * changed.
 */
export const ResultList = memo(function ResultList(props: Props) {
  const { results, counts, shown, byYear, yearChosen, onOpen, onYear } = props;
  const years = useMemo(() => groupByYear(results.slice(0, shown), counts), [results, counts, shown]);
  if (!byYear)
    return (
      <>
        {years
          .flatMap((y) => y.sections)
          .map((g, gi) => (
            <SectionGroup key={gi} group={g} onOpen={onOpen} />
          ))}
      </>
    );
  return (
    <>
      {years.map((y, yi) => (
        <Box key={yi} className="year" data-volume={y.volume}>
          <Box className="year-title" role="heading" aria-level={2}>
            <Span className="year-number">{y.label}</Span>
            <Span className="year-count">{y.total} 条</Span>
          </Box>
          {y.sections.map((g, gi) => (
            <SectionGroup key={gi} group={g} onOpen={onOpen} />
          ))}
          {!yearChosen && y.total > y.drawn && (
            <Box
              className="link year-more"
              role="button"
              aria-label={`只看 ${y.label} 的结果`}
              onClick={() => onYear(y.volume)}
            >
              {y.label} 还有 {y.total - y.drawn} 条，只看这一卷 ›
            </Box>
          )}
        </Box>
      ))}
    </>
  );
});
