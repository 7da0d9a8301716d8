import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { measureShelf, SHELF_YEARS, type ShelfFigures } from './appShelfBench';
import { writeBenchSection } from './benchmarksDoc';
import { mark, median, quantile, searchSession, THROTTLE, throttled } from './throttledPage';

/**
 * The reader on a mid-range phone: headless chromium at a phone's viewport with the CPU slowed 4×
 * (Chrome DevTools Protocol Emulation.setCPUThrottlingRate), against production H5 builds of the
 * seed (dist/h5) and of the full-size volume (dist/h5-full), and the seed with nine years downloaded
 * from a shelf (appShelfBench.ts). `npm run bench:app`; `BENCH_APP=volumes` or `BENCH_APP=shelf` for one table.
 */
const ROOT = path.resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require(path.join(ROOT, 'scripts/serve.js')) as {
  serve(dir: string, port?: number): Promise<Server>;
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CHROMIUM, CHROMIUM_ARGS } = require(path.join(ROOT, 'scripts/chromium.js')) as {
  CHROMIUM: string;
  CHROMIUM_ARGS: string[];
};

/** Sessions per measurement: medians of 5, later searches pooled over 5 × 27. */
const SESSIONS = 5;
const QUERIES = [
  '经济',
  '改革开放',
  '人民政府',
  '社会主义现代化',
  '农业',
  '教育',
  '科技创新',
  '就业',
  '城镇',
  '民生',
];
const SEED_QUERIES = [
  '上城区',
  '最多跑一次',
  '政府',
  '街道',
  '改革',
  '城区人',
  '服务',
  '年鉴',
  '会议',
  '企业',
];

/** Milliseconds from navigation start until the contents are visible and tappable. */
async function firstScreen(browser: Browser, base: string): Promise<number> {
  const page = await throttled(browser);
  await page.goto(base);
  await page.locator('.section-title >> visible=true').first().waitFor();
  const ms = await page.evaluate(
    () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))),
  );
  await page.context().close();
  return ms;
}

/** Several sessions (this machine's timings vary from run to run): median first search, pooled later ones. */
async function searches(browser: Browser, base: string, queries: string[]) {
  const sessions = [];
  for (let n = 0; n < SESSIONS; n++) {
    const page = await throttled(browser);
    await page.goto(`${base}#/pages/search/index`);
    sessions.push(await searchSession(page, queries));
    await page.context().close();
  }
  const later = sessions.flatMap((s) => s.later);
  if (process.env.BENCH_VERBOSE)
    process.stderr.write(`later searches: ${later.map((t) => t.toFixed(0)).join(' ')}\n`);
  return {
    first: median(sessions.map((s) => s.first)),
    p50: quantile(later, 0.5),
    p95: quantile(later, 0.95),
  };
}

/** Tap an entry in the contents whose category is not loaded; time until its text is painted. */
async function openUnloaded(browser: Browser, base: string): Promise<number> {
  const page = await throttled(browser);
  await page.goto(base);
  const sections = page.locator('.section-title >> visible=true');
  await sections.first().waitFor();
  const folded = (await page.locator('.section-title[role="button"] >> visible=true').count()) > 0;
  if (folded) await sections.nth(Math.floor((await sections.count()) * 0.8)).click();
  const items = page.locator('.toc-item >> visible=true');
  const item = items.nth(folded ? 1 : Math.floor((await items.count()) * 0.8));
  await page.evaluate(() => ((window as unknown as { __t0: number }).__t0 = performance.now()));
  await item.click();
  await page.locator('.paragraph >> visible=true').first().waitFor();
  const ms = await page.evaluate(
    () =>
      new Promise<number>((r) =>
        requestAnimationFrame(() => r(performance.now() - (window as unknown as { __t0: number }).__t0)),
      ),
  );
  await page.context().close();
  return ms;
}

async function measure(browser: Browser, dir: string, queries: string[]) {
  const server = await serve(dir, 0);
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  try {
    const screens: number[] = [];
    for (let n = 0; n < SESSIONS; n++) screens.push(await firstScreen(browser, base));
    const search = await searches(browser, base, queries);
    const opened: number[] = [];
    for (let n = 0; n < SESSIONS; n++) opened.push(await openUnloaded(browser, base));
    return { firstScreen: median(screens), ...search, open: median(opened) };
  } finally {
    server.close();
  }
}

/**
 * This machine is a shared virtual one whose speed drifts by a third from hour to hour: a fixed
 * script timed in the same throttled page, before and after, tells a reader of two reports whether
 * the machine or the app changed.
 */
async function calibration(browser: Browser): Promise<number> {
  const page = await throttled(browser);
  const ms = await page.evaluate(() => {
    const started = performance.now();
    let x = 0;
    for (let i = 0; i < 5_000_000; i++) x = (x + i * 31) % 1_000_003;
    return performance.now() - started + (x < 0 ? 1 : 0);
  });
  await page.context().close();
  return ms;
}

/** The load average over 1 minute, as `uptime` shows it: other work on this shared machine. */
const load = () => os.loadavg()[0].toFixed(1);

/** The seed and full-size rows: one volume, as before the shelf. */
async function volumeRows(browser: Browser): Promise<string[]> {
  const rows: string[] = [];
  for (const [name, dir, queries] of [
    ['seed (1 category, 39 blocks)', 'dist/h5', SEED_QUERIES],
    ['full size (8 categories, 1,120 entries, text loaded per category)', 'dist/h5-full', QUERIES],
  ] as const) {
    if (!fs.existsSync(path.join(ROOT, dir, 'index.html')))
      throw new Error(`${dir} is not built (npm run build:h5 / npm run build:full)`);
    const r = await measure(browser, path.join(ROOT, dir), [...queries]);
    rows.push(
      `| ${name} | ${mark(r.firstScreen, 1500)} | ${mark(r.first, 800)} | ${r.p50.toFixed(0)} | ${mark(r.p95, 50)} | ${mark(r.open, 500)} |`,
    );
  }
  return rows;
}

function volumeReport(rows: string[], calibrations: number[], loads: string[]): string {
  return [
    `## Reader on a throttled phone (${new Date().toISOString().slice(0, 10)})`,
    '',
    `Headless Debian chromium, 390×844 viewport, CPU throttled ${THROTTLE}× (CDP Emulation.setCPUThrottlingRate), production H5 builds served on 127.0.0.1; ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, shared (load average ${loads.join(' → ')} during the run). Command: \`npm run bench:app\`. Medians of 5 sessions for start-up, opening and the first search after start-up (index fetched and opened); later searches pooled over 5 sessions × 27, each from the Enter key's keydown time stamp to the frame that shows its results. Machine speed: a fixed 5-million-step loop in a throttled page took ${calibrations.map((c) => c.toFixed(0)).join(' ms before and ')} ms after (this virtual machine's speed drifts; compare reports by it).`,
    '',
    '| volume | first screen ms (≤ 1500) | first search ms (≤ 800) | later searches p50 ms | p95 ms (≤ 50) | open an entry of an unloaded category ms (≤ 500) |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
    '',
  ].join('\n');
}

function shelfReport(f: ShelfFigures, calibrations: number[], loads: string[]): string {
  return [
    `## Every year on the phone: search across volumes, the 书架 (${new Date().toISOString().slice(0, 10)})`,
    '',
    `The H5 reader (dist/h5) at 390×844 with the CPU throttled ${THROTTLE}×, ${f.volumes} volumes on the phone: the bundled seed and nine years of the scale corpus (${SHELF_YEARS_TEXT}; ${f.characters.toLocaleString('en-US')} characters) downloaded on the 书架 from a shelf built by \`yearbook shelf\` and served beside the page. Command: \`npm run bench:app\` (\`BENCH_APP=shelf npm run bench:app\` for this table alone). Each session is a fresh start of the app in a new page (every volume's index read from IndexedDB and opened again); the search page starts opening them when it opens. First search: the median of 5 sessions, the query typed as soon as the search box shows (the indexes still opening, side by side) and timed from the Enter key until the frame that shows the answer of every volume; the page draws the answers of the volumes already open before that. Later searches: pooled over 5 sessions × 27. 书架: median of 5 taps on the contents page's 书架 link until every year's row is drawn. **The machine is shared**: ${os.cpus().length} cores, load average ${loads.join(' → ')} during the run (other helpers' builds and tests); the calibration loop took ${calibrations.map((c) => c.toFixed(0)).join(' ms before and ')} ms after.`,
    '',
    '| measure | ms |',
    '|---|---:|',
    `| first cross-volume search, ${f.volumes} volumes (≤ 1500) | ${mark(f.first, 1500)} |`,
    `| search page opened until all ${f.volumes} indexes are open (from navigation start, start-up included) | ${f.indexesOpen.toFixed(0)} |`,
    `| later searches p50 | ${f.p50.toFixed(0)} |`,
    `| later searches p95 (≤ 100) | ${mark(f.p95, 100)} |`,
    `| of which searching (the session's own time, before drawing), p95 | ${f.answeringP95.toFixed(0)} |`,
    `| opening the 书架 (≤ 300) | ${mark(f.openShelf, 300)} |`,
    '',
  ].join('\n');
}

const SHELF_YEARS_TEXT = SHELF_YEARS.join(', ');

async function main(): Promise<void> {
  // BENCH_APP=volumes,shelf (default both): which tables to measure; each is written on its own.
  const parts = (process.env.BENCH_APP ?? 'volumes,shelf').split(',');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    if (parts.includes('volumes')) {
      const loads = [load()];
      const calibrations = [await calibration(browser)];
      const rows = await volumeRows(browser);
      calibrations.push(await calibration(browser));
      loads.push(load());
      const report = volumeReport(rows, calibrations, loads);
      process.stdout.write(`${report}\n`);
      writeBenchSection('app-bench', report);
    }
    if (parts.includes('shelf')) {
      const loads = [load()];
      const calibrations = [await calibration(browser)];
      const figures = await measureShelf(browser, SESSIONS);
      calibrations.push(await calibration(browser));
      loads.push(load());
      const report = shelfReport(figures, calibrations, loads);
      process.stdout.write(`${report}\n`);
      writeBenchSection('app-shelf-bench', report);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exitCode = 1;
});
