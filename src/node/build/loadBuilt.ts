import fs from 'node:fs';
import path from 'node:path';
import type { Volume } from '../../core/volume/types';
import { InputError } from '../errors';
import { VOLUME_FILE } from './buildVolume';
import { volumeSchemaErrors } from './validateVolume';

/** Read a built volume directory, checking it against the schema. */
export function loadBuilt(dir: string): Volume {
  const file = path.join(dir, VOLUME_FILE);
  if (!fs.existsSync(file))
    throw InputError.at(file, 0, 'missing: run `yearbook build <source> --out <dir>` first');
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw InputError.at(file, 0, `not valid JSON (${(error as Error).message})`);
  }
  const errors = volumeSchemaErrors(data);
  if (errors.length) throw InputError.at(file, 0, `not a built volume: ${errors.slice(0, 3).join('; ')}`);
  return data as Volume;
}
