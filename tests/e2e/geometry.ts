import type { Locator, Page } from 'playwright-core';
import { PHONE } from './browser';

/** A box on the screen, in CSS pixels from the viewport's top left. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} has no box (not displayed)`);
  return box;
}

/** Wholly inside the 375 × 700 screen. */
export function onScreen(box: Box): boolean {
  return (
    box.x >= -0.5 &&
    box.y >= -0.5 &&
    box.x + box.width <= PHONE.width + 0.5 &&
    box.y + box.height <= PHONE.height + 0.5
  );
}

/** Every visible control on the page (buttons, links, tabs) smaller than a thumb's 44 × 44 px. */
export async function smallControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll(
      'button, [role="button"], [role="link"], [role="tab"], .weui-tabbar__item, input',
    );
    return [...controls]
      .filter((el) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed')
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0)
      .filter(({ r }) => r.width < 43.5 || r.height < 43.5)
      .map(
        ({ el, r }) =>
          `${(el.getAttribute('aria-label') ?? el.textContent ?? '').slice(0, 20)} ${Math.round(r.width)}×${Math.round(r.height)}`,
      );
  });
}

/** The contrast ratio (WCAG) of an element's text against the first opaque background behind it. */
export async function contrastOf(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) =>
      [r, g, b]
        .map((v) => v / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
    let back: Element | null = el;
    while (
      back &&
      (rgb(getComputedStyle(back).backgroundColor)[3] === 0 ||
        getComputedStyle(back).backgroundColor === 'transparent')
    )
      back = back.parentElement;
    const bg = luminance(rgb(back ? getComputedStyle(back).backgroundColor : 'rgb(255,255,255)'));
    const fg = luminance(rgb(getComputedStyle(el).color));
    return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
  });
}

/**
 * The widest Chinese character on any line but the last of a justified text, in ems. Justifying
 * widens each character's advance; a run that cannot break (letters, digits), pushed whole to the
 * next line, leaves the line before it stretched: ≈1.3–1.4 em measured at 375 px without
 * `word-break: break-all`, 1.19 at most with it (punctuation kept off a line's start stretches a little).
 */
export async function widestCharacter(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    const size = parseFloat(getComputedStyle(el).fontSize);
    const rects: DOMRect[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const range = document.createRange();
      for (let i = 0; i < text.length; i++) {
        if (text.charCodeAt(i) < 0x2e80) continue;
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const r = range.getBoundingClientRect();
        if (r.width > 0) rects.push(r);
      }
    }
    const lines = new Map<number, DOMRect[]>();
    for (const r of rects) {
      const key = Math.round(r.top / 4);
      lines.set(key, [...(lines.get(key) ?? []), r]);
    }
    const ordered = [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, l]) => l);
    return Math.max(0, ...ordered.slice(0, -1).flatMap((line) => line.map((r) => r.width))) / size;
  });
}

/** Read a value until it passes `ok` (the page may still be scrolling or drawing), then return it. */
export async function settled<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeout = 5000,
): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!ok(value) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** A tap at the element's centre reaches it: nothing (a tab bar, a sticky bar) lies over it. */
export async function reachable(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!top && (top === el || el.contains(top));
  });
}
