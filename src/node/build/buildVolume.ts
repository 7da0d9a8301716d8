import fs from 'node:fs';
import path from 'node:path';
import type { Volume } from '../../core/volume/types';
import { buildSearchIndex } from '../search/buildIndex';
import { appParts } from './appParts';
import { InputError } from '../errors';
import { writeFilesAtomically } from '../fsAtomic';
import { readSource } from '../source/readSource';
import { volumeSchemaErrors } from './validateVolume';

export const VOLUME_FILE = 'volume.json';
export const INDEX_FILE = 'search-index.json';

export interface BuildResult {
  volume: Volume;
  files: Record<string, string>;
}

/** Source directory → the built files, in memory (deterministic: same source, same bytes). */
export function buildFiles(sourceDir: string, options: { index?: boolean } = {}): BuildResult {
  const volume = readSource(sourceDir);
  const errors = volumeSchemaErrors(volume);
  if (errors.length) {
    throw new InputError(
      errors.map((message) => ({
        file: sourceDir,
        line: 0,
        message: `the built volume breaks its schema: ${message}`,
      })),
    );
  }
  const volumeJson = `${JSON.stringify(volume)}\n`;
  const files: Record<string, string> = { [VOLUME_FILE]: volumeJson };
  if (options.index !== false) {
    files[INDEX_FILE] = `${JSON.stringify(buildSearchIndex(volume, volumeJson).packed)}\n`;
    Object.assign(files, appParts(volume, Buffer.byteLength(volumeJson), files[INDEX_FILE]).files);
  }
  return { volume, files };
}

/** The app's parts are derived whole: a category text left from an earlier build must not ship. */
function removeStale(dir: string, keep: Set<string>): void {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) removeStale(full, keep);
    else if (!keep.has(full)) fs.rmSync(full);
  }
}

/** `yearbook build`: nothing is written unless the whole source is valid. */
export function buildVolume(sourceDir: string, outDir: string): BuildResult {
  const result = buildFiles(sourceDir);
  writeFilesAtomically(outDir, result.files);
  removeStale(path.join(outDir, 'app'), new Set(Object.keys(result.files).map((f) => path.join(outDir, f))));
  return result;
}
