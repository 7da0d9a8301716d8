import fs from 'node:fs';
import path from 'node:path';
import type { OpenPage } from './harness';

/** Where the harness leaves its page snapshots (HTML), and weapp.test.ts their screenshots. */
export const SNAPSHOTS = path.resolve(__dirname, '../../artifacts/weapp');

/**
 * The built-in components as a browser draws them closely enough for a look: jsdom has no layout,
 * so a page's tree and its WXSS are drawn in chromium instead. Approximate: WeChat's own component
 * styles (button, input) are imitated here, not WeChat's.
 */
const BUILT_IN = `
  body { margin: 0; width: 375px; }
  wx-view, wx-scroll-view, wx-swiper, wx-form { display: block; }
  wx-text { display: inline; }
  wx-button { display: block; box-sizing: border-box; text-align: center; font-size: 18px; line-height: 2.55;
    border-radius: 5px; padding: 0 14px; margin: 0 auto; }
  wx-input { display: block; height: 1.4rem; }
  wx-image { display: inline-block; width: 320px; height: 240px; }
`;

/**
 * WXSS as a browser reads it: classes prefixed as j-component prefixes them (`main--` in the page,
 * `comp--` inside Taro's recursive component), rpx at a 375 px phone.
 */
function browserCss(wxss: string, prefix: string): string {
  let css = wxss.replace(
    /(^|[^\w-])\.([A-Za-z_][-\w]*)/g,
    (_all, before: string, name: string) => `${before}.${prefix}--${name}`,
  );
  // A compound selector's later classes (`.hit.current`), which the pass above leaves unprefixed.
  const compound = new RegExp(`(\\.${prefix}--[-\\w]+)\\.(?!${prefix}--)([A-Za-z_][-\\w]*)`, 'g');
  while (compound.test(css)) css = css.replace(compound, `$1.${prefix}--$2`);
  return css
    .replace(/(-?\d*\.?\d+)rpx/g, (_all, n: string) => `${Number(n) / 2}px`)
    .replace(/(^|[},\s])page(?=[\s,{.:])/g, '$1body');
}

/** Write the page as an HTML file (its tree and its WXSS with the app's) to be drawn by chromium. */
export function writeSnapshot(dist: string, page: OpenPage, name: string): string {
  const wxss = ['app.wxss', `${page.route}.wxss`]
    .map((file) => path.join(dist, file))
    .filter((file) => fs.existsSync(file))
    .map((file) => fs.readFileSync(file, 'utf8'))
    .join('\n');
  // j-component writes an inline style's rpx as px, one for one: halve them for a 375 px phone.
  const tree = (page.comp.dom as Element).outerHTML.replace(
    /style="([^"]*)"/g,
    (_all, style: string) =>
      `style="${style.replace(/(-?\d*\.?\d+)px/g, (_px, n: string) => `${Number(n) / 2}px`)}"`,
  );
  const css = `${BUILT_IN}${browserCss(wxss, 'main')}${browserCss(wxss, 'comp')}`;
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body>${tree}</body></html>`;
  fs.mkdirSync(SNAPSHOTS, { recursive: true });
  const file = path.join(SNAPSHOTS, `${name}.html`);
  fs.writeFileSync(file, html);
  return file;
}
