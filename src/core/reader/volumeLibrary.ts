import type { PackedIndex } from '../search/format';
import type { Search } from '../search/search';
import { blocksInOrder, type Placed } from '../volume/model';
import type { Block, Category, Volume } from '../volume/types';

/** Where a volume's text and index come from: the app's packages (bundled) or the shelf's store (downloaded). */
export interface VolumeFiles {
  /** One category's text; rejects when it cannot be had (no network, a file missing or damaged). */
  category(categoryId: string): Promise<Category>;
  /** The packed search index. */
  index(): Promise<PackedIndex>;
}

/**
 * Opens the search engine over an index (the app passes one that loads the engine lazily, so H5's
 * contents start without it); `block` gives a block's text when its category is loaded.
 */
export type OpenSearch = (index: PackedIndex, block: (id: string) => Block | undefined) => Promise<Search>;

/** What a library is made of. */
export interface VolumeLibraryParts {
  /** The contents: every block as a stub (titles and pages, no text needed). */
  volume: Volume;
  /** The app's own volume, inside its package (no download). */
  bundled: boolean;
  /** Category texts already at hand, by category id. */
  loaded?: Record<string, Category>;
  /** The terms the empty search page offers (counted by the build in the whole text). */
  suggested?: string[];
  files: VolumeFiles;
  openSearch: OpenSearch;
}

/**
 * One volume as the reader uses it: the contents always at hand, a category's text loaded once
 * when first needed, the search opened on the first search. The bundled volume and every
 * downloaded one are each a VolumeLibrary; pages ask for one by id (src/app/volumes.ts).
 */
export class VolumeLibrary {
  /** The volume's id (volume.yml; shelf.json's volume id). */
  readonly id: string;
  readonly volume: Volume;
  readonly bundled: boolean;
  readonly suggested: string[];
  /** Every block in reading order, as stubs. */
  readonly placed: Placed[];
  private readonly byId: Map<string, Placed>;
  private readonly loaded = new Map<string, Category>();
  private readonly fullBlocks = new Map<string, Block>();
  private readonly pending = new Map<string, Promise<Category>>();
  private readonly files: VolumeFiles;
  private readonly openSearch: OpenSearch;
  private search?: Search;
  private searchLoading?: Promise<Search>;

  constructor(parts: VolumeLibraryParts) {
    this.volume = parts.volume;
    this.id = parts.volume.id;
    this.bundled = parts.bundled;
    this.suggested = parts.suggested ?? [];
    this.files = parts.files;
    this.openSearch = parts.openSearch;
    this.placed = blocksInOrder(parts.volume);
    this.byId = new Map(this.placed.map((p) => [p.block.id, p]));
    for (const category of Object.values(parts.loaded ?? {})) this.keep(category);
  }

  /** The block's place (as a stub), or undefined when the volume has no such block. */
  findPlaced(id: string): Placed | undefined {
    return this.byId.get(id);
  }

  /** The block with its text, if its category is loaded. */
  fullBlock(id: string): Block | undefined {
    return this.fullBlocks.get(id);
  }

  /** The category's text, loading it the first time (once, however many ask; a failure is tried again). */
  ensureCategory(categoryId: string): Promise<Category> {
    const ready = this.loaded.get(categoryId);
    if (ready) return Promise.resolve(ready);
    let loading = this.pending.get(categoryId);
    if (!loading) {
      loading = this.files.category(categoryId).then((category) => {
        this.keep(category);
        return category;
      });
      loading.catch(() => this.pending.delete(categoryId));
      this.pending.set(categoryId, loading);
    }
    return loading;
  }

  /** Load the categories of these blocks: one promise a category, each settled as its text arrives. */
  ensureBlocks(ids: string[]): Array<Promise<Category>> {
    const categories = new Set(
      ids.map((id) => this.byId.get(id)?.category.id).filter((c): c is string => !!c),
    );
    return [...categories].map((c) => this.ensureCategory(c));
  }

  /** The blocks of a loaded category with their text, in reading order. */
  loadedPlaced(categoryId: string): Placed[] {
    return this.placed
      .filter((p) => p.category.id === categoryId && this.fullBlocks.has(p.block.id))
      .map((p) => ({ ...p, block: this.fullBlocks.get(p.block.id)! }));
  }

  /** The volume's search, opened on first use; a failed load is tried again by the next call. */
  loadSearch(): Promise<Search> {
    if (this.search) return Promise.resolve(this.search);
    if (!this.searchLoading) {
      const loading = this.files
        .index()
        .then((index) => this.openSearch(index, (id) => this.fullBlocks.get(id)))
        .then((search) => (this.search = search));
      loading.catch(() => (this.searchLoading = undefined));
      this.searchLoading = loading;
    }
    return this.searchLoading;
  }

  /** The search, if already opened. */
  openedSearch(): Search | undefined {
    return this.search;
  }

  private keep(category: Category): void {
    this.loaded.set(category.id, category);
    for (const s of category.sections) for (const b of s.blocks) this.fullBlocks.set(b.id, b);
  }
}
