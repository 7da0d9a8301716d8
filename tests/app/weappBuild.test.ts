import fs from 'node:fs';
import path from 'node:path';
import { PACKAGE_LIMIT, TOTAL_LIMIT, packageSizes } from '../../src/node/build/packageSizes';
import { ROOT } from '../helpers/paths';

const WEAPP = path.join(ROOT, 'dist/weapp');

describe('the weapp build (npm run build:weapp)', () => {
  const { packages, total, appJson } = packageSizes(WEAPP);

  it('lists the pages and a tab bar of pages in the main package', () => {
    expect(appJson.pages).toEqual(
      expect.arrayContaining([
        'pages/index/index',
        'pages/search/index',
        'pages/bookmarks/index',
        'pages/reader/index',
      ]),
    );
    expect(appJson.tabBar?.list.map((t) => [t.pagePath, t.text])).toEqual([
      ['pages/index/index', '目录'],
      ['pages/search/index', '检索'],
      ['pages/bookmarks/index', '收藏'],
    ]);
    for (const tab of appJson.tabBar?.list ?? []) expect(appJson.pages).toContain(tab.pagePath);
  });

  it('has every page it lists', () => {
    for (const page of appJson.pages) expect(fs.existsSync(path.join(WEAPP, `${page}.js`))).toBe(true);
  });

  it('keeps every package within 2 MB and the whole within 20 MB', () => {
    for (const p of packages) expect([p.root, p.bytes <= PACKAGE_LIMIT]).toEqual([p.root, true]);
    expect(total).toBeLessThanOrEqual(TOTAL_LIMIT);
  });

  it('bundles the volume built from the committed source', () => {
    const built = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/generated/volume.json'), 'utf8'));
    expect(built.id).toBe('shangcheng-2019');
    const main = fs
      .readdirSync(WEAPP)
      .filter((f) => f.endsWith('.js'))
      .map((f) => fs.readFileSync(path.join(WEAPP, f), 'utf8'))
      .join('');
    // The minifier escapes Chinese as \uXXXX; ids stay as they are.
    const ids = built.categories[0].sections.flatMap((s: { blocks: Array<{ id: string }> }) =>
      s.blocks.map((b) => b.id),
    );
    expect(ids.filter((id: string) => !main.includes(id))).toEqual([]);
  });
});
