import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';

/** The published contract (schema/volume.schema.json) checked against what the build wrote. */
export const VOLUME_SCHEMA_PATH = path.join(__dirname, '../../../schema/volume.schema.json');

let compiled: ReturnType<Ajv['compile']> | undefined;

export function volumeSchemaErrors(volume: unknown): string[] {
  compiled ??= new Ajv({ allErrors: true }).compile(JSON.parse(fs.readFileSync(VOLUME_SCHEMA_PATH, 'utf8')));
  if (compiled(volume)) return [];
  return (compiled.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}
