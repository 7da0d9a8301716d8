import path from 'node:path';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { writeShelfCorpus } from '../../src/bench/shelfCorpus';
import { yearbook } from '../helpers/cli';
import { ROOT, tempDir } from '../helpers/paths';
import { CHROMIUM, CHROMIUM_ARGS } from './browser';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require('../../scripts/serve.js') as {
  serve(dir: string, port: number, host: string, mounts: Record<string, string>): Promise<Server>;
};

/** A small test shelf (the seed chapter, bundled, and these years of the corpus) built by `yearbook shelf`; its folder. */
export function buildTestShelf(prefix: string, years: number[]): string {
  const source = tempDir(prefix);
  const { shelfFile } = writeShelfCorpus(source, { years });
  const out = path.join(source, 'out');
  const run = yearbook('shelf', shelfFile, '--out', out);
  if (run.status !== 0) throw new Error(`yearbook shelf failed: ${run.stderr}`);
  return out;
}

/** The built H5 served with the shelf at /shelf/ beside it, as `npm start` serves them, and a browser. */
export async function serveWithShelf(
  out: string,
): Promise<{ server: Server; base: string; browser: Browser }> {
  const server = await serve(path.join(ROOT, 'dist/h5'), 0, '127.0.0.1', { '/shelf/': out });
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return { server, base, browser };
}
