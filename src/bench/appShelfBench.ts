import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { reportsByYear, SEED_VOLUME, writeShelfCorpus } from './shelfCorpus';
import { median, quantile, searchSession, throttled } from './throttledPage';

const ROOT = path.resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require(path.join(ROOT, 'scripts/serve.js')) as {
  serve(dir: string, port: number, host: string, mounts: Record<string, string>): Promise<Server>;
};

/** The bundled seed's year (its volume.yml): no corpus volume shares it, as in a real series. */
const seedYear = Number(
  /^year:\s*(\d+)/m.exec(fs.readFileSync(path.join(SEED_VOLUME, 'volume.yml'), 'utf8'))?.[1],
);
/** Nine years of the corpus (its newest) downloaded beside the bundled seed: ten volumes on the phone. */
export const SHELF_YEARS = reportsByYear()
  .map((y) => y.year)
  .filter((y) => y !== seedYear)
  .slice(0, 9);
/** Words of the reports found in most years, so every volume's answer is drawn. */
const SHELF_QUERIES = [
  '改革',
  '经济',
  '人民政府',
  '就业',
  '教育',
  '科技创新',
  '农业',
  '民生',
  '城镇',
  '社会保障',
];

/** What the shelf's figures are: first search, later ones, opening the 书架, and how many volumes. */
export interface ShelfFigures {
  volumes: number;
  characters: number;
  first: number;
  /** From navigation start (app start-up included) until every volume's index is open. */
  indexesOpen: number;
  p50: number;
  /** The later searches' p95 of the session's own answer time (searching, before drawing). */
  answeringP95: number;
  p95: number;
  openShelf: number;
}

/** The test shelf (the seed and SHELF_YEARS) built into a temporary folder by the real `yearbook shelf`. */
function buildShelf(): { out: string; characters: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yearbook-app-shelf-'));
  const { shelfFile, characters } = writeShelfCorpus(dir, { years: SHELF_YEARS });
  const out = path.join(dir, 'out');
  const run = spawnSync(
    process.execPath,
    [path.join(ROOT, 'bin/yearbook.js'), 'shelf', shelfFile, '--out', out],
    {
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`yearbook shelf failed: ${run.stderr}`);
  return { out, characters };
}

/** Download every year on the 书架 (unthrottled: the download is not what is timed). */
async function downloadAll(context: BrowserContext, base: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(`${base}#/pages/shelf/index`);
  const rows = page.locator('.volume >> visible=true');
  await rows.first().waitFor();
  for (const id of SHELF_YEARS.map((y) => `gov-${y}`)) {
    const row = page.locator(`.volume[data-volume="${id}"] >> visible=true`);
    await row.locator('button:has-text("下载")').click();
    await row.locator('.volume-state:has-text("已下载")').waitFor({ timeout: 120_000 });
  }
  const onPhone = await page.locator('.volume-state:has-text("已下载") >> visible=true').count();
  await page.close();
  return onPhone + 1;
}

/** From a tap on the contents page's 书架 link until every year's row is painted. */
async function openShelf(context: BrowserContext, base: string, rows: number): Promise<number> {
  const page = await throttled(context);
  await page.goto(base);
  const link = page.locator('.shelf-link >> visible=true');
  await link.waitFor();
  await page.evaluate(() => new Promise<void>((r) => requestIdleCallback(() => r(), { timeout: 2000 })));
  // The watcher is in the page before the tap: from the tap's own time stamp to the frame after the rows.
  await page.evaluate((n) => {
    const w = window as unknown as { __opened: Promise<number> };
    w.__opened = new Promise<number>((resolve) => {
      let tapAt = 0;
      window.addEventListener('click', (e) => (tapAt = tapAt || e.timeStamp), { capture: true, once: true });
      const drawn = () =>
        [...document.querySelectorAll('.volume .volume-state')].filter((e) => (e as HTMLElement).offsetParent)
          .length >= n;
      const observer = new MutationObserver(() => {
        if (!tapAt || !drawn()) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - tapAt);
          channel.port2.postMessage(0);
        });
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  }, rows);
  await link.click();
  const ms = await page.evaluate(() => (window as unknown as { __opened: Promise<number> }).__opened);
  await page.close();
  return ms;
}

/**
 * One search session on a fresh start of the app (a new page: every volume is opened again), and
 * when every volume's index was open, from navigation start (the page's root no longer busy).
 */
async function session(context: BrowserContext, base: string) {
  const page: Page = await throttled(context);
  await page.addInitScript(() => {
    const w = window as unknown as { __indexesOpen: Promise<number> };
    w.__indexesOpen = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('.page.search[aria-busy="false"]')) return;
        observer.disconnect();
        resolve(performance.now());
      });
      document.addEventListener('DOMContentLoaded', () =>
        observer.observe(document.body, { childList: true, subtree: true, attributes: true }),
      );
    });
  });
  await page.goto(`${base}#/pages/search/index`);
  const times = await searchSession(page, SHELF_QUERIES, true);
  const indexesOpen = await page.evaluate(
    () => (window as unknown as { __indexesOpen: Promise<number> }).__indexesOpen,
  );
  await page.close();
  return { ...times, indexesOpen };
}

/**
 * The H5 reader (dist/h5) with ten volumes on the phone: the bundled seed and nine years downloaded
 * from a shelf served beside it. Medians of `sessions` for the first search and opening the 书架;
 * later searches pooled.
 */
export async function measureShelf(browser: Browser, sessions: number): Promise<ShelfFigures> {
  const { out, characters } = buildShelf();
  const server = await serve(path.join(ROOT, 'dist/h5'), 0, '127.0.0.1', { '/shelf/': out });
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    hasTouch: true,
  });
  try {
    const volumes = await downloadAll(context, base);
    const runs = [];
    for (let n = 0; n < sessions; n++) runs.push(await session(context, base));
    const later = runs.flatMap((r) => r.later);
    if (process.env.BENCH_VERBOSE)
      process.stderr.write(
        `shelf searches: ${runs.map((r) => r.first.toFixed(0)).join(' ')} | ${later.map((t) => t.toFixed(0)).join(' ')}\n`,
      );
    const opened: number[] = [];
    for (let n = 0; n < sessions; n++) opened.push(await openShelf(context, base, SHELF_YEARS.length + 1));
    return {
      volumes,
      characters,
      first: median(runs.map((r) => r.first)),
      indexesOpen: median(runs.map((r) => r.indexesOpen)),
      answeringP95: quantile(
        runs.flatMap((r) => r.answering),
        0.95,
      ),
      p50: quantile(later, 0.5),
      p95: quantile(later, 0.95),
      openShelf: median(opened),
    };
  } finally {
    await context.close();
    server.close();
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  }
}
