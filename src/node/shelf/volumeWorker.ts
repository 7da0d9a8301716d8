import { parentPort } from 'node:worker_threads';
import { buildFiles } from '../build/buildVolume';
import { InputError } from '../errors';
import type { BuiltFiles } from './buildVolumes';

/** What a worker sends back for one volume source directory. */
export type WorkerReply =
  | { dir: string; files: BuiltFiles; ms: number }
  | { dir: string; problems: InputError['problems'] }
  | { dir: string; message: string };

/**
 * A worker thread of `yearbook shelf`: builds the volume sources it is sent with `yearbook build`'s
 * own code. Each worker holds its own jieba (the addon is per thread), so volumes build side by side.
 */
parentPort?.on('message', (dir: string) => {
  const started = Date.now();
  let reply: WorkerReply;
  try {
    reply = { dir, files: buildFiles(dir).files, ms: Date.now() - started };
  } catch (error) {
    reply =
      error instanceof InputError
        ? { dir, problems: error.problems }
        : { dir, message: (error as Error).message ?? String(error) };
  }
  parentPort?.postMessage(reply);
});
