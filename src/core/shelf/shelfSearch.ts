import {
  resultLimit,
  termVariants,
  type SearchOptions,
  type SearchResponse,
  type SearchResult,
} from '../search/search';
import { mayAnswer, neededCharacters } from './volumeCharacters';

/** What the shelf needs of a volume's search: core/search's `Search`, through its public `search()`. */
export interface VolumeSearcher {
  search(query: unknown, options?: SearchOptions): SearchResponse;
  /** The volume's nearest terms to the query (a search's `suggestions`), without searching again. */
  suggest?(query: unknown): string[];
}

/** A volume on hand for searching: its id and year (shelf.json) and its loaded search. */
export interface ShelfSearchVolume {
  id: string;
  title: string;
  year: number;
  search: VolumeSearcher;
  /**
   * The Han characters the volume uses (`volumeCharacters` of its volume.json), if known: a volume
   * lacking a term's characters is not searched, which changes no answer and saves most of a
   * shelf search's time when a term belongs to a few years only.
   */
  characters?: ReadonlySet<number>;
  /** The pairs of Han characters printed side by side in the volume (`volumeCharacters`), if known: a sharper test. */
  pairs?: ReadonlySet<number>;
}

/** A search result with the volume it comes from. */
export interface ShelfResult extends SearchResult {
  /** The volume's id. */
  volume: string;
  /** The year the volume records. */
  year: number;
}

/** How many results one volume holds, for grouping by year and naming years without a hit. */
export interface VolumeCount {
  volume: string;
  title: string;
  year: number;
  /** Results in the volume (before `limit`). */
  total: number;
  /** Of those, results holding every term literally. */
  exactCount: number;
}

export interface ShelfResponse {
  query: string;
  /** The terms looked for after folding. */
  terms: string[];
  /** Newest volume first, then each volume's own ranking. */
  results: ShelfResult[];
  /** Results in every volume searched (before `limit`). */
  total: number;
  exactCount: number;
  /** Every volume searched, newest first, with its counts (zero included). */
  volumes: VolumeCount[];
  /** When no volume holds the query literally: the nearest terms of the volumes' vocabularies. */
  suggestions: string[];
  /** Blocks whose text was not at hand, by volume (see SearchResponse.missing). */
  missing: Array<{ volume: string; ids: string[] }>;
}

export interface ShelfSearchOptions {
  /** Results returned at most, across all volumes (all are counted). Default 50. */
  limit?: number;
  /** Only these volumes (ids); default every volume on hand. */
  volumes?: string[];
  snippets?: SearchOptions['snippets'];
  /** Results given snippets: the first n across all volumes (default: all returned). */
  snippetsFor?: number;
}

const MAX_SUGGESTIONS = 8;

/**
 * Search across the volumes of a shelf that are on hand: each volume is searched with its own index
 * and ranking, and the answers are laid end to end, newest volume first — a reader following a
 * policy across years reads the latest word first. Never throws on any input.
 */
export class ShelfSearch {
  /** The volumes, newest first (equal years keep the order given, which is shelf.json's). */
  readonly volumes: readonly ShelfSearchVolume[];

  constructor(volumes: ShelfSearchVolume[]) {
    this.volumes = volumes
      .map((v, i) => ({ v, i }))
      .sort((a, b) => b.v.year - a.v.year || a.i - b.i)
      .map(({ v }) => v);
  }

  search(query: unknown, options: ShelfSearchOptions = {}): ShelfResponse {
    const wanted = options.volumes && new Set(options.volumes);
    let room = resultLimit(options.limit);
    let snippetRoom = options.snippetsFor ?? Infinity;
    const response: ShelfResponse = {
      query: typeof query === 'string' ? query : '',
      terms: [],
      results: [],
      total: 0,
      exactCount: 0,
      volumes: [],
      suggestions: [],
      missing: [],
    };
    response.terms = termVariants(response.query).map((v) => v[0]);
    const needed = neededCharacters(response.terms);
    const searched: ShelfSearchVolume[] = [];
    for (const volume of this.volumes) {
      if (wanted && !wanted.has(volume.id)) continue;
      const count: VolumeCount = {
        volume: volume.id,
        title: volume.title,
        year: volume.year,
        total: 0,
        exactCount: 0,
      };
      response.volumes.push(count);
      searched.push(volume);
      if (!mayAnswer(volume, needed)) continue;
      // Volumes after the limit is reached are still searched, with limit 0: their counts are shown.
      const answer = volume.search.search(query, {
        limit: room,
        snippets: options.snippets,
        snippetsFor: Math.min(room, snippetRoom),
        // Suggestions are shown only when no volume holds the query: asked for after all are searched.
        suggest: false,
      });
      for (const r of answer.results) response.results.push({ ...r, volume: volume.id, year: volume.year });
      room -= answer.results.length;
      snippetRoom -= Math.min(snippetRoom, answer.results.length);
      response.total += answer.total;
      response.exactCount += answer.exactCount;
      count.total = answer.total;
      count.exactCount = answer.exactCount;
      if (answer.missing.length) response.missing.push({ volume: volume.id, ids: answer.missing });
    }
    if (response.exactCount === 0) response.suggestions = this.suggest(query, searched);
    return response;
  }

  /**
   * Nothing found anywhere: the volumes' nearest terms, newest volume first, until there are enough
   * (a volume skipped for lacking the query's characters too: its vocabulary may hold a near term).
   * Asked only now: a volume searched before the one holding the query needs none.
   */
  private suggest(query: unknown, volumes: ShelfSearchVolume[]): string[] {
    const suggestions = new Set<string>();
    for (const volume of volumes) {
      if (suggestions.size >= MAX_SUGGESTIONS) break;
      const own = volume.search.suggest
        ? volume.search.suggest(query)
        : volume.search.search(query, { limit: 0 }).suggestions;
      for (const s of own) suggestions.add(s);
    }
    return [...suggestions].slice(0, MAX_SUGGESTIONS);
  }
}
