import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { writeShelfCorpus } from '../../src/bench/shelfCorpus';
import { ShelfSearch } from '../../src/core/shelf/shelfSearch';
import { loadShelfSearch } from '../../src/node/shelf/loadShelfSearch';
import { yearbook } from '../helpers/cli';
import { ROOT, SEED_SOURCE, tempDir } from '../helpers/paths';

/** Every file under `dir`, by its path relative to `dir`, with its SHA-256 (compared faster than bytes). */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (at: string) => {
    for (const e of fs.readdirSync(path.join(dir, at), { withFileTypes: true })) {
      const rel = at ? `${at}/${e.name}` : e.name;
      if (e.isDirectory()) walk(rel);
      else out.set(rel, sha256(fs.readFileSync(path.join(dir, rel))));
    }
  };
  walk('');
  return out;
}

const sha256 = (data: Buffer) => crypto.createHash('sha256').update(data).digest('hex');

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema/shelf.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

// A small shelf: the seed chapter (bundled) between two years of the corpus. The full ~50-volume
// shelf is built by `npm run bench:shelf`, not here.
const source = tempDir('yearbook-shelf-src-');
const { shelfFile } = writeShelfCorpus(source, { years: [2019, 1985] });
const outs = [path.join(tempDir(), 'shelf'), path.join(tempDir(), 'shelf')];
const runs = outs.map((out, i) => ({
  out,
  run: yearbook('shelf', shelfFile, '--out', out, '--jobs', String(i + 1)),
}));
const [out] = outs;
const shelfJson = () => JSON.parse(fs.readFileSync(path.join(out, 'shelf.json'), 'utf8'));

describe('yearbook shelf', () => {
  it('builds every volume and says so, with no progress bar when stderr is not a terminal', () => {
    for (const { run } of runs) {
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^built 政府工作报告与上城年鉴（测试书架）: 3 volumes, [\d.]+ MB → /);
    }
  });

  it('writes a shelf.json that matches its schema: volumes newest first, one bundled', () => {
    const shelf = shelfJson();
    expect(validate(shelf)).toBe(true);
    expect(
      shelf.volumes.map((v: { id: string; year: number; bundled: boolean }) => [v.id, v.year, v.bundled]),
    ).toEqual([
      ['gov-2019', 2019, false],
      ['shangcheng-2019', 2018, true],
      ['gov-1985', 1985, false],
    ]);
  });

  it('lists every file with its true size and SHA-256, and nothing else is in the folder', () => {
    const files = new Map([...tree(out).keys()].map((f) => [f, fs.readFileSync(path.join(out, f))]));
    const listed = new Set(['shelf.json']);
    for (const v of shelfJson().volumes) {
      let bytes = 0;
      for (const f of v.files) {
        const data = files.get(`${v.id}/${f.path}`) as Buffer;
        expect(data).toBeDefined();
        expect(data.length).toBe(f.bytes);
        expect(sha256(data)).toBe(f.sha256);
        listed.add(`${v.id}/${f.path}`);
        bytes += f.bytes;
      }
      expect(v.bytes).toBe(bytes);
    }
    expect([...files.keys()].sort()).toEqual([...listed].sort());
    expect(fs.readdirSync(path.dirname(out))).toEqual(['shelf']);
  });

  it('is the same bytes built twice, on one thread or two', () => {
    expect(tree(outs[1])).toEqual(tree(out));
  });

  it('writes each volume exactly as yearbook build does', () => {
    const built = tempDir();
    expect(yearbook('build', SEED_SOURCE, '--out', built).status).toBe(0);
    expect(tree(path.join(out, 'shangcheng-2019'))).toEqual(tree(built));
  });

  it('writes nothing when a volume is broken, names its file and line, and keeps the shelf already there', () => {
    const broken = tempDir();
    fs.cpSync(source, broken, { recursive: true });
    const category = path.join(broken, 'volumes/gov-1985/01-1985年政府工作报告.md');
    const lines = fs.readFileSync(category, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('### '));
    lines[at] = `#### ${lines[at].slice(4)}`;
    fs.writeFileSync(category, lines.join('\n'));
    const copy = path.join(tempDir(), 'shelf');
    fs.cpSync(out, copy, { recursive: true });
    const run = yearbook('shelf', path.join(broken, 'shelf.yml'), '--out', copy);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`error: ${category}:${at + 1}: heading level 4`);
    expect(tree(copy)).toEqual(tree(out));
    expect(fs.readdirSync(path.dirname(copy))).toEqual(['shelf']);
  });

  it('explains itself and refuses what it cannot use', () => {
    expect(yearbook('shelf', '--help').stdout).toContain('Usage: yearbook shelf [options] <shelf.yml>');
    expect(yearbook('shelf', shelfFile).stderr).toMatch(/required option '-o, --out <dir>' not specified/);
    expect(yearbook('shelf', shelfFile, '--out', tempDir(), '--jobs', '0').stderr).toMatch(
      /expected a whole number ≥ 1/,
    );
    const missing = yearbook('shelf', '/nonexistent/shelf.yml', '--out', tempDir());
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(
      'error: /nonexistent/shelf.yml: no such file: give the shelf.yml that lists the volumes\n',
    );
  });

  it('never replaces a folder that is not a shelf', () => {
    const other = tempDir();
    fs.writeFileSync(path.join(other, 'notes.txt'), '…');
    const run = yearbook('shelf', shelfFile, '--out', other);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/holds files but no shelf\.json/);
    expect(fs.readdirSync(other)).toEqual(['notes.txt']);
  });
});

describe('yearbook search on a shelf', () => {
  const KEYS = ['volume', 'year', 'id', 'kind', 'title', 'category', 'section', 'score', 'exact', 'snippets'];

  it('searches every volume: newest first, each result with its volume and year', () => {
    const run = yearbook('search', out, '人民', '--json', '--limit', '200');
    expect(run.status).toBe(0);
    const results = JSON.parse(run.stdout);
    expect(results.length).toBeGreaterThan(20);
    for (const r of results) expect(Object.keys(r)).toEqual(KEYS);
    const years = results.map((r: { year: number }) => r.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(new Set(results.map((r: { volume: string }) => r.volume))).toEqual(
      new Set(['gov-2019', 'shangcheng-2019', 'gov-1985']),
    );
  });

  it('keeps the order each volume ranks its own results in', () => {
    const all = JSON.parse(yearbook('search', out, '人民', '--json', '--limit', '200').stdout);
    const alone = JSON.parse(
      yearbook('search', path.join(out, 'gov-1985'), '人民', '--json', '--limit', '200').stdout,
    );
    const fromShelf = all.filter((r: { volume: string }) => r.volume === 'gov-1985');
    expect(fromShelf.map((r: { id: string }) => r.id)).toEqual(alone.map((r: { id: string }) => r.id));
  });

  it('keeps to the volumes named with --volume', () => {
    const run = yearbook(
      'search',
      out,
      '人民',
      '--json',
      '--volume',
      'gov-1985',
      '--volume',
      'shangcheng-2019',
    );
    const volumes = JSON.parse(run.stdout).map((r: { volume: string }) => r.volume);
    expect(volumes.length).toBeGreaterThan(0);
    expect(new Set(volumes)).toEqual(new Set(['gov-1985', 'shangcheng-2019']));
    const unknown = yearbook('search', out, '人民', '--volume', 'gov-1990');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain(
      'no volume "gov-1990" on this shelf; its volumes: gov-2019, shangcheng-2019, gov-1985',
    );
    const notShelf = yearbook('search', path.join(out, 'gov-1985'), '人民', '--volume', 'gov-1985');
    expect(notShelf.status).toBe(1);
    expect(notShelf.stderr).toMatch(/--volume needs a shelf folder/);
  });

  it('prints each year’s results under its volume, with counts by year', () => {
    const run = yearbook('search', out, '最多跑一次');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\d+ 条结果含“最多跑一次”，在 \d \/ 3 卷/);
    expect(run.stdout).toContain('━━ 2018 上城年鉴（2019） [shangcheng-2019] ━━');
    expect(run.stdout).toContain('【最多跑一次】');
  });
});

describe('a shelf search skipping the volumes that lack a term’s characters', () => {
  it.each([
    '人民',
    '最多跑一次',
    '上城区',
    '改革開放',
    '经济 体制',
    '城区政府',
    'GDP',
    '5%',
    '最多跑一次。',
    '“最多跑一次”',
    '鑫',
    '',
  ])('answers %j exactly as searching every volume does', (query) => {
    const { search } = loadShelfSearch(out);
    const everyVolume = new ShelfSearch(
      search.volumes.map(({ id, title, year, search: s }) => ({ id, title, year, search: s })),
    );
    expect(search.volumes.every((v) => v.characters && v.characters.size > 100)).toBe(true);
    for (const options of [{}, { limit: 3, snippetsFor: 1 }, { volumes: ['gov-1985'] }])
      expect(search.search(query, options)).toEqual(everyVolume.search(query, options));
  });
});

describe('yearbook toc and stats on a shelf', () => {
  it('prints every volume’s contents under its year, and as JSON the same contents yearbook toc gives', () => {
    const text = yearbook('toc', out).stdout;
    expect(text).toMatch(/^书架 政府工作报告与上城年鉴（测试书架） {2}\[test-shelf\]　3 卷/);
    expect(text).toContain('━━ 2018 [shangcheng-2019]　随应用 ━━');
    expect(text).toContain('条目 区政府常务会议  第4—6页');
    const toc = JSON.parse(yearbook('toc', out, '--json').stdout);
    expect(toc.volumes.map((v: { id: string }) => v.id)).toEqual(['gov-2019', 'shangcheng-2019', 'gov-1985']);
    const alone = JSON.parse(yearbook('toc', path.join(out, 'shangcheng-2019'), '--json').stdout);
    expect(toc.volumes[1].categories).toEqual(alone.categories);
  });

  it('reports each volume’s size and what a reader would download, and fails on a damaged file', () => {
    const run = yearbook('stats', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/shangcheng-2019 +2018 +\d+ +[\d.]+ KB +[\d.]+ KB {2}bundled/);
    expect(run.stdout).toMatch(/downloaded on demand: 2 volumes, [\d.]+ MB \(gzip [\d.]+ MB\)/);
    const copy = path.join(tempDir(), 'shelf');
    fs.cpSync(out, copy, { recursive: true });
    fs.appendFileSync(path.join(copy, 'gov-1985/search-index.json'), ' ');
    const damaged = yearbook('stats', copy);
    expect(damaged.status).toBe(1);
    expect(damaged.stdout).toMatch(/DAMAGED gov-1985\/search-index\.json: \d+ bytes, shelf\.json says \d+/);
  });
});
