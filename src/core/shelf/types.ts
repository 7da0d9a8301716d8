/**
 * `shelf.json`: what a built shelf holds, read by the app to list, download and verify volumes.
 * JSON Schema: schema/shelf.schema.json; documented in docs/volume-format.md.
 */
export const SHELF_SCHEMA_VERSION = 1;

/** The name of a built shelf's manifest, at the top of the shelf directory. */
export const SHELF_FILE = 'shelf.json';

export interface ShelfFile {
  /** Relative to the volume's directory (`<shelf>/<volume id>/`), with `/` separators. */
  path: string;
  bytes: number;
  /** Lower-case hex SHA-256 of the file's bytes: a download is used only when every one matches. */
  sha256: string;
}

export interface ShelfVolume {
  /** The volume's id (its volume.yml), also the name of its directory in the shelf. */
  id: string;
  title: string;
  /** The year the volume records. */
  year: number;
  /** Inside the app package: works with no network. Exactly one volume is bundled. */
  bundled: boolean;
  /** All its files' bytes together. */
  bytes: number;
  files: ShelfFile[];
}

export interface ShelfManifest {
  schemaVersion: number;
  id: string;
  title: string;
  /** Newest first. */
  volumes: ShelfVolume[];
}
