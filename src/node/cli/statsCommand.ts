import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Command } from 'commander';
import { MAIN_PACKAGE_TARGET, PACKAGE_LIMIT, TOTAL_LIMIT, packageSizes } from '../build/packageSizes';
import { InputError } from '../errors';
import { isShelfDir } from '../shelf/builtShelf';
import { shelfStats } from './shelfStats';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** What each part of a built volume weighs, raw and compressed as a phone would download it. */
export function builtPartSizes(
  dir: string,
): Array<{ file: string; bytes: number; gzip: number; brotli: number }> {
  if (!fs.existsSync(dir)) throw InputError.at(dir, 0, 'no such directory');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const data = fs.readFileSync(path.join(dir, file));
      return {
        file,
        bytes: data.length,
        gzip: zlib.gzipSync(data).length,
        brotli: zlib.brotliCompressSync(data).length,
      };
    });
}

export function addStatsCommand(cli: Command): void {
  cli
    .command('stats')
    .description('sizes of a built volume, and of a weapp build’s packages against WeChat’s limits')
    .argument('<built-dir>')
    .option('--weapp <dir>', 'a weapp build to check (2 MB a package, 20 MB in all)')
    .action((dir: string, o: { weapp?: string }) => {
      if (isShelfDir(dir) && !o.weapp) return shelfStats(dir); // a shelf: every volume's sizes
      const out: string[] = [];
      for (const p of builtPartSizes(dir))
        out.push(
          `${p.file.padEnd(24)} ${kb(p.bytes).padStart(12)}  gzip ${kb(p.gzip).padStart(10)}  brotli ${kb(p.brotli).padStart(10)}`,
        );
      let broken = false;
      let aboveTarget = false;
      if (o.weapp) {
        if (!fs.existsSync(path.join(o.weapp, 'app.json')))
          throw InputError.at(o.weapp, 0, 'not a weapp build (no app.json): npm run build:weapp');
        const { packages, total } = packageSizes(o.weapp);
        out.push('', 'weapp packages (limit 2 MB each, 20 MB in all; ours: the main package under 1 MB):');
        for (const p of packages) {
          const over = p.bytes > PACKAGE_LIMIT;
          const large = !p.root && !over && p.bytes > MAIN_PACKAGE_TARGET;
          broken ||= over;
          aboveTarget ||= large;
          const verdict = over
            ? `OVER by ${kb(p.bytes - PACKAGE_LIMIT)}`
            : large
              ? `above the 1 MB target by ${kb(p.bytes - MAIN_PACKAGE_TARGET)}`
              : 'ok';
          out.push(`  ${(p.root || 'main').padEnd(26)} ${kb(p.bytes).padStart(12)}  ${verdict}`);
        }
        const over = total > TOTAL_LIMIT;
        broken ||= over;
        out.push(
          `  ${'total'.padEnd(26)} ${kb(total).padStart(12)}  ${over ? `OVER by ${kb(total - TOTAL_LIMIT)}` : 'ok'}`,
        );
      }
      process.stdout.write(`${out.join('\n')}\n`);
      if (broken) process.stderr.write('error: a WeChat package limit is broken\n');
      else if (aboveTarget) process.stderr.write('error: the main package is above its 1 MB target\n');
      if (broken || aboveTarget) process.exitCode = 1;
    });
}
