import { SHELF_SCHEMA_VERSION, type ShelfFile, type ShelfManifest, type ShelfVolume } from './types';

/** shelf.json as downloaded could not be used: the message says what is wrong, in the editor's terms. */
export class ManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestError';
  }
}

// The same rules as schema/shelf.schema.json: ids and paths become store paths and URLs, so nothing
// from the network may climb out of its volume's folder.
const ID = /^[a-z0-9][a-z0-9-]{0,29}$/;
const PATH = /^(?!\/)(?!.*(^|\/)\.\.?(\/|$))[^\\]+$/;
const SHA = /^[0-9a-f]{64}$/;

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

function fileOf(raw: unknown, at: string): ShelfFile {
  const f = (raw ?? {}) as Record<string, unknown>;
  if (typeof f.path !== 'string' || !PATH.test(f.path))
    throw new ManifestError(`${at}.path is not a safe relative path`);
  if (!isCount(f.bytes)) throw new ManifestError(`${at}.bytes is not a byte count`);
  if (typeof f.sha256 !== 'string' || !SHA.test(f.sha256))
    throw new ManifestError(`${at}.sha256 is not a SHA-256`);
  return { path: f.path, bytes: f.bytes, sha256: f.sha256 };
}

function volumeOf(raw: unknown, at: string): ShelfVolume {
  const v = (raw ?? {}) as Record<string, unknown>;
  if (typeof v.id !== 'string' || !ID.test(v.id)) throw new ManifestError(`${at}.id is not a volume id`);
  if (typeof v.title !== 'string' || !v.title) throw new ManifestError(`${at}.title is missing`);
  if (!isCount(v.year)) throw new ManifestError(`${at}.year is not a year`);
  if (!Array.isArray(v.files) || !v.files.length) throw new ManifestError(`${at}.files is empty`);
  const files = v.files.map((f, i) => fileOf(f, `${at}.files[${i}]`));
  const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
  return { id: v.id, title: v.title, year: v.year, bundled: v.bundled === true, bytes, files };
}

/**
 * Read shelf.json's text, checking what the installer relies on (schema version, safe ids and
 * paths, sizes, hashes). Throws ManifestError naming the field.
 */
export function parseShelfManifest(text: string): ShelfManifest {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ManifestError('shelf.json is not JSON');
  }
  if (!raw || typeof raw !== 'object') throw new ManifestError('shelf.json is not an object');
  if (raw.schemaVersion !== SHELF_SCHEMA_VERSION)
    throw new ManifestError(
      `shelf.json has schemaVersion ${String(raw.schemaVersion)}, this app reads ${SHELF_SCHEMA_VERSION}`,
    );
  if (typeof raw.id !== 'string' || typeof raw.title !== 'string')
    throw new ManifestError('shelf.json has no id or title');
  if (!Array.isArray(raw.volumes)) throw new ManifestError('shelf.json has no volumes');
  const volumes = raw.volumes.map((v, i) => volumeOf(v, `volumes[${i}]`));
  const ids = new Set(volumes.map((v) => v.id));
  if (ids.size !== volumes.length) throw new ManifestError('shelf.json lists a volume id twice');
  return { schemaVersion: SHELF_SCHEMA_VERSION, id: raw.id, title: raw.title, volumes };
}
