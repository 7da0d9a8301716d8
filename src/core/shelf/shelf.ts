import { CancelSource } from './cancel';
import { describeFailure } from './failure';
import { readCatalogue, readSavedCatalogue } from './catalogue';
import {
  installedOf,
  readInstalled,
  volumePrefix,
  writeInstalled,
  type InstalledVolume,
} from './installedRecord';
import { InstallFailed, installVolume, type InstallDeps } from './installVolume';
import type { OpenSearch, VolumeLibrary } from '../reader/volumeLibrary';
import { openDownloadedVolume } from './downloadedVolume';
import { SAVED_MANIFEST_PATH } from './installedRecord';
import { parseShelfManifest } from './manifest';
import type { StoreSpace } from './ports';
import type { ShelfManifest, ShelfVolume } from './types';
import { utf8Decode } from './utf8';

/** A volume downloaded to this phone, as the 书架 knows it without the network. */
export interface VolumeOnPhone {
  id: string;
  title: string;
  year: number;
}

/** Asked to open a volume that is not (or no longer) on the phone. */
export class NotOnPhoneError extends Error {
  constructor(readonly volumeId: string) {
    super(`${volumeId}: not downloaded`);
    this.name = 'NotOnPhoneError';
  }
}
import { percent, type ShelfView, type VolumeState } from './volumeState';

/**
 * The 书架's state machine: per volume bundled / installed / absent / downloading / failed, moved by
 * download, cancel and delete, over the platform's fetcher and store. Listeners get a fresh
 * ShelfView after every change; the page renders it and nothing else.
 */
export class Shelf {
  private manifest?: ShelfManifest;
  private installed = new Map<string, InstalledVolume>();
  private transient = new Map<string, VolumeState>();
  private downloads = new Map<string, CancelSource>();
  private listeners = new Set<(view: ShelfView) => void>();
  private space: StoreSpace = { used: 0 };
  private status: ShelfView['status'] = 'loading';
  private notice?: string;
  private error?: string;
  private opened?: Promise<void>;
  private primed?: Promise<void>;
  private sweeping?: Promise<void>;
  // Changes to the installed set run one after another, so two downloads never lose each other.
  private queue: Promise<unknown> = Promise.resolve();

  private emits = 0;

  constructor(private readonly deps: Omit<InstallDeps, 'commit'>) {}

  /** How many views have been sent to listeners: a page that took view() can tell whether it missed one. */
  get emitted(): number {
    return this.emits;
  }

  /** Call after each change is wanted on screen; returns the unsubscribe. */
  subscribe(listener: (view: ShelfView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Read the catalogue (network, else the saved copy) and what is installed; once, unless `again`. */
  open(again = false): Promise<void> {
    if (!this.opened || again) this.opened = this.load(!this.opened);
    return this.opened;
  }

  /**
   * Read what the phone holds, without the network: the installed set and the catalogue saved when
   * last online (side by side), so the 书架 has its rows before shelf.json is asked for. Once; the
   * app calls it when idle after start-up, so the page's first render already lists every year.
   */
  prime(): Promise<void> {
    // A failed read is tried again by the next call (open again, a download).
    this.primed ??= this.readLocal().catch((error: unknown) => {
      this.primed = undefined;
      throw error;
    });
    return this.primed;
  }

  view(): ShelfView {
    const volumes = (this.manifest?.volumes ?? []).map((volume) => ({ volume, state: this.stateOf(volume) }));
    const used = [...this.installed.values()].reduce((sum, v) => sum + v.bytes, 0);
    const { title } = this.manifest ?? {};
    return {
      status: this.status,
      title,
      volumes,
      notice: this.notice,
      error: this.error,
      used,
      allowed: this.space.allowed,
    };
  }

  /** Download and install a volume (also 重试 after a failure). Resolves when it is installed or has failed. */
  async download(id: string): Promise<void> {
    const volume = this.manifest?.volumes.find((v) => v.id === id);
    if (!volume || volume.bundled || this.installed.has(id) || this.downloads.has(id)) return;
    const source = new CancelSource();
    this.downloads.set(id, source);
    let last = -1;
    const progress = (received: number) => {
      // A render per whole percent is enough for a progress bar.
      if (percent(received, volume.bytes) === last) return;
      last = percent(received, volume.bytes);
      this.transient.set(id, { kind: 'downloading', received, total: volume.bytes });
      this.emit();
    };
    progress(0);
    try {
      // Nothing is written before the sweep of what a closed app left behind has ended: it would
      // take this download's files for leftovers (the rows are drawn, and tappable, before it ends).
      await this.swept();
      await installVolume(volume, { ...this.deps, commit: (v) => this.commit(v) }, progress, source.token);
      this.transient.delete(id);
    } catch (error) {
      const failure = error instanceof InstallFailed ? error.failure : describeFailure('storage');
      // A cancel is the reader's own choice, not a failure: the volume is simply not downloaded again.
      if (failure.kind === 'cancelled') this.transient.delete(id);
      else this.transient.set(id, { kind: 'failed', failure });
    } finally {
      this.downloads.delete(id);
    }
    await this.refreshSpace();
    this.emit();
  }

  /** Stop a download: what it wrote is removed and the volume is 未下载 again (a choice, not a failure). */
  cancel(id: string): void {
    this.downloads.get(id)?.cancel();
  }

  /**
   * Forget the failure notices (the volumes are 未下载 again), all of them or all but `except`'s: a
   * page calls this when the reader leaves it or acts, so a notice does not greet them days later.
   */
  dismissFailures(except?: string): void {
    let changed = false;
    for (const [id, state] of this.transient)
      if (state.kind === 'failed' && id !== except) {
        this.transient.delete(id);
        changed = true;
      }
    if (changed) this.emit();
  }

  /** Delete a downloaded volume: out of the installed set first, then its files. */
  async remove(id: string): Promise<void> {
    const record = this.installed.get(id);
    if (!record) {
      this.transient.delete(id);
      this.emit();
      return;
    }
    await this.change(async () => {
      const next = new Map(this.installed);
      next.delete(id);
      await writeInstalled(this.deps.store, next);
      this.installed = next;
    });
    await Promise.all(
      record.files.map((f) => this.deps.store.remove(volumePrefix(id) + f.path).catch(() => undefined)),
    );
    await this.refreshSpace();
    this.emit();
  }

  /**
   * The downloaded volumes, from the installer's record on the phone (never the network): title and
   * year as recorded at install, else from the saved shelf.json, else the id and 0.
   */
  async onPhone(): Promise<VolumeOnPhone[]> {
    await this.queue;
    const installed = await readInstalled(this.deps.store);
    const saved = await this.savedManifest();
    return [...installed.values()].map((record) => {
      const listed = saved?.volumes.find((v) => v.id === record.id);
      return {
        id: record.id,
        title: record.title ?? listed?.title ?? record.id,
        year: record.year ?? listed?.year ?? 0,
      };
    });
  }

  /** A downloaded volume, read from the store; rejects with NotOnPhoneError when it is not installed. */
  async openInstalled(id: string, openSearch: OpenSearch): Promise<VolumeLibrary> {
    await this.queue;
    const installed = await readInstalled(this.deps.store);
    if (!installed.has(id)) throw new NotOnPhoneError(id);
    return openDownloadedVolume(this.deps.store, id, openSearch);
  }

  /** The catalogue's volumes (the network's copy when the 书架 was opened, else the saved one; no fetch). */
  async listedVolumes(): Promise<ShelfVolume[]> {
    return (this.manifest ?? (await this.savedManifest()))?.volumes ?? [];
  }

  /** The catalogue's volume of this id, if any. */
  async listed(id: string): Promise<ShelfVolume | undefined> {
    return (await this.listedVolumes()).find((v) => v.id === id);
  }

  private async savedManifest(): Promise<ShelfManifest | undefined> {
    const bytes = await this.deps.store.read(SAVED_MANIFEST_PATH).catch(() => undefined);
    if (!bytes) return undefined;
    try {
      return parseShelfManifest(utf8Decode(bytes));
    } catch {
      return undefined;
    }
  }

  private stateOf(volume: ShelfVolume): VolumeState {
    if (volume.bundled) return { kind: 'bundled' };
    const record = this.installed.get(volume.id);
    if (record) return { kind: 'installed', bytes: record.bytes };
    return this.transient.get(volume.id) ?? { kind: 'absent' };
  }

  private commit(volume: ShelfVolume): Promise<void> {
    return this.change(async () => {
      const next = new Map(this.installed);
      next.set(volume.id, installedOf(volume));
      await writeInstalled(this.deps.store, next);
      this.installed = next;
    });
  }

  private change(step: () => Promise<void>): Promise<void> {
    const run = this.queue.then(step);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async load(first: boolean): Promise<void> {
    // Said only when it changes (a retry after a failure): the rows drawn from the phone stay as they are.
    const status = this.manifest ? 'ready' : 'loading';
    if (status !== this.status) {
      this.status = status;
      this.emit();
    }
    // The years saved when last online are drawn at once, the sweep runs beside the network's
    // shelf.json (downloads wait for it: see download), which then replaces them.
    if (first) await this.prime();
    else await this.change(async () => void (this.installed = await readInstalled(this.deps.store)));
    const sweeping = first ? this.swept() : undefined;
    const { manifest, notice, error } = await readCatalogue(this.deps);
    if (manifest) this.manifest = manifest;
    this.notice = notice;
    this.error = this.manifest ? undefined : error;
    this.status = this.manifest ? 'ready' : 'unavailable';
    // The space used is counted once the leftovers are gone.
    await sweeping;
    await this.refreshSpace();
    this.emit();
  }

  /** The installed set (in turn with the changes to it, so none is lost) and the saved catalogue, read side by side. */
  private async readLocal(): Promise<void> {
    const [, saved] = await Promise.all([
      this.change(async () => void (this.installed = await readInstalled(this.deps.store))),
      this.manifest ? undefined : readSavedCatalogue(this.deps.store),
    ]);
    if (!this.manifest && saved) {
      this.manifest = saved;
      this.status = 'ready';
    }
    this.emit();
  }

  /**
   * The sweep, once, after the installed set is read and in turn with the changes to it. Without
   * the installed set (its read failed) nothing is swept: every file would look left behind.
   */
  private swept(): Promise<void> {
    this.sweeping ??= this.prime().then(
      () => this.change(() => this.sweep()).catch(() => undefined),
      () => undefined,
    );
    return this.sweeping;
  }

  /** Remove files no installed volume lists: what a download cut off by a closed app left behind. */
  private async sweep(): Promise<void> {
    const keep = new Set<string>();
    for (const v of this.installed.values()) for (const f of v.files) keep.add(volumePrefix(v.id) + f.path);
    const paths = await this.deps.store.list().catch(() => [] as string[]);
    await Promise.all(
      paths
        .filter((p) => p.startsWith('volumes/') && !keep.has(p))
        .map((p) => this.deps.store.remove(p).catch(() => undefined)),
    );
  }

  private async refreshSpace(): Promise<void> {
    this.space = await this.deps.store.space().catch(() => this.space);
  }

  private emit(): void {
    this.emits++;
    const view = this.view();
    for (const listener of this.listeners) listener(view);
  }
}
