import type { SearchResponse } from '../../core/search/search';

/** The longest query quoted back in the summary: the box above shows it whole. */
const QUOTED = 16;

/** The query's terms as the summary quotes them, cut with "…" past QUOTED characters. */
export function quotedTerms(terms: string[]): string {
  const chars = [...terms.join(' ')];
  return chars.length > QUOTED ? `${chars.slice(0, QUOTED).join('')}…` : chars.join('');
}

/** The line above the results: how many hold the query, how many only its words, and the time. */
export function summaryLine(
  response: Pick<SearchResponse, 'exactCount' | 'total' | 'terms'>,
  ms: number,
): string {
  const { exactCount, total } = response;
  const count =
    exactCount > 0
      ? `${exactCount} 条结果${total > exactCount ? `（另 ${total - exactCount} 条含其中的词）` : ''}`
      : `没有找到“${quotedTerms(response.terms)}”${total ? `，${total} 条含其中的词` : ''}`;
  // A no-break space: "1" at a line's end and "ms" alone on the next read as two things.
  return `${count} · ${ms}\u00a0ms`;
}
