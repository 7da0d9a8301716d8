import { SingleBar } from 'cli-progress';
import { InvalidArgumentError, type Command } from 'commander';
import { buildShelf, type ShelfProgress } from '../shelf/buildShelf';
import { reportFailure } from './reportFailure';

function positive(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new InvalidArgumentError('expected a whole number ≥ 1');
  return Number(value);
}

/** A bar on stderr when it is a terminal; nothing at all in a pipe or a log. */
function progressBar(): { onProgress?: ShelfProgress; stop: () => void } {
  if (!process.stderr.isTTY) return { stop: () => undefined };
  const bar = new SingleBar({
    format: 'building volumes [{bar}] {value}/{total} {volume}',
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: true,
  });
  let started = false;
  return {
    onProgress: (done, total, volume) => {
      if (!started) bar.start(total, done, { volume });
      started = true;
      bar.update(done, { volume });
    },
    stop: () => started && bar.stop(),
  };
}

/** `yearbook shelf <shelf.yml> --out <dir>`: every volume of a series, ready for a static host. */
export function addShelfCommand(cli: Command): void {
  cli
    .command('shelf')
    .description('build every volume of a shelf.yml into <dir>/<volume-id>/ and write <dir>/shelf.json')
    .argument('<shelf.yml>')
    .requiredOption('-o, --out <dir>', 'the shelf folder to write (replaced whole; upload it as it is)')
    .option('-j, --jobs <n>', 'volumes built at once (default: one a core, at most 4)', positive)
    .action(async (file: string, o: { out: string; jobs?: number }) => {
      const started = Date.now();
      const bar = progressBar();
      try {
        const { manifest, timings, jobs } = await buildShelf(file, o.out, {
          jobs: o.jobs,
          onProgress: bar.onProgress,
        });
        bar.stop();
        const bytes = manifest.volumes.reduce((n, v) => n + v.bytes, 0);
        process.stdout.write(
          `built ${manifest.title}: ${manifest.volumes.length} volume${manifest.volumes.length === 1 ? '' : 's'}, ${(bytes / 1024 / 1024).toFixed(1)} MB → ${o.out} in ${Date.now() - started} ms ` +
            `(check ${timings.check} ms, volumes ${timings.build} ms on ${jobs} thread(s), hashes ${timings.hash} ms, write ${timings.write} ms)\n`,
        );
      } catch (error) {
        bar.stop();
        reportFailure(error);
      }
    });
}
