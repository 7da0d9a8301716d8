import type { Volume } from '../../core/volume/types';
import { buildSearchIndex } from '../search/buildIndex';
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
  if (options.index !== false)
    files[INDEX_FILE] = `${JSON.stringify(buildSearchIndex(volume, volumeJson).packed)}\n`;
  return { volume, files };
}

/** `yearbook build`: nothing is written unless the whole source is valid. */
export function buildVolume(sourceDir: string, outDir: string): BuildResult {
  const result = buildFiles(sourceDir);
  writeFilesAtomically(outDir, result.files);
  return result;
}
