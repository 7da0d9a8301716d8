import type { Search } from '../../core/search/search';
import type { ShelfResponse, ShelfSearchVolume, VolumeCount } from '../../core/shelf/shelfSearch';
import { askShelf, type Scope } from './shelfScope';
import type { NamedVolume } from './years';

export type { Hit, Scope } from './shelfScope';

/** Results asked for at most: enough to scroll through on a phone, all of them counted. */
export const RESULT_LIMIT = 100;
/** Results drawn at first; more on request (drawing is what costs on a phone, not searching). */
export const PAGE = 20;
/** Drawn at once, before the screen is painted: more than a phone's screen holds. The rest follow. */
export const FIRST_SCREEN = 4;
/** A reader types several characters in a burst: search once they pause. */
export const DEBOUNCE_MS = 250;
/** Results a year when every year is searched: the years after the newest are not pushed off the list. */
export const PER_YEAR = 5;

/** The volumes the page can search (on the phone) and those it names as not downloaded. */
export interface VolumeList {
  /** The bundled volume and the downloaded ones. */
  onPhone: NamedVolume[];
  /** Listed on the 书架 but not on the phone. */
  absent: NamedVolume[];
}

/** What the session needs from the app: the volumes, their searches and texts, and the clock. */
export interface SessionDeps {
  /** The volumes on the phone and those not downloaded (no network asked). */
  volumes(): Promise<VolumeList>;
  /** A volume's search, if its index is open. */
  opened(volume: string): Search | undefined;
  /** Open a volume's index (once, however often asked; a failure is tried again by the next call). */
  open(volume: string): Promise<Search>;
  /** Load the categories of a volume holding these blocks: one promise a category. */
  ensureBlocks(volume: string, ids: string[]): Array<Promise<unknown>>;
  /** Run `f` after `ms`; returns a cancel. */
  later(f: () => void, ms: number): () => void;
  /** Run `f` at the next animation frame; returns a cancel. */
  frame(f: () => void): () => void;
  now(): number;
}

/** A volume on the phone and whether its index could be opened. */
export interface VolumeStatus extends NamedVolume {
  state: 'opening' | 'ready' | 'failed';
  /** Why it could not be opened. */
  error?: string;
}

/** Everything the search page draws, as one value. */
export interface SessionState {
  /** The query's answer; undefined for an empty query. */
  response?: ShelfResponse;
  /** Each year's count for the query, whichever year is chosen (newest first, zero included). */
  counts: VolumeCount[];
  /** Milliseconds the answer took. */
  ms: number;
  scope: Scope;
  /** Results drawn: a first screen, then a page, more on request. */
  shown: number;
  /** Categories whose text failed to load: the answer may be missing their hits. */
  failedLoads: number;
  /** Why no index could be opened, when none could (nothing can be searched). */
  indexError?: string;
  /** The volumes on the phone, newest first, each with its index's state. */
  volumes: VolumeStatus[];
  /** The volumes listed on the 书架 but not on the phone, newest first. */
  absent: NamedVolume[];
}

/**
 * The search page's coordination, apart from drawing: the volumes on the phone opened (each once; one
 * that fails is named, with a retry), debounced typing, the first screen drawn at once and the rest
 * after a paint, re-answers as categories' texts arrive (at most one a frame), and what failed to
 * load. `onChange` gets each new state; `urgent` asks for it to be drawn before the next paint.
 */
export class SearchSession {
  private state: SessionState = {
    ms: 0,
    scope: {},
    shown: PAGE,
    failedLoads: 0,
    counts: [],
    volumes: [],
    absent: [],
  };
  private latest = '';
  /** The query a year or a section was chosen for: the choice holds while the reader refines it. */
  private filteredQuery = '';
  private withSnippets = PAGE;
  private cancelTyping = () => {};
  private cancelRest = () => {};
  private failed = new Set<string>();
  private disposed = false;
  private preparing?: Promise<void>;
  private joinQueued = false;

  constructor(
    private readonly deps: SessionDeps,
    private readonly onChange: (state: SessionState, urgent: boolean) => void,
  ) {}

  get current(): SessionState {
    return this.state;
  }

  /**
   * List the volumes and open every one's index (each settles on its own); resolves once all have
   * opened or failed. Once, until `refresh` or a retry.
   */
  prepare(): Promise<void> {
    this.preparing ??= this.deps.volumes().then(
      (list) => this.openAll(list),
      () => this.openAll({ onPhone: this.state.volumes, absent: this.state.absent }),
    );
    return this.preparing;
  }

  /** The volumes on the phone may have changed (a download, a delete): list them again, answer again. */
  refresh(): void {
    const before = this.state.volumes.map((v) => v.id).join();
    this.preparing = undefined;
    void this.prepare().then(() => {
      // Back from the reader, nothing changed: the results stay as they were drawn (and scrolled).
      if (this.state.volumes.map((v) => v.id).join() === before) return;
      const { volume } = this.state.scope;
      if (volume && !this.state.volumes.some((v) => v.id === volume))
        this.state = { ...this.state, scope: {} };
      if (this.latest.trim()) this.run(this.latest);
    });
  }

  /** A key in the search box: search once the reader pauses. */
  type(query: string): void {
    this.cancelTyping();
    this.cancelTyping = this.deps.later(() => this.run(query, this.scopeFor(query)), DEBOUNCE_MS);
  }

  /** Search now (the search key, a chip). */
  submit(query: string): void {
    this.cancelTyping();
    this.run(query, this.scopeFor(query));
  }

  /**
   * The scope for a query the reader typed or picked. A year or section chosen stays while the query
   * refines the one it was chosen for (it still holds those words: 改革 → 改革开放); another query
   * starts again from every year (全部年份), so a new word is not silently searched in one year only.
   * Searching within earlier results is kept: the reader asked for it for the next queries.
   */
  private scopeFor(query: string): Scope {
    const { scope } = this.state;
    if (!scope.volume && !scope.sectionId) return scope;
    const base = this.filteredQuery.trim();
    if (base && query.includes(base)) return scope;
    return scope.within ? { within: scope.within } : {};
  }

  /** Empty box, every year, whole volumes. */
  clear(): void {
    this.cancelTyping();
    this.latest = '';
    this.set({ response: undefined, counts: [], scope: {}, failedLoads: 0 }, false);
  }

  /** One year (a volume id), or every year again; a section chosen in another year is dropped. */
  setVolume(volume: string | undefined): void {
    this.filteredQuery = this.latest;
    this.run(this.latest, { within: this.state.scope.within, volume });
  }

  /** One section (by id) of the chosen year (or of the only volume), or the whole year again. */
  setSection(sectionId: string | undefined): void {
    this.filteredQuery = this.latest;
    this.run(this.latest, { ...this.state.scope, sectionId });
  }

  /** Search within the current results from the next query on, or everywhere again now. */
  toggleWithin(): void {
    if (this.state.scope.within) return this.run(this.latest, { ...this.state.scope, within: undefined });
    const within = this.state.response?.results.map((r) => ({ volume: r.volume, id: r.id }));
    this.set({ scope: { ...this.state.scope, within } }, false);
  }

  /** Draw another page of results, with their snippets. */
  showMore(): void {
    const shown = this.state.shown + PAGE;
    this.withSnippets = shown;
    this.answer(this.latest, false, shown);
  }

  /** Open again the volumes that failed, load again the categories that failed, then answer again. */
  retry(): void {
    if (this.state.volumes.some((v) => v.state === 'failed')) {
      this.preparing = undefined;
      this.set({ indexError: undefined }, false);
      void this.prepare().then(() => this.latest.trim() && this.run(this.latest));
      return;
    }
    this.failed.clear();
    this.set({ failedLoads: 0 }, false);
    if (this.state.response) this.complete(this.latest, this.state.response);
  }

  dispose(): void {
    this.disposed = true;
    this.cancelTyping();
    this.cancelRest();
  }

  private async openAll(list: VolumeList): Promise<void> {
    const status = (v: NamedVolume): VolumeStatus => ({
      ...v,
      state: this.deps.opened(v.id) ? 'ready' : 'opening',
    });
    this.set({ volumes: list.onPhone.map(status), absent: list.absent }, false);
    // Side by side: each mostly waits on storage reads, and one after another their waits would add
    // up. A query typed meanwhile is answered by the volumes already open, again as each arrives.
    await Promise.all(
      list.onPhone.map((v) =>
        this.deps.open(v.id).then(
          () => this.mark(v.id, { state: 'ready', error: undefined }),
          (error: Error) => this.mark(v.id, { state: 'failed', error: error?.message || String(error) }),
        ),
      ),
    );
    const failed = this.state.volumes.filter((v) => v.state === 'failed');
    const none = this.state.volumes.length > 0 && failed.length === this.state.volumes.length;
    this.set({ indexError: none ? failed[0].error : undefined }, false);
  }

  private mark(id: string, change: Partial<VolumeStatus>): void {
    this.set({ volumes: this.state.volumes.map((v) => (v.id === id ? { ...v, ...change } : v)) }, false);
    if (change.state === 'ready') this.join();
  }

  /**
   * A volume has opened: the query waiting for its first answer gets it now; an answer already drawn
   * is given again with the new volume, at most once a frame.
   */
  private join(): void {
    const query = this.latest;
    if (!query.trim() || this.disposed) return;
    if (this.state.response?.query !== query) return this.run(query);
    if (this.joinQueued) return;
    this.joinQueued = true;
    this.deps.frame(() => {
      this.joinQueued = false;
      if (this.latest === query && !this.disposed) this.answer(query, false);
    });
  }

  /** The volumes whose index is open, for ShelfSearch. */
  private searchable(): ShelfSearchVolume[] {
    const out: ShelfSearchVolume[] = [];
    for (const v of this.state.volumes) {
      const search = v.state === 'ready' ? this.deps.opened(v.id) : undefined;
      if (search) out.push({ id: v.id, title: v.title, year: v.year, search });
    }
    return out;
  }

  private run(query: string, scope: Scope = this.state.scope): void {
    this.latest = query;
    this.state = { ...this.state, scope };
    if (!query.trim()) return this.set({ response: undefined, counts: [] }, false);
    if (this.searchable().length === 0) {
      // The first search opens the indexes; this query runs as soon as one is open (join).
      void this.prepare();
      return;
    }
    this.withSnippets = PAGE;
    this.failed.clear();
    this.answer(query, true, FIRST_SCREEN);
    this.cancelRest();
    // The first screen is painted before the rest of the page's worth is drawn: a frame, then a task
    // after it (a task queued from an animation frame runs once that frame is painted).
    this.cancelRest = this.deps.frame(() => {
      this.cancelRest = this.deps.later(
        () => this.set({ shown: Math.max(this.state.shown, PAGE) }, false),
        0,
      );
    });
  }

  private ask(query: string) {
    const volumes = this.searchable();
    if (volumes.length === 0) return undefined;
    return askShelf(volumes, query, this.state.scope, {
      limit: RESULT_LIMIT,
      snippetsFor: this.withSnippets,
      perYear: PER_YEAR,
    });
  }

  private answer(query: string, urgent: boolean, shown = this.state.shown): void {
    const started = this.deps.now();
    const answer = this.ask(query);
    if (!answer) return;
    this.set(
      {
        response: answer.response,
        counts: answer.counts,
        ms: this.deps.now() - started,
        shown,
        failedLoads: this.failed.size,
        indexError: undefined,
      },
      urgent,
    );
    this.complete(query, answer.response);
  }

  /**
   * Categories not loaded yet hold candidates or snippets: load them and answer again as each arrives
   * (at most once a frame), so the first texts show before the last category is in. A category that
   * fails is counted, so the page can say the answer is incomplete and offer to retry.
   */
  private complete(query: string, response: ShelfResponse): void {
    let queued = false;
    const again = () => {
      queued = false;
      if (this.latest !== query || this.disposed) return;
      const next = this.ask(query);
      if (next)
        this.set({ response: next.response, counts: next.counts, failedLoads: this.failed.size }, false);
    };
    const loads = response.missing.flatMap(({ volume, ids }) =>
      this.deps.ensureBlocks(volume, ids).map((loading, i) => ({ loading, key: `${volume}\u0000${i}` })),
    );
    for (const { loading, key } of loads)
      loading.then(
        () => {
          if (!queued) this.deps.frame(again);
          queued = true;
        },
        () => {
          if (this.latest !== query || this.disposed) return;
          this.failed.add(`${query}\u0000${key}`);
          this.set({ failedLoads: this.failed.size }, false);
        },
      );
  }

  private set(change: Partial<SessionState>, urgent: boolean): void {
    if (this.disposed) return;
    this.state = { ...this.state, ...change };
    this.onChange(this.state, urgent);
  }
}
