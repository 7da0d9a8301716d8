import fs from 'node:fs';
import path from 'node:path';
import { unpackToc } from '../../src/core/volume/tocStubs';
import {
  MAIN_PACKAGE_TARGET,
  PACKAGE_LIMIT,
  TOTAL_LIMIT,
  packageSizes,
} from '../../src/node/build/packageSizes';
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

  it('keeps the main package under 1 MB, the search index in subpackages', () => {
    const main = packages.find((p) => p.root === '');
    expect(main!.bytes).toBeLessThanOrEqual(MAIN_PACKAGE_TARGET);
    expect(packages.map((p) => p.root)).toContain('generated/search1/');
    // Downloaded with the contents page on Wi-Fi, so that the first search need not wait for it.
    expect(appJson.preloadRule).toEqual({
      'pages/index/index': { network: 'wifi', packages: ['generated/search1'] },
    });
  });

  it('ships the volume built from the committed source, contents in the main package', () => {
    const built = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/generated/volume.json'), 'utf8'));
    expect(built.id).toBe('shangcheng-2019');
    const toc = unpackToc(JSON.parse(fs.readFileSync(path.join(WEAPP, 'generated/app/toc.json'), 'utf8')));
    expect(toc.categories.map((c) => c.sections.flatMap((s) => s.blocks.map((b) => b.id)))).toEqual(
      built.categories.map((c: { sections: Array<{ blocks: Array<{ id: string }> }> }) =>
        c.sections.flatMap((s) => s.blocks.map((b) => b.id)),
      ),
    );
  });
});
