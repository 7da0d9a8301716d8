import crypto from 'node:crypto';
import {
  SHELF_FILE,
  SHELF_SCHEMA_VERSION,
  type ShelfFile,
  type ShelfManifest,
  type ShelfVolume,
} from '../../core/shelf/types';
import { InputError, type Problem } from '../errors';
import { readSource } from '../source/readSource';
import { shelfSchemaErrors } from './builtShelf';
import { buildVolumes, defaultJobs, type BuiltFiles } from './buildVolumes';
import { readShelf, type Shelf } from './readShelf';
import { checkReplaceable, replaceDirectory } from './replaceDirectory';

/** Called as the build goes: `done` volumes of `total` finished, the last one named. */
export type ShelfProgress = (done: number, total: number, volume: string) => void;

/** Milliseconds spent in each phase of a shelf build. */
export interface ShelfTimings {
  /** Reading and checking every volume source (Markdown parsing, ids). */
  check: number;
  /** Building the volumes (wall clock, threads side by side). */
  build: number;
  /** Each volume's `yearbook build` added up: jieba's dictionary load and cutting, Lunr, app parts. */
  volumes: number;
  /** SHA-256 of every file and shelf.json. */
  hash: number;
  /** Writing the shelf and swapping it into place. */
  write: number;
}

export interface ShelfBuild {
  manifest: ShelfManifest;
  /** Every file of the shelf by its path in the shelf directory, shelf.json included. */
  files: Map<string, Buffer>;
  timings: ShelfTimings;
  jobs: number;
}

export interface ShelfBuildOptions {
  /** Volumes built at once (threads); default one a core, at most 4. */
  jobs?: number;
  onProgress?: ShelfProgress;
}

/** Every source is checked before any volume is built, so an editor sees all problems at once. */
function checkSources(shelf: Shelf): void {
  const problems: Problem[] = [];
  for (const v of shelf.volumes) {
    try {
      readSource(v.dir);
    } catch (error) {
      if (error instanceof InputError) problems.push(...error.problems);
      else throw error;
    }
  }
  if (problems.length) throw new InputError(problems);
}

/** A volume's files listed for shelf.json, in code-point order (the same on every machine). */
function listFiles(id: string, built: BuiltFiles, into: Map<string, Buffer>): ShelfFile[] {
  const names = Object.keys(built).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return names.map((name) => {
    const content = built[name];
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    into.set(`${id}/${name}`, data);
    return { path: name, bytes: data.length, sha256: crypto.createHash('sha256').update(data).digest('hex') };
  });
}

/** The shelf's files, in memory: each volume built by the same code as `yearbook build`. */
export async function shelfFiles(shelf: Shelf, options: ShelfBuildOptions = {}): Promise<ShelfBuild> {
  const timings: ShelfTimings = { check: 0, build: 0, volumes: 0, hash: 0, write: 0 };
  const jobs = options.jobs ?? defaultJobs(shelf.volumes.length);
  let t = Date.now();
  checkSources(shelf);
  timings.check = Date.now() - t;
  t = Date.now();
  let done = 0;
  const total = shelf.volumes.length;
  options.onProgress?.(0, total, '');
  const built = await buildVolumes(
    shelf.volumes.map((v) => v.dir),
    jobs,
    (dir) => options.onProgress?.(++done, total, shelf.volumes.find((v) => v.dir === dir)?.id ?? ''),
  );
  timings.build = Date.now() - t;
  t = Date.now();
  const files = new Map<string, Buffer>();
  const volumes: ShelfVolume[] = shelf.volumes.map((v, i) => {
    timings.volumes += built[i].ms;
    const entries = listFiles(v.id, built[i].files, files);
    const bytes = entries.reduce((n, f) => n + f.bytes, 0);
    return { id: v.id, title: v.title, year: v.year, bundled: v.bundled, bytes, files: entries };
  });
  const manifest: ShelfManifest = {
    schemaVersion: SHELF_SCHEMA_VERSION,
    id: shelf.id,
    title: shelf.title,
    volumes,
  };
  const errors = shelfSchemaErrors(manifest);
  if (errors.length) throw new Error(`the built shelf.json breaks its schema: ${errors.join('; ')}`);
  files.set(SHELF_FILE, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
  timings.hash = Date.now() - t;
  return { manifest, files, timings, jobs };
}

/**
 * `yearbook shelf`: build every volume of shelf.yml into `<out>/<volume id>/` and write
 * `<out>/shelf.json`. Nothing is written unless every volume builds; the folder is replaced whole.
 */
export async function buildShelf(
  shelfFile: string,
  outDir: string,
  options: ShelfBuildOptions = {},
): Promise<ShelfBuild> {
  const shelf = readShelf(shelfFile);
  checkReplaceable(outDir);
  const build = await shelfFiles(shelf, options);
  const t = Date.now();
  replaceDirectory(outDir, build.files);
  build.timings.write = Date.now() - t;
  return build;
}
