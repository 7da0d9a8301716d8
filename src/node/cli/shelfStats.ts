import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { readBuiltShelf } from '../shelf/builtShelf';
import { verifyShelf } from '../shelf/verifyShelf';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;

/** A volume's files' bytes as listed and gzip-compressed, as a static host would send them. */
function volumeSizes(dir: string, files: Array<{ path: string; bytes: number }>) {
  let gzip = 0;
  for (const f of files) {
    const file = path.join(dir, f.path);
    if (fs.existsSync(file)) gzip += zlib.gzipSync(fs.readFileSync(file)).length;
  }
  return { bytes: files.reduce((n, f) => n + f.bytes, 0), gzip };
}

/**
 * `yearbook stats <shelf-dir>`: each volume's size, what a reader would download to have every
 * volume not in the app, and any file that no longer matches shelf.json (exit 1: do not upload).
 */
export function shelfStats(dir: string): void {
  const shelf = readBuiltShelf(dir);
  const out = [`书架 ${shelf.title}  [${shelf.id}]　${shelf.volumes.length} 卷`, ''];
  out.push(
    `${'volume'.padEnd(20)} ${'year'.padEnd(6)} ${'files'.padStart(5)} ${'bytes'.padStart(12)} ${'gzip'.padStart(12)}`,
  );
  const download = { bytes: 0, gzip: 0, volumes: 0 };
  const bundled = { bytes: 0, gzip: 0 };
  for (const v of shelf.volumes) {
    const size = volumeSizes(path.join(dir, v.id), v.files);
    const into = v.bundled ? bundled : download;
    into.bytes += size.bytes;
    into.gzip += size.gzip;
    if (!v.bundled) download.volumes++;
    out.push(
      `${v.id.padEnd(20)} ${String(v.year).padEnd(6)} ${String(v.files.length).padStart(5)} ${kb(size.bytes).padStart(12)} ${kb(size.gzip).padStart(12)}${v.bundled ? '  bundled (in the app package)' : ''}`,
    );
  }
  out.push(
    '',
    `bundled: ${mb(bundled.bytes)} (gzip ${mb(bundled.gzip)})`,
    `downloaded on demand: ${download.volumes} volumes, ${mb(download.bytes)} (gzip ${mb(download.gzip)}) for all of them`,
  );
  const damaged = verifyShelf(dir, shelf);
  for (const d of damaged) out.push(`DAMAGED ${d.volume}/${d.path}: ${d.problem}`);
  process.stdout.write(`${out.join('\n')}\n`);
  if (damaged.length) {
    process.stderr.write(
      `error: ${damaged.length} file(s) do not match shelf.json: run \`yearbook shelf\` again\n`,
    );
    process.exitCode = 1;
  }
}
