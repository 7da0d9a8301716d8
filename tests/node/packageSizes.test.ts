import fs from 'node:fs';
import path from 'node:path';
import { yearbook } from '../helpers/cli';
import { SEED_SOURCE, tempDir } from '../helpers/paths';

/** A weapp build with a main package of `mainBytes` and one subpackage of 1 MB. */
function weappOf(mainBytes: number): string {
  const weapp = tempDir();
  fs.writeFileSync(
    path.join(weapp, 'app.json'),
    JSON.stringify({
      pages: ['pages/index/index'],
      subPackages: [{ root: 'generated/search1', pages: ['index'] }],
    }),
  );
  fs.mkdirSync(path.join(weapp, 'generated/search1'), { recursive: true });
  fs.writeFileSync(path.join(weapp, 'generated/search1/index-1.json'), Buffer.alloc(1024 * 1024));
  fs.writeFileSync(path.join(weapp, 'app.js'), Buffer.alloc(mainBytes));
  return weapp;
}

describe('yearbook stats: each weapp package, and the main package held to 1 MB', () => {
  const built = tempDir();
  beforeAll(() => yearbook('build', SEED_SOURCE, '--out', built));

  it('lists the main package and every subpackage, and passes under the limits', () => {
    const run = yearbook('stats', built, '--weapp', weappOf(900 * 1024));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/main +900\.\d KB {2}ok/);
    expect(run.stdout).toMatch(/generated\/search1\/ +1024\.0 KB {2}ok/);
  });

  it('fails a main package above 1 MB, though WeChat would take up to 2 MB', () => {
    const run = yearbook('stats', built, '--weapp', weappOf(1100 * 1024));
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/main +1100\.\d KB {2}above the 1 MB target by 76\.\d KB/);
    expect(run.stderr).toContain('the main package is above its 1 MB target');
  });
});
