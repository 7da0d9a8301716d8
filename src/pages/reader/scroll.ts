import Taro from '@tarojs/taro';
import { scopedSelector } from '../../core/reader/anchors';

/**
 * Height of the sticky bars over the text, in design units (750 a screen's width; see index.scss):
 * the head (wayfinding 96 — ‹ 目录, the volume's name and the position — over the toolbar 104), and
 * the hit bar under it.
 */
export const BARS = { head: 200, hitBar: 104 };

/** Design units to the screen's pixels, as Taro scales them (750 across). */
function pixels(design: number): number {
  try {
    return (design * Taro.getSystemInfoSync().windowWidth) / 750;
  } catch {
    return design / 2;
  }
}

/**
 * Scroll the page so the anchor inside the reader root `scope` shows just below the sticky bars
 * (`covered`, design units). Taro.pageScrollTo with a selector works in WeChat and in H5 alike.
 */
export function scrollToAnchor(scope: string, anchor: string, covered: number, animate = false): void {
  Taro.pageScrollTo({
    selector: scopedSelector(scope, anchor),
    duration: animate ? 200 : 0,
    offsetTop: -Math.round(pixels(covered + 64)),
  } as Taro.pageScrollTo.Option).catch(() => undefined);
}

/** Scroll the page to an offset (0: its top). */
export function scrollToOffset(top: number): void {
  Taro.pageScrollTo({ scrollTop: top, duration: 0 }).catch(() => undefined);
}

/** Run after the page has drawn what was just set (a block's text, a printed page). */
export function afterDraw(run: () => void): void {
  Taro.nextTick(() => setTimeout(run, 50));
}
