import fs from 'node:fs';
import path from 'node:path';

/**
 * Write a directory's files so that nothing half-written is ever left: everything goes to a sibling
 * temporary directory first, then each file is renamed into place. Files already in `dir` that are
 * not rewritten stay as they were.
 */
export function writeFilesAtomically(dir: string, files: Record<string, string | Uint8Array>): void {
  fs.mkdirSync(dir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(dir, '.staging-'));
  try {
    for (const [name, content] of Object.entries(files)) {
      const target = path.join(staging, name);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, content);
    }
    for (const name of Object.keys(files)) {
      const target = path.join(dir, name);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.renameSync(path.join(staging, name), target);
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
