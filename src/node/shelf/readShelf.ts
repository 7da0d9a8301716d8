import fs from 'node:fs';
import path from 'node:path';
import { InputError, type Problem } from '../errors';
import { MANIFEST_FILE, parseManifest } from '../source/manifest';
import { parseShelf } from './shelfSource';

/** A shelf volume as its source states it: where it is and the facts of its volume.yml. */
export interface ShelfVolumeSource {
  /** The volume source directory (resolved against shelf.yml's folder). */
  dir: string;
  id: string;
  title: string;
  year: number;
  bundled: boolean;
}

/** shelf.yml read and checked against the volume sources it names. */
export interface Shelf {
  file: string;
  id: string;
  title: string;
  volumes: ShelfVolumeSource[];
}

/**
 * Read shelf.yml and each volume's manifest: every problem (a missing directory, two volumes with
 * one id, a year out of order) is reported at the shelf.yml line that lists the volume, all at once.
 * The volumes' Markdown is checked later, by the build, with its own files and lines.
 */
export function readShelf(file: string): Shelf {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile())
    throw InputError.at(file, 0, 'no such file: give the shelf.yml that lists the volumes');
  const { shelf, problems } = parseShelf(fs.readFileSync(file, 'utf8'), file);
  if (!shelf) throw new InputError(problems);
  const all: Problem[] = [];
  const volumes: Array<ShelfVolumeSource & { line: number }> = [];
  for (const v of shelf.volumes) {
    const dir = path.resolve(path.dirname(file), v.source);
    const manifestFile = path.join(dir, MANIFEST_FILE);
    if (!fs.existsSync(manifestFile)) {
      all.push({
        file,
        line: v.line,
        message: `${v.source} is not a volume source (no ${MANIFEST_FILE} at ${manifestFile}); paths are relative to shelf.yml`,
      });
      continue;
    }
    const { manifest, problems: bad } = parseManifest(fs.readFileSync(manifestFile, 'utf8'), manifestFile);
    if (!manifest) {
      all.push(...bad);
      continue;
    }
    const twin = volumes.find((o) => o.id === manifest.id);
    if (twin)
      all.push({
        file,
        line: v.line,
        message: `the volume id "${manifest.id}" is already on line ${twin.line}: each volume needs its own id in its volume.yml`,
      });
    const previous = volumes[volumes.length - 1];
    if (previous && previous.year < manifest.year)
      all.push({
        file,
        line: v.line,
        message: `${manifest.id} (${manifest.year}) is listed after ${previous.id} (${previous.year}): list volumes newest first`,
      });
    volumes.push({
      dir,
      id: manifest.id,
      title: manifest.title,
      year: manifest.year,
      bundled: v.bundled,
      line: v.line,
    });
  }
  if (all.length) throw new InputError(all);
  return {
    file,
    id: shelf.id,
    title: shelf.title,
    volumes: volumes.map(({ dir, id, title, year, bundled }) => ({ dir, id, title, year, bundled })),
  };
}
