import type { Search, SearchResponse } from '../../core/search/search';

/** Results asked for at most: enough to scroll through on a phone, all of them counted. */
export const RESULT_LIMIT = 100;
/** Results drawn at first; more on request (drawing is what costs on a phone, not searching). */
export const PAGE = 20;
/** Drawn at once, before the screen is painted: more than a phone's screen holds. The rest follow. */
export const FIRST_SCREEN = 4;
/** A reader types several characters in a burst: search once they pause. */
export const DEBOUNCE_MS = 250;

/** What the session needs from the app: the search, the categories' texts, and the clock. */
export interface SessionDeps {
  /** The search, if its index is open. */
  opened(): Search | undefined;
  /** Open the index (once, however often asked). */
  open(): Promise<Search>;
  /** Load the categories holding these blocks: one promise a category. */
  ensureBlocks(ids: string[]): Array<Promise<unknown>>;
  /** Run `f` after `ms`; returns a cancel. */
  later(f: () => void, ms: number): () => void;
  /** Run `f` at the next animation frame; returns a cancel. */
  frame(f: () => void): () => void;
  now(): number;
}

/** Where a query is looked for: one section (by id), earlier results, or the whole volume. */
export interface Scope {
  sectionId?: string;
  within?: string[];
}

/** Everything the search page draws, as one value. */
export interface SessionState {
  /** The query's answer; undefined for an empty query. */
  response?: SearchResponse;
  /** Milliseconds the answer took. */
  ms: number;
  scope: Scope;
  /** Results drawn: a first screen, then a page, more on request. */
  shown: number;
  /** Categories whose text failed to load: the answer may be missing their hits. */
  failedLoads: number;
  /** Why the index could not be opened, if it could not. */
  indexError?: string;
}

/**
 * The search page's coordination, apart from drawing: debounced typing, the first screen drawn at
 * once and the rest after a paint, re-answers as categories' texts arrive (at most one a frame), and
 * what failed to load, with a retry. `onChange` gets each new state; `urgent` asks for it to be drawn
 * before the next paint (the answer to a key).
 */
export class SearchSession {
  private state: SessionState = { ms: 0, scope: {}, shown: PAGE, failedLoads: 0 };
  private latest = '';
  private withSnippets = PAGE;
  private cancelTyping = () => {};
  private cancelRest = () => {};
  private failed = new Set<string>();
  private disposed = false;

  constructor(
    private readonly deps: SessionDeps,
    private readonly onChange: (state: SessionState, urgent: boolean) => void,
  ) {}

  get current(): SessionState {
    return this.state;
  }

  /** A key in the search box: search once the reader pauses. */
  type(query: string): void {
    this.cancelTyping();
    this.cancelTyping = this.deps.later(() => this.run(query), DEBOUNCE_MS);
  }

  /** Search now (the search key, a chip). */
  submit(query: string): void {
    this.cancelTyping();
    this.run(query);
  }

  /** Empty box, whole volume. */
  clear(): void {
    this.cancelTyping();
    this.latest = '';
    this.set({ response: undefined, scope: {}, failedLoads: 0, indexError: undefined }, false);
  }

  /** One section only (by id), or the whole volume again. */
  setSection(sectionId: string | undefined): void {
    this.run(this.latest, { ...this.state.scope, sectionId });
  }

  /** Search within the current results from the next query on, or in the whole volume again now. */
  toggleWithin(): void {
    if (this.state.scope.within) return this.run(this.latest, { ...this.state.scope, within: undefined });
    const within = this.state.response?.results.map((r) => r.id);
    this.set({ scope: { ...this.state.scope, within } }, false);
  }

  /** Draw another page of results, with their snippets. */
  showMore(): void {
    const shown = this.state.shown + PAGE;
    this.withSnippets = shown;
    this.answer(this.latest, false, shown);
  }

  /** Load again what failed (the index, or categories' texts), then answer again. */
  retry(): void {
    if (this.state.indexError) return this.run(this.latest);
    this.failed.clear();
    this.set({ failedLoads: 0 }, false);
    if (this.state.response) this.complete(this.latest, this.state.response);
  }

  dispose(): void {
    this.disposed = true;
    this.cancelTyping();
    this.cancelRest();
  }

  private run(query: string, scope: Scope = this.state.scope): void {
    this.latest = query;
    this.state = { ...this.state, scope };
    if (!query.trim()) return this.set({ response: undefined }, false);
    if (!this.deps.opened()) {
      // The first search opens the index; this query runs as soon as it is ready.
      this.deps.open().then(
        () => this.latest === query && !this.disposed && this.run(query, scope),
        (error: Error) => this.set({ indexError: error.message || String(error) }, false),
      );
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

  private ask(query: string): SearchResponse | undefined {
    const { sectionId, within } = this.state.scope;
    return this.deps.opened()?.search(query, {
      limit: RESULT_LIMIT,
      snippetsFor: this.withSnippets,
      sectionIds: sectionId ? [sectionId] : undefined,
      within,
    });
  }

  private answer(query: string, urgent: boolean, shown = this.state.shown): void {
    const started = this.deps.now();
    const response = this.ask(query);
    if (!response) return;
    this.set(
      {
        response,
        ms: this.deps.now() - started,
        shown,
        failedLoads: this.failed.size,
        indexError: undefined,
      },
      urgent,
    );
    this.complete(query, response);
  }

  /**
   * Categories not loaded yet hold candidates or snippets: load them and answer again as each arrives
   * (at most once a frame), so the first texts show before the last category is in. A category that
   * fails is counted, so the page can say the answer is incomplete and offer to retry.
   */
  private complete(query: string, response: SearchResponse): void {
    let queued = false;
    const again = () => {
      queued = false;
      if (this.latest !== query || this.disposed) return;
      const next = this.ask(query);
      if (next) this.set({ response: next, failedLoads: this.failed.size }, false);
    };
    this.deps.ensureBlocks(response.missing).forEach((loading, i) =>
      loading.then(
        () => {
          if (!queued) this.deps.frame(again);
          queued = true;
        },
        () => {
          if (this.latest !== query || this.disposed) return;
          this.failed.add(`${query}\u0000${i}`);
          this.set({ failedLoads: this.failed.size }, false);
        },
      ),
    );
  }

  private set(change: Partial<SessionState>, urgent: boolean): void {
    if (this.disposed) return;
    this.state = { ...this.state, ...change };
    this.onChange(this.state, urgent);
  }
}
