import fs from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from '../helpers/paths';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require('../../scripts/serve.js') as { serve(dir: string, port?: number): Promise<Server> };

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { CHROMIUM, CHROMIUM_ARGS } = require('../../scripts/chromium.js') as {
  CHROMIUM: string;
  CHROMIUM_ARGS: string[];
};
export const SCREENSHOTS = path.join(ROOT, 'artifacts/screenshots');

/** The built H5 reader served on 127.0.0.1 and Debian's chromium, headless, at a phone's size. */
export async function openBrowser(
  dir = path.join(ROOT, 'dist/h5'),
): Promise<{ browser: Browser; server: Server; base: string }> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk (.ci/run does)`);
  if (!fs.existsSync(path.join(dir, 'index.html'))) throw new Error(`${dir} is not built: npm run build:h5`);
  const server = await serve(dir, 0);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  return { browser, server, base: `http://127.0.0.1:${port}/` };
}

/** The phone the reader is judged on (issue 12): 375 × 700, touch, zh-CN, two device pixels a pixel. */
export const PHONE = { width: 375, height: 700 };

export async function phone(
  browser: Browser,
  base: string,
  viewport = PHONE,
): Promise<{ context: BrowserContext; page: Page; dialogs: string[] }> {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 2,
    hasTouch: true,
    locale: 'zh-CN',
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base.replace(/\/$/, '') });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { context, page, dialogs };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** One browser and server for a test file, opened before its tests and closed after them. */
export function sharedBrowser(dir?: string): { readonly browser: Browser; readonly base: string } {
  let opened: { browser: Browser; server: Server; base: string } | undefined;
  beforeAll(async () => {
    opened = await openBrowser(dir);
  });
  afterAll(async () => {
    await opened?.browser.close();
    opened?.server.close();
  });
  return {
    get browser() {
      return opened!.browser;
    },
    get base() {
      return opened!.base;
    },
  };
}
