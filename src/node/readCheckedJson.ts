import fs from 'node:fs';
import { InputError } from './errors';

/**
 * Read a file the toolchain wrote (volume.json, shelf.json) and check it against its schema, so a
 * missing, damaged or foreign file is refused with its name and the command that writes it.
 */
export function readCheckedJson<T>(
  file: string,
  what: { missing: string; kind: string; schemaErrors(data: unknown): string[] },
): T {
  if (!fs.existsSync(file)) throw InputError.at(file, 0, `missing: ${what.missing}`);
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw InputError.at(file, 0, `not valid JSON (${(error as Error).message})`);
  }
  const errors = what.schemaErrors(data);
  if (errors.length) throw InputError.at(file, 0, `not a ${what.kind}: ${errors.slice(0, 3).join('; ')}`);
  return data as T;
}
