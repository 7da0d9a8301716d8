import { termVariants, type SearchOptions, type SearchResponse, type SearchResult } from '../search/search';
import { mayHold, neededCharacters } from './volumeCharacters';

/** What the shelf needs of a volume's search: core/search's `Search`, through its public `search()`. */
export interface VolumeSearcher {
  search(query: unknown, options?: SearchOptions): SearchResponse;
}

/** A volume on hand for searching: its id and year (shelf.json) and its loaded search. */
export interface ShelfSearchVolume {
  id: string;
  title: string;
  year: number;
  search: VolumeSearcher;
  /**
   * The Han characters the volume uses (`hanCharacters` of its volume.json), if known: a volume
   * lacking a term's characters is not searched, which changes no answer and saves most of a
   * shelf search's time when a term belongs to a few years only.
   */
  characters?: ReadonlySet<number>;
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
    let room = Math.max(0, Math.floor(options.limit ?? 50));
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
    const suggestions = new Set<string>();
    const needed = neededCharacters(termVariants(response.query));
    response.terms = termVariants(response.query).map((v) => v[0]);
    const skipped: ShelfSearchVolume[] = [];
    for (const volume of this.volumes) {
      if (wanted && !wanted.has(volume.id)) continue;
      if (volume.characters && !mayHold(volume.characters, needed)) {
        skipped.push(volume);
        response.volumes.push({
          volume: volume.id,
          title: volume.title,
          year: volume.year,
          total: 0,
          exactCount: 0,
        });
        continue;
      }
      // Volumes after the limit is reached are still searched, with limit 0: their counts are shown.
      const answer = volume.search.search(query, {
        limit: room,
        snippets: options.snippets,
        snippetsFor: Math.min(room, snippetRoom),
      });
      for (const r of answer.results) response.results.push({ ...r, volume: volume.id, year: volume.year });
      room -= answer.results.length;
      snippetRoom -= Math.min(snippetRoom, answer.results.length);
      response.total += answer.total;
      response.exactCount += answer.exactCount;
      response.volumes.push({
        volume: volume.id,
        title: volume.title,
        year: volume.year,
        total: answer.total,
        exactCount: answer.exactCount,
      });
      for (const s of answer.suggestions) suggestions.add(s);
      if (answer.missing.length) response.missing.push({ volume: volume.id, ids: answer.missing });
    }
    // Nothing found anywhere: the skipped volumes' vocabularies may still suggest a near term.
    if (response.exactCount === 0)
      for (const volume of skipped)
        for (const s of volume.search.search(query, { limit: 0 }).suggestions) suggestions.add(s);
    if (response.exactCount === 0) response.suggestions = [...suggestions].slice(0, MAX_SUGGESTIONS);
    return response;
  }
}
