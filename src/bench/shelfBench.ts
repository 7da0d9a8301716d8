import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SearchOptions } from '../core/search/search';
import { ShelfSearch } from '../core/shelf/shelfSearch';
import { appParts } from '../node/build/appParts';
import { readShelf } from '../node/shelf/readShelf';
import { loadShelfSearch } from '../node/shelf/loadShelfSearch';
import { buildSearchIndex } from '../node/search/buildIndex';
import { volumeWords } from '../node/search/dictionary';
import { Segmenter } from '../node/search/segmenter';
import { readSource } from '../node/source/readSource';
import { blocksInOrder, textParts } from '../core/volume/model';
import { writeBenchSection } from './benchmarksDoc';
import { writeShelfCorpus } from './shelfCorpus';

const ROOT = path.resolve(__dirname, '../..');
const WORK = path.join(ROOT, 'build/shelf');
const SEARCH_TARGET_MS = 2;
const BUILD_TARGET_S = 60;

/** Questions a researcher brings to a run of yearbooks: policies and terms followed across years. */
const FIXED = [
  '最多跑一次',
  '改革开放',
  '经济体制改革',
  '国有企业',
  '粮食',
  '科技创新',
  '人民',
  '环境保护',
  '一带一路',
  '脱贫攻坚',
  '通货膨胀',
  '乡镇企业',
  '社会主义市场经济',
  '义务教育',
  '住房',
  '就业 再就业',
  '民营经济',
  '对外开放',
  '互联网',
  '上城区',
];

/** Seeded substrings of the volumes' text: what a reader may type that no list foresees. */
function randomQueries(texts: string[], count: number): string[] {
  let seed = 20261129;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const out: string[] = [];
  while (out.length < count) {
    const text = texts[Math.floor(random() * texts.length)];
    const length = 2 + Math.floor(random() * 4);
    const start = Math.floor(random() * Math.max(1, text.length - length));
    const q = text.slice(start, start + length);
    if (/^[\p{Script=Han}0-9]+$/u.test(q)) out.push(q);
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

/** CPU milliseconds `f` takes (the machine is shared: wall clock would count other work too). */
function cpuMs<T>(f: () => T): [T, number] {
  const before = process.cpuUsage();
  const value = f();
  const used = process.cpuUsage(before);
  return [value, (used.user + used.system) / 1000];
}

/** Where a volume's build goes, in CPU time, on a sample built in this process one after another. */
function profileVolumes(shelfFile: string, sample: number) {
  const volumes = readShelf(shelfFile).volumes;
  const step = Math.max(1, Math.floor(volumes.length / sample));
  const picked = volumes.filter((_, i) => i % step === 0).slice(0, sample);
  const ms = { parse: 0, dictionary: 0, cut: 0, lunrAndPack: 0, parts: 0 };
  for (const v of picked) {
    const [volume, parse] = cpuMs(() => readSource(v.dir));
    const [segmenter, dictionary] = cpuMs(() => new Segmenter(volumeWords(volume)));
    const texts = blocksInOrder(volume).flatMap(({ block }) => textParts(block).map((p) => p.text));
    const [, cut] = cpuMs(() => texts.forEach((text) => segmenter.tokens(text)));
    const json = `${JSON.stringify(volume)}\n`;
    // buildSearchIndex loads the dictionary and cuts again: what it takes beyond those is Lunr and packing.
    const [built, index] = cpuMs(() => buildSearchIndex(volume, json));
    const indexJson = `${JSON.stringify(built.packed)}\n`;
    const [, parts] = cpuMs(() => appParts(volume, Buffer.byteLength(json), indexJson));
    ms.parse += parse;
    ms.dictionary += dictionary;
    ms.cut += cut;
    ms.lunrAndPack += Math.max(0, index - dictionary - cut);
    ms.parts += parts;
  }
  return { volumes: picked.length, ms };
}

/** CPU seconds used by this process's finished children (Linux: /proc/self/stat cutime + cstime). */
function childrenCpuSeconds(): number {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return NaN;
  }
}

/** As the search page asks: the first 20 results with their snippets, every volume counted. */
const SEARCH_OPTIONS = { limit: 20, snippetsFor: 20 };

/** The whole shelf searched: the cold first query, then every query `rounds` times. */
function measureSearch(search: ShelfSearch, queries: string[], rounds: number) {
  const options = SEARCH_OPTIONS;
  let t = performance.now();
  const first = search.search(queries[0], options);
  const firstMs = performance.now() - t;
  for (const q of queries) search.search(q, options);
  const times: number[] = [];
  let results = 0;
  const cpu = process.cpuUsage();
  for (let r = 0; r < rounds; r++)
    for (const q of queries) {
      t = performance.now();
      results += search.search(q, options).total;
      times.push(performance.now() - t);
    }
  const used = process.cpuUsage(cpu);
  times.sort((a, b) => a - b);
  return {
    cpuMs: (used.user + used.system) / 1000 / times.length,
    firstMs,
    firstTotal: first.total,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times[times.length - 1],
    count: times.length,
    results,
  };
}

/** How many volumes a query opens on average, once those lacking one of its characters are skipped. */
function volumesOpened(search: ShelfSearch, queries: string[]): number {
  let calls = 0;
  const counting = new ShelfSearch(
    search.volumes.map((v) => ({
      ...v,
      search: { search: (q: unknown, o?: SearchOptions) => (calls++, v.search.search(q, o)) },
    })),
  );
  for (const q of queries) counting.search(q, SEARCH_OPTIONS);
  return calls / queries.length;
}

function main(): void {
  const source = path.join(WORK, 'source');
  const out = path.join(WORK, 'out');
  fs.rmSync(source, { recursive: true, force: true });
  const corpus = writeShelfCorpus(source);
  const load = [os.loadavg()[0]];

  const started = performance.now();
  const cpuBefore = childrenCpuSeconds();
  const run = spawnSync(
    process.execPath,
    [path.join(ROOT, 'bin/yearbook.js'), 'shelf', corpus.shelfFile, '--out', out],
    {
      encoding: 'utf8',
    },
  );
  const buildS = (performance.now() - started) / 1000;
  const buildCpuS = childrenCpuSeconds() - cpuBefore;
  load.push(os.loadavg()[0]);
  if (run.status !== 0) throw new Error(`yearbook shelf failed: ${run.stderr}`);
  const phases = /\((check .*)\)/.exec(run.stdout)?.[1] ?? '';
  const profile = profileVolumes(corpus.shelfFile, 5);

  const t = performance.now();
  const { shelf, search } = loadShelfSearch(out);
  const loadMs = performance.now() - t;
  const texts = shelf.volumes.map((v) => fs.readFileSync(path.join(out, v.id, 'volume.json'), 'utf8'));
  const queries = [...FIXED, ...randomQueries(texts, 30)];
  const s = measureSearch(search, queries, 5);
  const opened = volumesOpened(search, queries);
  load.push(os.loadavg()[0]);

  const bytes = shelf.volumes.reduce((n, v) => n + v.bytes, 0);
  const p = profile.ms;
  const perVolume = (n: number) => (n / profile.volumes / 1000).toFixed(2);
  const total = Object.values(p).reduce((a, b) => a + b, 0);
  const verdict = (value: number, target: number, unit: string) =>
    value <= target
      ? `${value.toFixed(unit === 's' ? 1 : 3)} ${unit} (≤ ${target})`
      : `${value.toFixed(unit === 's' ? 1 : 3)} ${unit} (over ${target} by ${(value - target).toFixed(unit === 's' ? 1 : 3)})`;
  const report = [
    `## Shelf: every year of a series (${new Date().toISOString().slice(0, 10)})`,
    '',
    `Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}; load average ${load.map((l) => l.toFixed(1)).join(' → ')} during the run (other work on the machine slows every figure). Command: \`npm run bench:shelf\`.`,
    '',
    `Shelf: the seed chapter (bundled) and one volume a year from the scale corpus (\`src/bench/shelfCorpus.ts\`): ${shelf.volumes.length} volumes, ${corpus.characters.toLocaleString('en')} characters of report text, ${(bytes / 1024 / 1024).toFixed(1)} MB built.`,
    '',
    '| measure | figure |',
    '|---|---:|',
    `| \`yearbook shelf\`, all volumes, wall clock | ${verdict(buildS, BUILD_TARGET_S, 's')} |`,
    `| its CPU time (all threads; on an idle machine the wall clock is about this over the threads used) | ${buildCpuS.toFixed(1)} s |`,
    `| its phases (ms; volumes on threads side by side) | ${phases} |`,
    `| load every volume for search (${shelf.volumes.length} indexes + volume.json) | ${loadMs.toFixed(0)} ms |`,
    `| first cross-volume search after loading | ${s.firstMs.toFixed(1)} ms |`,
    `| cross-volume search p50 (${s.count} searches: ${FIXED.length} fixed + 30 random queries × 5; the first ${SEARCH_OPTIONS.limit} results with snippets, every volume counted) | ${s.p50.toFixed(3)} ms |`,
    `| cross-volume search p95 | ${verdict(s.p95, SEARCH_TARGET_MS, 'ms')} |`,
    `| slowest search | ${s.max.toFixed(1)} ms |`,
    `| CPU time per search, mean (what contention cannot inflate much) | ${s.cpuMs.toFixed(3)} ms |`,
    `| volumes opened per search, mean (the others lack a character of the query) | ${opened.toFixed(1)} of ${shelf.volumes.length} |`,
    '',
    `Where a volume's build goes (${profile.volumes} volumes built one after another in one process; CPU seconds a volume): jieba's dictionary load ${perVolume(p.dictionary)} (${((p.dictionary / total) * 100).toFixed(0)}%), cutting the text ${perVolume(p.cut)}, lunr.Builder and packing ${perVolume(p.lunrAndPack)}, reading the Markdown ${perVolume(p.parse)}, app parts ${perVolume(p.parts)}. ` +
      'Each volume is segmented once, but nodejieba rebuilds its whole dictionary (5 MB, ~350,000 words) to add that volume’s own words, and offers no way to take them out again; sharing one dictionary across volumes would change an old volume’s index (and its SHA-256) whenever a new year is added. So volumes are built on worker threads, one a core.',
    '',
    `Where a search goes: each volume opened is searched by its own index, ${((s.cpuMs / opened) * 1000).toFixed(0)} µs of CPU a volume on average here, a CPU profile (node --cpu-prof) put about half of it in looking the query up in that volume's vocabulary (\`candidates\`); a common word opens every volume, so the shelf's time is about that cost times the number of years. Skipping volumes that lack a character of the query helps rare terms only.`,
    '',
  ].join('\n');
  writeBenchSection('shelf-bench', report);
  process.stdout.write(`${report}\n`);
}

if (require.main === module) main();
