import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildFiles } from '../build/buildVolume';
import { InputError } from '../errors';
import type { WorkerReply } from './volumeWorker';

/** A volume's files by path, as `buildFiles` gives them (text today; bytes are taken as well). */
export type BuiltFiles = Record<string, string | Uint8Array>;

/** One volume's built files (as `yearbook build` writes them) and the milliseconds it took. */
export interface BuiltVolume {
  files: BuiltFiles;
  ms: number;
}

/** The compiled worker; absent when the toolchain runs from TypeScript (jest), which builds in-process. */
const WORKER = path.join(__dirname, 'volumeWorker.js');

/**
 * Threads to build with: one a core, at most 4. Each thread reads jieba's dictionary once (≈0.6 s)
 * and then loads, per volume, only the words that volume holds (search/jiebaDictionary.ts), so a
 * volume costs a few hundred milliseconds and threads beyond the cores gain nothing.
 */
export function defaultJobs(volumes: number): number {
  return Math.max(1, Math.min(os.availableParallelism(), volumes, 4));
}

/**
 * Build each volume source directory, `jobs` at a time; the answers come back in the order of
 * `dirs` whatever order the threads finish in, so the shelf is the same bytes every time.
 * `onBuilt` is called as each volume finishes.
 */
export async function buildVolumes(
  dirs: string[],
  jobs: number,
  onBuilt: (dir: string) => void,
): Promise<BuiltVolume[]> {
  if (jobs <= 1 || !fs.existsSync(WORKER)) {
    return dirs.map((dir) => {
      const started = Date.now();
      const built = { files: buildFiles(dir).files, ms: Date.now() - started };
      onBuilt(dir);
      return built;
    });
  }
  const results = new Map<string, BuiltVolume>();
  const queue = [...dirs];
  const workers = Array.from({ length: Math.min(jobs, dirs.length) }, () => new Worker(WORKER));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const dir = queue.shift();
              if (dir === undefined) resolve();
              else worker.postMessage(dir);
            };
            worker.on('message', (reply: WorkerReply) => {
              if ('problems' in reply) reject(new InputError(reply.problems));
              else if ('message' in reply) reject(new Error(reply.message));
              else {
                results.set(reply.dir, { files: reply.files, ms: reply.ms });
                onBuilt(reply.dir);
                next();
              }
            });
            worker.on('error', reject);
            // A thread that dies without answering (out of memory, a crash in jieba) must not hang the build.
            worker.on('exit', (code) => reject(new Error(`a build thread stopped (exit code ${code})`)));
            next();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return dirs.map((dir) => results.get(dir) as BuiltVolume);
}
