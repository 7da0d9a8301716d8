import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS } from '../e2e/browser';
import { ROOT } from '../helpers/paths';
import { scenarios } from './all';
import { runScenario } from './runScenario';
import { SNAPSHOTS } from './snapshot';

/**
 * The compiled mini-program, run headless (harness.ts): every scenario on the seed build
 * (npm run build:weapp) and on the full-size one (npm run build:full). Each scenario runs in a child
 * process of its own: a page's chunk runs once a process (webpack keeps the module, Taro keeps the
 * page's config), and jest's per-file module registry does not give a fresh global `wx`, `App`,
 * `Page` and jsdom — a new process does, as a new launch of the app does on a phone.
 */
const BUILDS = [
  [
    'seed',
    path.join(ROOT, 'dist/weapp'),
    Object.keys(scenarios).filter((name) => !scenarios[name].splitOnly),
  ],
  [
    'full size',
    path.join(ROOT, 'dist/weapp-full'),
    Object.keys(scenarios).filter((n) => !scenarios[n].seedOnly),
  ],
] as const;
/** WeChat takes 1 MB a setData; a quarter of that is where a mini-program gets slow. */
const SET_DATA_LIMIT = 256 * 1024;

const measured: string[] = [];
afterAll(() => {
  if (!measured.length) return;
  fs.mkdirSync(path.join(ROOT, 'artifacts'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'artifacts/weapp-setdata.txt'), `${measured.join('\n')}\n`);
  console.log(`largest setData of each scenario (artifacts/weapp-setdata.txt):\n${measured.join('\n')}`);
});

describe.each(BUILDS)('the mini-program in a WeChat runtime (%s)', (label, dist, names) => {
  beforeAll(() => {
    if (!fs.existsSync(path.join(dist, 'app.js')))
      throw new Error(`${dist} is not built: npm run ${label === 'seed' ? 'build:weapp' : 'build:full'}`);
  });

  beforeAll(() => {
    for (const f of fs.existsSync(SNAPSHOTS) ? fs.readdirSync(SNAPSHOTS) : [])
      if (f.startsWith(`${path.basename(dist)}-`)) fs.rmSync(path.join(SNAPSHOTS, f));
  });

  it.each(names)('%s', async (name) => {
    const report = await runScenario(dist, name);
    const { bytes, route } = report.largestSetData;
    measured.push(
      `${label.padEnd(9)} ${(bytes / 1024).toFixed(1).padStart(7)} KB  ${route.padEnd(20)} ${name}`,
    );
    expect(report.error).toBeUndefined();
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(SET_DATA_LIMIT);
  });

  it('draws its pages in chromium from their tree and WXSS (approximately), 重试 at least 44 px', async () => {
    const mine = fs.readdirSync(SNAPSHOTS).filter((f) => f.startsWith(`${path.basename(dist)}-`));
    expect(mine.length).toBeGreaterThanOrEqual(3);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 375, height: 700 }, deviceScaleFactor: 2 });
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      for (const file of mine) {
        await page.goto(`file://${path.join(SNAPSHOTS, file)}`);
        await page.screenshot({ path: path.join(SCREENSHOTS, `weapp-${file.replace(/\.html$/, '.png')}`) });
        if (!file.endsWith('load-failed.html')) continue;
        const box = (await page.locator('.main--load-failed-retry').boundingBox())!;
        expect(box.height).toBeGreaterThanOrEqual(44);
        expect(box.width).toBeGreaterThanOrEqual(44);
      }
    } finally {
      await browser.close();
    }
  });
});
