import fs from 'node:fs';
import path from 'node:path';
import { SHELF_FILE } from '../../core/shelf/types';
import { InputError } from '../errors';

/** Refuse, before any work is done, a folder `replaceDirectory` would not replace. */
export function checkReplaceable(dir: string): void {
  const target = path.resolve(dir);
  if (!fs.existsSync(target)) return;
  if (!fs.statSync(target).isDirectory()) throw InputError.at(dir, 0, 'exists and is not a directory');
  if (fs.readdirSync(target).length > 0 && !fs.existsSync(path.join(target, SHELF_FILE)))
    throw InputError.at(dir, 0, 'holds files but no shelf.json: give an empty or new folder for the shelf');
}

/**
 * Replace `dir` with exactly `files`: everything is written to a hidden sibling first and swapped in
 * with two renames, so an error leaves the old shelf (or nothing) and never a mix, and a volume
 * dropped from the shelf leaves no stale folder behind to be uploaded. A folder that is not a shelf
 * is never replaced: its files may be anything.
 */
export function replaceDirectory(dir: string, files: Map<string, Uint8Array | string>): void {
  checkReplaceable(dir);
  const target = path.resolve(dir);
  const parent = path.dirname(target);
  fs.mkdirSync(parent, { recursive: true });
  const staging = fs.mkdtempSync(path.join(parent, `.${path.basename(target)}.staging-`));
  // mkdtemp makes the folder private; the shelf is published, so it reads like any other folder.
  fs.chmodSync(staging, 0o755);
  const old = `${staging}.old`;
  let moved = false;
  try {
    for (const [name, content] of files) {
      const file = path.join(staging, name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
    }
    if (fs.existsSync(target)) {
      fs.renameSync(target, old);
      moved = true;
    }
    fs.renameSync(staging, target);
    moved = false;
    fs.rmSync(old, { recursive: true, force: true });
  } catch (error) {
    // The new shelf could not take the old one's place: put the old one back as it was.
    if (moved) fs.renameSync(old, target);
    throw error;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
