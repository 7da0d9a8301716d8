import { foldText } from './fold';

/** Characters a query may have: the search box takes no more (and says so), a link's query is cut to it. */
export const QUERY_LIMIT = 200;

/**
 * The query's terms: folded as the text is (case, width, traditional → simplified), split at white
 * space, each once. Every term is kept however many there are: a result holds all of them or is not
 * called a match. Anything not a string is the empty query.
 */
export function queryTerms(query: unknown): string[] {
  if (typeof query !== 'string') return [];
  return [...new Set(foldText(query).split(/\s+/).filter(Boolean))];
}

/**
 * The forms each term is looked for in, for the reader's highlighting: one since folding turns both
 * scripts into one (kept as a list of lists for the callers that flatten it).
 */
export function termVariants(query: string): string[][] {
  return queryTerms(query).map((term) => [term]);
}
