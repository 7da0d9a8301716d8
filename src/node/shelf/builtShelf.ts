import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { SHELF_FILE, type ShelfManifest } from '../../core/shelf/types';
import { readCheckedJson } from '../readCheckedJson';

/** The published contract of shelf.json, checked when it is written and whenever it is read. */
export const SHELF_SCHEMA_PATH = path.join(__dirname, '../../../schema/shelf.schema.json');

let compiled: ReturnType<Ajv['compile']> | undefined;

/** What in `data` breaks schema/shelf.schema.json (none: it is a valid shelf.json). */
export function shelfSchemaErrors(data: unknown): string[] {
  compiled ??= new Ajv({ allErrors: true }).compile(JSON.parse(fs.readFileSync(SHELF_SCHEMA_PATH, 'utf8')));
  if (compiled(data)) return [];
  return (compiled.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

/** Whether `dir` is a built shelf (it holds shelf.json) rather than one built volume. */
export function isShelfDir(dir: string): boolean {
  return fs.existsSync(path.join(dir, SHELF_FILE));
}

/** Read a built shelf's shelf.json, checked against its schema. */
export function readBuiltShelf(dir: string): ShelfManifest {
  return readCheckedJson<ShelfManifest>(path.join(dir, SHELF_FILE), {
    missing: 'run `yearbook shelf <shelf.yml> --out <dir>` first',
    kind: 'built shelf',
    schemaErrors: shelfSchemaErrors,
  });
}
