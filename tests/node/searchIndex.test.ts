import fs from 'node:fs';
import path from 'node:path';
import { scoringTerms } from '../../src/core/search/candidates';
import { Search } from '../../src/core/search/search';
import { findBlock } from '../../src/core/volume/model';
import { buildFiles } from '../../src/node/build/buildVolume';
import { LunrIndexData } from '../../src/node/search/lunrIndexData';
import { yearbook } from '../helpers/cli';
import { SEED_SOURCE, tempDir } from '../helpers/paths';
import { seedSearch, substringScan } from '../helpers/seedSearch';

const { volume, built, packed, data } = seedSearch();
const lunrData = new LunrIndexData(built.lunrIndex, data.docs);

describe('the packed index', () => {
  it('holds the same vocabulary as the lunr.Index it was packed from', () => {
    expect(data.terms).toEqual(lunrData.terms);
    expect(data.terms.length).toBeGreaterThan(1000);
  });

  it('recomputes exactly Lunr’s weight for every posting', () => {
    for (let t = 0; t < data.terms.length; t++) {
      const a = data.postings(t);
      const b = lunrData.postings(t);
      const key = (p: typeof a) => p.docs.map((d, i) => `${d}/${p.fields[i]}/${p.weights[i]}`).sort();
      expect(key(a)).toEqual(key(b));
    }
  });

  it('gives the same results as the unpacked lunr.Index', () => {
    const blocks = (id: string) => findBlock(volume, id)?.block;
    const fromPacked = new Search(data, blocks);
    const fromLunr = new Search(lunrData, blocks);
    for (const q of ['上城区', '城区人', '最多跑一次', '人口普查', '政务 督查', '2018-09-17', '企业服务']) {
      expect(fromPacked.search(q, { limit: 1000 })).toEqual(fromLunr.search(q, { limit: 1000 }));
    }
  });

  it('scores like Lunr’s own query for the same terms', () => {
    // lunr.Index#query with the terms a query is scored by, bypassing Lunr's query parser.
    const search = new Search(data, (id) => findBlock(volume, id)?.block);
    const r = search.search('行政服务中心', { limit: 1000 });
    const terms = scoringTerms('行政服务中心', data).map((t) => data.terms[t]);
    const lunrScores = new Map(
      built.lunrIndex
        .query((q) => q.term(terms, { usePipeline: false }))
        .map((m) => [data.docs[Number(m.ref)].id, m.score]),
    );
    expect(lunrScores.size).toBeGreaterThan(3);
    for (const result of r.results) expect(result.score).toBeCloseTo(lunrScores.get(result.id) as number, 3);
  });

  it('is much smaller than Lunr’s own JSON', () => {
    const packedBytes = Buffer.byteLength(JSON.stringify(packed));
    const lunrBytes = Buffer.byteLength(JSON.stringify(built.lunrIndex));
    expect(packedBytes * 3).toBeLessThan(lunrBytes);
  });

  it('is rebuilt byte for byte from the same source', () => {
    expect(buildFiles(SEED_SOURCE).files['search-index.json']).toBe(
      buildFiles(SEED_SOURCE).files['search-index.json'],
    );
  });
});

describe('rare characters and numbers', () => {
  it('keeps characters outside the basic block searchable (extensions A and B)', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'src'));
    fs.writeFileSync(
      path.join(dir, 'src/volume.yml'),
      'id: rare\ntitle: 测试年鉴\nyear: 2018\npublisher: 测试出版社\nplace: 杭州\ncategories: [01.md]\n',
    );
    fs.writeFileSync(
      path.join(dir, 'src/01.md'),
      '# 地名\n\n## 村落\n\n### 【𠙶坑村】\n\n𠙶坑村位于㙟溪上游，2018年人口1,024人，PM2.5年均值35微克。\n\n### 【其他】\n\n无关内容。\n',
    );
    expect(yearbook('build', path.join(dir, 'src'), '--out', path.join(dir, 'built')).status).toBe(0);
    for (const q of ['𠙶', '𠙶坑', '坑村', '㙟溪', 'pm2.5', 'PM2', '2.5年', '1,024', '35微克']) {
      const run = yearbook('search', path.join(dir, 'built'), q, '--json');
      const results = JSON.parse(run.stdout);
      expect([
        q,
        results.filter((r: { exact: boolean }) => r.exact).map((r: { title: string }) => r.title),
      ]).toEqual([q, ['𠙶坑村']]);
    }
  });
});

describe('yearbook search', () => {
  const dir = tempDir();
  beforeAll(() => {
    expect(yearbook('build', SEED_SOURCE, '--out', dir).status).toBe(0);
  });

  it('prints readable results with the matches marked', () => {
    const run = yearbook('search', dir, '城区人');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^3 条结果含“城区人”/);
    expect(run.stdout).toContain('上【城区人】民政府');
  });

  it('prints JSON results in the documented shape', () => {
    const results = JSON.parse(yearbook('search', dir, '最多跑一次', '--json', '--limit', '2').stdout);
    expect(results).toHaveLength(2);
    expect(Object.keys(results[0])).toEqual([
      'id',
      'kind',
      'title',
      'category',
      'section',
      'score',
      'exact',
      'snippets',
    ]);
    expect(Object.keys(results[0].snippets[0])).toEqual(['text', 'paragraph', 'highlights']);
  });

  it('answers a batch, one JSON array a line in the same order', () => {
    const file = path.join(tempDir(), 'terms.txt');
    fs.writeFileSync(file, '上城区\n\n人口普查\n郑远\n');
    const lines = yearbook('search', dir, '--batch', file, '--limit', '1000').stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    const ids = lines.map((l) =>
      JSON.parse(l)
        .filter((r: { exact: boolean }) => r.exact)
        .map((r: { id: string }) => r.id)
        .sort(),
    );
    expect(ids).toEqual(['上城区', '', '人口普查', '郑远'].map((q) => substringScan(volume, q).sort()));
  });

  it('refuses a damaged index with the file and what to do, instead of answering', () => {
    const damaged = tempDir();
    fs.copyFileSync(path.join(dir, 'volume.json'), path.join(damaged, 'volume.json'));
    const index = JSON.parse(fs.readFileSync(path.join(dir, 'search-index.json'), 'utf8'));
    index.postings = index.postings.slice(0, index.postings.length / 2);
    fs.writeFileSync(path.join(damaged, 'search-index.json'), JSON.stringify(index));
    const run = yearbook('search', damaged, '上城区');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /search-index\.json: search index damaged: \d+ postings where the build wrote \d+/,
    );
    expect(run.stderr).toContain('yearbook build');
  });

  it('refuses an index built from another volume', () => {
    const other = tempDir();
    fs.copyFileSync(path.join(dir, 'search-index.json'), path.join(other, 'search-index.json'));
    const v = JSON.parse(fs.readFileSync(path.join(dir, 'volume.json'), 'utf8'));
    v.title = '另一卷';
    fs.writeFileSync(path.join(other, 'volume.json'), JSON.stringify(v));
    const run = yearbook('search', other, '上城区');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('was built from another volume.json');
  });
});
