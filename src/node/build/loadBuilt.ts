import path from 'node:path';
import type { Volume } from '../../core/volume/types';
import { readCheckedJson } from '../readCheckedJson';
import { VOLUME_FILE } from './buildVolume';
import { volumeSchemaErrors } from './validateVolume';

/** Read a built volume directory, checking it against the schema. */
export function loadBuilt(dir: string): Volume {
  return readCheckedJson<Volume>(path.join(dir, VOLUME_FILE), {
    missing: 'run `yearbook build <source> --out <dir>` first',
    kind: 'built volume',
    schemaErrors: volumeSchemaErrors,
  });
}
