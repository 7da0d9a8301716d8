import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ShelfManifest } from '../../core/shelf/types';

/** A file of a built shelf that is not what shelf.json says: the app would refuse its volume. */
export interface DamagedFile {
  volume: string;
  path: string;
  problem: string;
}

/** Check every file shelf.json lists against its size and SHA-256, as the app does after a download. */
export function verifyShelf(dir: string, shelf: ShelfManifest): DamagedFile[] {
  const damaged: DamagedFile[] = [];
  for (const v of shelf.volumes) {
    for (const f of v.files) {
      const file = path.join(dir, v.id, f.path);
      if (!fs.existsSync(file)) {
        damaged.push({ volume: v.id, path: f.path, problem: 'missing' });
        continue;
      }
      const data = fs.readFileSync(file);
      if (data.length !== f.bytes)
        damaged.push({
          volume: v.id,
          path: f.path,
          problem: `${data.length} bytes, shelf.json says ${f.bytes}`,
        });
      else if (crypto.createHash('sha256').update(data).digest('hex') !== f.sha256)
        damaged.push({ volume: v.id, path: f.path, problem: 'SHA-256 differs from shelf.json' });
    }
  }
  return damaged;
}
