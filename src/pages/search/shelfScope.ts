import type { SearchOptions } from '../../core/search/search';
import {
  ShelfSearch,
  type ShelfResponse,
  type ShelfSearchVolume,
  type VolumeSearcher,
} from '../../core/shelf/shelfSearch';

/** A result as a scope remembers it: which volume, which block. */
export interface Hit {
  volume: string;
  id: string;
}

/** Where a query is looked for: one year (a volume id), one section of it, earlier results, or everywhere. */
export interface Scope {
  /** One volume only (the year filter). */
  volume?: string;
  /** One section (by id) of `volume`, or of the only volume on the phone: sections belong to a volume. */
  sectionId?: string;
  /** Only these earlier results. */
  within?: Hit[];
}

/** What one volume's search is narrowed to, on top of the options ShelfSearch passes. */
interface Narrowing {
  sectionIds?: string[];
  within?: string[];
  /** Results of this volume at most. */
  cap?: number;
  /** Only results holding the query literally (a volume's ranking puts them first). */
  literal?: boolean;
}

/** A volume's search with a section, earlier results or a cap applied to every query it gets. */
function narrowed(search: VolumeSearcher, n: Narrowing): VolumeSearcher {
  if (!n.sectionIds && !n.within && n.cap === undefined && !n.literal) return search;
  return {
    search: (query: unknown, options: SearchOptions = {}) => {
      const answer = search.search(query, {
        ...options,
        sectionIds: n.sectionIds,
        within: n.within,
        limit: n.cap === undefined ? options.limit : Math.min(n.cap, options.limit ?? n.cap),
      });
      return n.literal ? { ...answer, results: answer.results.filter((r) => r.exact) } : answer;
    },
    suggest: search.suggest && ((query: unknown) => search.suggest!(query)),
  };
}

/**
 * The ShelfSearch for a scope over the volumes whose search is open: earlier results and a section
 * narrow each volume's own search (core/search's `within` and `sectionIds`), and `cap` keeps one
 * year from filling the whole answer when every year is searched. The section applies only to the
 * volume it belongs to: `scope.volume`, or the only volume there is.
 */
export function scopedShelf(
  volumes: ShelfSearchVolume[],
  scope: Scope,
  cap?: number,
  literal = false,
): ShelfSearch {
  const sectionVolume = scope.volume ?? (volumes.length === 1 ? volumes[0].id : undefined);
  return new ShelfSearch(
    volumes.map((v) => ({
      ...v,
      search: narrowed(v.search, {
        sectionIds: scope.sectionId && v.id === sectionVolume ? [scope.sectionId] : undefined,
        within: scope.within?.filter((h) => h.volume === v.id).map((h) => h.id),
        cap,
        literal,
      }),
    })),
  );
}

/** What the page shows for a query: the answer in scope, and each year's count whichever year is chosen. */
export interface ScopedAnswer {
  response: ShelfResponse;
  /** Every volume searched, newest first, with its count for the query (earlier results applied, no section). */
  counts: ShelfResponse['volumes'];
}

export interface AskOptions {
  limit: number;
  snippetsFor: number;
  /** Results a year at most when every year is searched (several volumes, none chosen). */
  perYear?: number;
}

/**
 * Ask the volumes a query in a scope. Every year searched (several volumes, none chosen): each year
 * gives its first `perYear`, only literal hits when any year has one. With a year chosen, the year chips still count every year
 * (a second, result-less search), so the reader sees where else the query is.
 */
export function askShelf(
  volumes: ShelfSearchVolume[],
  query: string,
  scope: Scope,
  options: AskOptions,
): ScopedAnswer {
  const chosen = scope.volume && volumes.some((v) => v.id === scope.volume) ? scope.volume : undefined;
  const cap = !chosen && volumes.length > 1 ? options.perYear : undefined;
  const ask = (literal: boolean) =>
    scopedShelf(volumes, { ...scope, volume: chosen }, cap, literal).search(query, {
      limit: options.limit,
      snippetsFor: options.snippetsFor,
      volumes: chosen ? [chosen] : undefined,
    });
  // Across every year, the literal hits only when there are any: a year whose first few are only
  // the query's words apart would otherwise stand before the years that hold it (its list, under the
  // year filter, has them all).
  let response = ask(cap !== undefined);
  if (cap !== undefined && response.exactCount === 0 && response.total > 0) response = ask(false);
  if (!chosen) return { response, counts: response.volumes };
  const counts = scopedShelf(volumes, { within: scope.within }).search(query, { limit: 0 }).volumes;
  return { response, counts };
}
