import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { SHELF_FILE, type ShelfManifest } from '../../core/shelf/types';
import { InputError } from '../errors';

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
  const file = path.join(dir, SHELF_FILE);
  if (!fs.existsSync(file))
    throw InputError.at(file, 0, 'missing: run `yearbook shelf <shelf.yml> --out <dir>` first');
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw InputError.at(file, 0, `not valid JSON (${(error as Error).message})`);
  }
  const errors = shelfSchemaErrors(data);
  if (errors.length) throw InputError.at(file, 0, `not a built shelf: ${errors.slice(0, 3).join('; ')}`);
  return data as ShelfManifest;
}
