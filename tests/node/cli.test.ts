import fs from 'node:fs';
import path from 'node:path';
import { yearbook } from '../helpers/cli';
import { SEED_RAW, SEED_SOURCE, tempDir } from '../helpers/paths';

describe('the yearbook command', () => {
  it.each(['import', 'build', 'check', 'toc', 'show', 'search', 'stats'])('prints help for %s', (command) => {
    const run = yearbook(command, '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Usage: yearbook ${command}`);
  });

  it('imports, checks, builds and shows the seed like an editor would', () => {
    const dir = tempDir();
    const imported = yearbook(
      'import',
      SEED_RAW,
      '--out',
      path.join(dir, 'src'),
      '--title',
      '上城年鉴（2019）',
    );
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain('01-上城区人民政府.md');
    expect(yearbook('check', path.join(dir, 'src')).stdout).toBe('ok: 34 entries, 2 tables, 3 figures\n');
    expect(yearbook('build', SEED_SOURCE, '--out', path.join(dir, 'built')).status).toBe(0);
    const toc = yearbook('toc', path.join(dir, 'built'));
    expect(toc.stdout).toContain('条目 区政府常务会议  第4—6页');
    const json = JSON.parse(yearbook('toc', path.join(dir, 'built'), '--json').stdout);
    const id = json.categories[0].sections[1].blocks[0].id;
    const shown = yearbook('show', path.join(dir, 'built'), id);
    expect(shown.stdout).toContain('【区政府常务会议】');
    expect(shown.stdout).toContain('　　12月28日，区政府召开十五届第二十五次常务会议。');
  });

  it.each([
    [['build', '/nonexistent/source', '--out', '/tmp/x'], /error: \/nonexistent\/source: not a directory/],
    [['show', SEED_SOURCE, 'e123'], /volume\.json: missing: run `yearbook build/],
    [['import', '/nonexistent.txt', '--out', '/tmp/y'], /error: \/nonexistent\.txt: no such file/],
    [['build', SEED_SOURCE], /required option '-o, --out <built-dir>' not specified/],
    [['frobnicate'], /unknown command 'frobnicate'/],
  ])('reports %j on stderr with a non-zero exit and no stack trace', (args, message) => {
    const run = yearbook(...args);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports sizes and fails when a weapp package breaks WeChat’s 2 MB limit', () => {
    const built = tempDir();
    yearbook('build', SEED_SOURCE, '--out', built);
    const weapp = tempDir();
    fs.writeFileSync(
      path.join(weapp, 'app.json'),
      JSON.stringify({ pages: ['pages/index/index'], subPackages: [{ root: 'text/', pages: [] }] }),
    );
    fs.mkdirSync(path.join(weapp, 'text'));
    fs.writeFileSync(path.join(weapp, 'text/c1.json'), Buffer.alloc(1024 * 1024));
    const ok = yearbook('stats', built, '--weapp', weapp);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/volume\.json .* gzip .* brotli/);
    expect(ok.stdout).toMatch(/text\/ +1024\.0 KB {2}ok/);
    fs.writeFileSync(path.join(weapp, 'big.js'), Buffer.alloc(2 * 1024 * 1024 + 1));
    const over = yearbook('stats', built, '--weapp', weapp);
    expect(over.status).toBe(1);
    expect(over.stdout).toMatch(/main +2048\.1 KB {2}OVER by 0\.1 KB/);
    expect(over.stderr).toContain('a WeChat package limit is broken');
  });

  it('refuses an unknown id with a hint', () => {
    const dir = tempDir();
    yearbook('build', SEED_SOURCE, '--out', dir);
    const run = yearbook('show', dir, 'nope');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no entry, table or figure has the id "nope"');
    expect(fs.existsSync(path.join(dir, 'volume.json'))).toBe(true);
  });
});
