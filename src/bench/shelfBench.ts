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
import { volumeTexts, volumeWords } from '../node/search/dictionary';
import { baseDictionary } from '../node/search/jiebaDictionary';
import { Segmenter } from '../node/search/segmenter';
import { readSource } from '../node/source/readSource';
import { blocksInOrder } from '../core/volume/model';
import type { Volume } from '../core/volume/types';
import { readableStrings } from './oracle';
import { writeBenchSection } from './benchmarksDoc';
import { writeShelfCorpus } from './shelfCorpus';

const ROOT = path.resolve(__dirname, '../..');
const WORK = path.join(ROOT, 'build/shelf');
const SEARCH_TARGET_MS = 2;
const ROUNDS = 5;
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

const LENGTHS = [1, 2, 3, 4, 5, 6, 7, 8];
const PER_LENGTH = 8;

/**
 * Seeded substrings of 1–8 characters, PER_LENGTH of each length, of the volumes' own strings —
 * titles, paragraphs, table cells, captions, credits (the oracle's `readableStrings`), drawn from
 * every volume: what a reader may type that no list foresees.
 */
function sampleQueries(volumes: Volume[]): string[] {
  let seed = 20261129;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pools = volumes.map((v) => blocksInOrder(v).flatMap(({ block }) => readableStrings(block)));
  const out: string[] = [];
  for (const length of LENGTHS) {
    for (let got = 0, tries = 0; got < PER_LENGTH && tries < 100_000; tries++) {
      const pool = pools[Math.floor(random() * pools.length)];
      const chars = [...(pool[Math.floor(random() * pool.length)] ?? '')];
      const start = Math.floor(random() * Math.max(1, chars.length - length + 1));
      const text = chars.slice(start, start + length).join('');
      if ([...text].length !== length || /\s/.test(text)) continue;
      out.push(text);
      got++;
    }
  }
  return out;
}

function sorted(values: number[]): number[] {
  return [...values].sort((a, b) => a - b);
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
  // What each build thread does once: read jieba's whole dictionary and HMM model.
  const [, base] = cpuMs(() => baseDictionary());
  const ms = { parse: 0, dictionary: 0, cut: 0, lunrAndPack: 0, parts: 0 };
  for (const v of picked) {
    const [volume, parse] = cpuMs(() => readSource(v.dir));
    const texts = volumeTexts(volume);
    const [segmenter, dictionary] = cpuMs(() => new Segmenter(volumeWords(volume), texts));
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
  return { volumes: picked.length, ms, base };
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

interface Timings {
  wall: number[];
  cpu: number[];
}

/** One search, timed by the clock and by this process's CPU (the machine is shared: the clock counts other work). */
function timed(search: ShelfSearch, query: string, into: Timings): number {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const total = search.search(query, SEARCH_OPTIONS).total;
  into.wall.push(performance.now() - t);
  const used = process.cpuUsage(cpu);
  into.cpu.push((used.user + used.system) / 1000);
  return total;
}

/**
 * The whole shelf searched: the first query after loading; then each query once, the first time it
 * is asked (cold: the volumes' caches hold only earlier queries' terms); then every query `rounds`
 * times more (warm: asked before).
 */
function measureSearch(search: ShelfSearch, queries: string[], rounds: number) {
  const first: Timings = { wall: [], cpu: [] };
  timed(search, queries[0], first);
  const cold: Timings = { wall: [], cpu: [] };
  for (const q of queries.slice(1)) timed(search, q, cold);
  const warm: Timings = { wall: [], cpu: [] };
  for (let r = 0; r < rounds; r++) for (const q of queries) timed(search, q, warm);
  return { firstMs: first.wall[0], firstCpuMs: first.cpu[0], cold, warm };
}

/** p50 / p95 / p99 / max of a list, in ms. */
function spread(values: number[]): string {
  const list = sorted(values);
  return [50, 95, 99, 100].map((p) => percentile(list, p).toFixed(2)).join(' / ');
}

/** Volume searches a query makes, by what they answered, and the CPU milliseconds each kind took. */
function volumesOpened(search: ShelfSearch, queries: string[]) {
  const kinds = { results: { calls: 0, ms: 0 }, counted: { calls: 0, ms: 0 }, empty: { calls: 0, ms: 0 } };
  const counting = new ShelfSearch(
    search.volumes.map((v) => ({
      ...v,
      search: {
        search: (q: unknown, o?: SearchOptions) => {
          const [answer, ms] = cpuMs(() => v.search.search(q, o));
          const kind =
            answer.total === 0 ? kinds.empty : answer.results.length ? kinds.results : kinds.counted;
          kind.calls += 1;
          kind.ms += ms;
          return answer;
        },
      },
    })),
  );
  for (const q of queries) counting.search(q, SEARCH_OPTIONS);
  const per = (k: { calls: number; ms: number }) =>
    `${(k.calls / queries.length).toFixed(1)} × ${k.calls ? ((k.ms / k.calls) * 1000).toFixed(0) : 0} µs`;
  const calls = kinds.results.calls + kinds.counted.calls + kinds.empty.calls;
  return {
    mean: calls / queries.length,
    text: `giving results ${per(kinds.results)}, counted only ${per(kinds.counted)}, finding nothing ${per(kinds.empty)}`,
  };
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
  const volumes: Volume[] = shelf.volumes.map((v) =>
    JSON.parse(fs.readFileSync(path.join(out, v.id, 'volume.json'), 'utf8')),
  );
  const sampled = sampleQueries(volumes);
  const queries = [...FIXED, ...sampled];
  const s = measureSearch(search, queries, ROUNDS);
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
    `| first cross-volume search after loading (wall / CPU) | ${s.firstMs.toFixed(1)} / ${s.firstCpuMs.toFixed(1)} ms |`,
    `| cross-volume search, cold: each query the first time (${s.cold.wall.length}), wall p50 / p95 / p99 / max | ${spread(s.cold.wall)} ms |`,
    `| the same, CPU | ${spread(s.cold.cpu)} ms |`,
    `| cross-volume search, warm: every query × ${ROUNDS} more (${s.warm.wall.length}), wall p50 / p95 / p99 / max | ${spread(s.warm.wall)} ms |`,
    `| the same, CPU | ${spread(s.warm.cpu)} ms |`,
    `| target: p95 ≤ ${SEARCH_TARGET_MS} ms (warm, wall; CPU beside it) | ${verdict(percentile(sorted(s.warm.wall), 95), SEARCH_TARGET_MS, 'ms')}; CPU ${verdict(percentile(sorted(s.warm.cpu), 95), SEARCH_TARGET_MS, 'ms')} |`,
    `| volumes searched per query, mean (the others lack a character of the query, or every pair of them side by side) | ${opened.mean.toFixed(1)} of ${shelf.volumes.length} |`,
    `| those searches, per query × CPU each | ${opened.text} |`,
    '',
    `Queries: ${FIXED.length} followed across years (${FIXED.slice(0, 4).join('、')}…) and ${sampled.length} seeded substrings of the volumes' own strings (titles, paragraphs, table cells, captions, credits), ${PER_LENGTH} of each length 1–8; each search asks for the first ${SEARCH_OPTIONS.limit} results with snippets and counts every volume, as the search page does.`,
    '',
    `Where a volume's build goes (${profile.volumes} volumes built one after another in one process; CPU seconds a volume): jieba's dictionary load ${perVolume(p.dictionary)} (${((p.dictionary / total) * 100).toFixed(0)}%), cutting the text ${perVolume(p.cut)}, lunr.Builder and packing ${perVolume(p.lunrAndPack)}, reading the Markdown ${perVolume(p.parse)}, app parts ${perVolume(p.parts)}; once a thread, reading jieba's whole dictionary ${(profile.base / 1000).toFixed(2)} s. ` +
      "Each volume is segmented once. jieba is loaded per volume with only the dictionary words that occur in that volume's text and the HMM probabilities of its characters, plus two filler words that keep the sum of frequencies and the least weight, so every cut is the one the whole dictionary gives (src/node/search/jiebaDictionary.ts; the built shelf is byte for byte the same as with the whole dictionary). nodejieba's own insertWord cannot do this: it takes no frequency (a word weighs the median, not the 1000 the user dictionary gives) and words it inserts cannot be taken out again.",
    '',
    `Where a search goes: a volume that lacks a character of the query, or every pair of them side by side, is not opened (volumeCharacters.ts; it can hold neither a literal nor a scattered hit); volumes past the first ${SEARCH_OPTIONS.limit} results are only counted (no scores, no snippets), and suggestions are asked for only until a volume holds the query. The rest is each volume's own engine: a CPU profile (node --cpu-prof) puts about half of a counted volume's time in \`candidates\` (the term's readings against that volume's vocabulary) and a quarter in cutting the query into that vocabulary's words, so a common word costs about that times the number of years.`,
    '',
  ].join('\n');
  writeBenchSection('shelf-bench', report);
  process.stdout.write(`${report}\n`);
}

if (require.main === module) main();
