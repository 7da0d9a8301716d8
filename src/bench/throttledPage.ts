import type { Browser, BrowserContext, Page } from 'playwright-core';

/** The CPU slowdown of a mid-range phone against this machine's cores. */
export const THROTTLE = 4;

/** A page at a phone's viewport in `context` (a fresh one from `browser` if given one), its CPU slowed. */
export async function throttled(from: Browser | BrowserContext): Promise<Page> {
  const context =
    'newContext' in from
      ? await from.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true })
      : from;
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  return page;
}

/**
 * Type a query, press Enter, and time from the keystroke (the keydown event's own time stamp) until
 * its results are painted (or "没有找到"), 15 s at most, every volume's answer in (the results no
 * longer busy: no volume still opening). The watcher is in the page before the key is sent, so the
 * protocol's round trips are not counted; "painted" is a task queued from the animation frame after
 * the hits reach the DOM, which runs once that frame is drawn.
 */
export async function timedSearch(page: Page, query: string, idle = true): Promise<number> {
  const input = page.locator('input:visible').first();
  // A reader reads the results before the next query: let the page finish what it drew last.
  if (idle)
    await page.evaluate(() => new Promise<void>((r) => requestIdleCallback(() => r(), { timeout: 2000 })));
  await input.fill(query);
  await page.evaluate((q) => {
    const w = window as unknown as { __searched: Promise<number> };
    w.__searched = new Promise<number>((resolve, reject) => {
      let keyAt = 0;
      const onKey = (e: KeyboardEvent) => {
        if (e.key === 'Enter') keyAt = e.timeStamp;
      };
      window.addEventListener('keydown', onKey, true);
      const complete = () => !!document.querySelector('.results[aria-busy="false"]');
      const shown = () =>
        [...document.querySelectorAll('.result .hit')].some((h) => h.textContent === q) ||
        [...document.querySelectorAll('.summary')].some((s) => s.textContent?.includes(`没有找到“${q}”`));
      const done = () => {
        // The session's own time for the answer (searching, before drawing), as the summary shows it.
        const ms = /(\d+)\u00a0ms/.exec(document.querySelector('.summary .count')?.textContent ?? '');
        (window as unknown as { __answerMs: number }).__answerMs = ms ? Number(ms[1]) : NaN;
        observer.disconnect();
        clearTimeout(timeout);
        window.removeEventListener('keydown', onKey, true);
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - keyAt);
          channel.port2.postMessage(0);
        });
      };
      const observer = new MutationObserver(() => keyAt && shown() && complete() && done());
      observer.observe(document.body, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
      });
      const timeout = setTimeout(() => reject(new Error(`no results painted for ${q}`)), 15000);
    });
  }, query);
  await input.press('Enter');
  return page.evaluate(() => (window as unknown as { __searched: Promise<number> }).__searched);
}

/** One session's searches: the first (indexes opening, or opened if the page was let idle) and the later ones, and the later ones' search time. */
export async function searchSession(
  page: Page,
  queries: string[],
  firstAtOnce = false,
): Promise<{ first: number; later: number[]; answering: number[] }> {
  await page.locator('input:visible').first().waitFor();
  // firstAtOnce: typed as soon as the box shows, not once the page is idle (its indexes opened).
  const first = await timedSearch(page, queries[0], !firstAtOnce);
  const later: number[] = [];
  const answering: number[] = [];
  for (let round = 0; round < 3; round++)
    for (const q of queries.slice(1)) {
      later.push(await timedSearch(page, q));
      answering.push(await page.evaluate(() => (window as unknown as { __answerMs: number }).__answerMs));
    }
  return { first, later, answering };
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The p-th quantile (0–1) of the values, nearest rank. */
export function quantile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

/** "123", or "123 (over by 23)" when past the target. */
export function mark(value: number, target: number): string {
  return `${value.toFixed(0)}${Math.round(value) <= target ? '' : ` (over by ${Math.round(value) - target})`}`;
}
