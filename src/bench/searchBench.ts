import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { blocksInOrder } from '../core/volume/model';
import type { Volume } from '../core/volume/types';
import { buildFiles } from '../node/build/buildVolume';
import { buildSearchIndex, type BuiltIndex } from '../node/search/buildIndex';
import { writeBenchSection } from './benchmarksDoc';
import { SIZES, writeSizedSource } from './benchCorpus';
import { readableStrings } from './oracle';
import { simplified, traditionalVolume } from './traditionalVolume';
import {
  flexCharsEngine,
  lunrBigramEngine,
  lunrJiebaEngine,
  miniBigramEngine,
  miniJiebaEngine,
  ourEngine,
  scanEngine,
  type Engine,
} from './peers';

const ROOT = path.resolve(__dirname, '../..');
const LENGTHS = [1, 2, 3, 4, 5, 6, 7, 8];
/** Queries of each length: most from any text of a block, some starting at a Latin letter or digit. */
const PER_LENGTH = 40;
const LATIN_PER_LENGTH = 5;

/** A seeded generator, so every run asks the same queries. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Query {
  text: string;
  length: number;
}

/**
 * Substrings of 1–8 characters of the volume's own strings — titles, paragraphs, table cells, photo
 * captions, credits, whichever the volume has — with no white space; a few start at a Latin letter
 * or a digit (1102.7亿元, 5G, PM2.5).
 */
function sampleQueries(volume: Volume): Query[] {
  const random = mulberry32(20181231);
  const strings = blocksInOrder(volume).flatMap(({ block }) => readableStrings(block));
  const latin = strings.filter((s) => /[A-Za-z0-9]/.test(s));
  const out: Query[] = [];
  for (const length of LENGTHS) {
    const pick = (pool: string[], count: number, atLatin: boolean) => {
      for (let got = 0, tries = 0; got < count && tries < 100_000; tries++) {
        const chars = [...pool[Math.floor(random() * pool.length)]];
        let start = Math.floor(random() * Math.max(1, chars.length - length + 1));
        if (atLatin) {
          const at = chars.findIndex((c, i) => i >= start && /[A-Za-z0-9]/.test(c));
          start = at < 0 ? chars.findIndex((c) => /[A-Za-z0-9]/.test(c)) : at;
        }
        const text = chars.slice(start, start + length).join('');
        if ([...text].length !== length || /\s/.test(text)) continue;
        out.push({ text, length });
        got++;
      }
    };
    pick(strings, PER_LENGTH - LATIN_PER_LENGTH, false);
    if (latin.length) pick(latin, LATIN_PER_LENGTH, true);
  }
  return out;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

interface Row {
  name: string;
  bytes: number;
  gzip: number;
  buildSeconds: number;
  /** Rounds measured (see `measure`). */
  rounds: number;
  loadMs: number;
  /**
   * The first query after the engine's first load in this process: before V8 has compiled any of its
   * code only for the first engine of the first volume (later ones run code already run).
   */
  firstEverMs: number;
  /** The first query after a later load (median); none for an engine measured in one round. */
  firstMs: number | undefined;
  cold: number[];
  warm: number[];
  coldByLength: Map<number, number[]>;
  /** Cold CPU time of this process by query length: steadier than wall time on a shared machine. */
  cpuByLength: Map<number, number[]>;
  recall: number;
}

/**
 * A quick run while working on the engine: this engine and the scan only, CPU time beside wall time,
 * printed and not written to docs/benchmarks.md.
 */
const QUICK = process.env.BENCH_QUICK === '1';

/** Rounds of load + cold + warm for an engine that loads in under LOAD_ROUND_LIMIT ms. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const LOAD_ROUND_LIMIT = 3000;
/** Untimed rounds first (see `measure`); 0 for none. One left our engine's code still being compiled when timed. */
const WARM_ROUNDS = Number(process.env.BENCH_WARM_ROUNDS ?? 3);

interface Round {
  loadMs: number;
  firstMs: number;
  cold: number[];
  coldCpu: number[];
  warm: number[];
}

/** One round: load, the first query after load, every other query once (cold), every query again (warm). */
async function round(engine: Engine, queries: Query[]): Promise<Round> {
  const started = performance.now();
  const run = await engine.load();
  const loadMs = performance.now() - started;
  const coldCpu: number[] = [];
  const timed = (q: Query) => {
    const cpu = process.cpuUsage();
    const t = performance.now();
    run(q.text);
    const wall = performance.now() - t;
    const used = process.cpuUsage(cpu);
    coldCpu.push((used.user + used.system) / 1000);
    return wall;
  };
  const firstMs = timed(queries[0]);
  coldCpu.length = 0;
  const cold = queries.slice(1).map(timed);
  const warm = queries.slice(1).map(timed);
  coldCpu.length = cold.length;
  return { loadMs, firstMs, cold, coldCpu, warm };
}

const median = (values: number[]) => percentile(values, 50);

/**
 * Rounds of `round` (one for an engine slow to load), each query's time the median over rounds: the
 * machine is shared, and a pause of another process's would otherwise make a percentile of its own.
 */
async function measure(
  engine: Engine,
  queries: Query[],
  truth: Map<string, Set<string>>,
  buildSeconds: number,
  recallEngine?: Engine,
): Promise<Row> {
  // WARM_ROUNDS untimed first: V8 compiles an engine's code as it first runs it, and the scan's
  // literal check (which the peers share) has run every query already, to give the recall truth.
  // Each round loads anew, so no answer is cached: cold stays cold. An engine slow to load is timed
  // in its first round, with no warm-up (as every engine was with WARM_ROUNDS 0).
  const first = await round(engine, queries);
  const slow = first.loadMs >= LOAD_ROUND_LIMIT;
  const rounds = slow || WARM_ROUNDS === 0 ? [first] : [];
  for (let warm = 1; warm < WARM_ROUNDS && !slow; warm++) await round(engine, queries);
  while (rounds.length < (slow ? 1 : ROUNDS)) rounds.push(await round(engine, queries));
  const later = rounds.filter((r) => r !== first);
  const each = (pick: (r: Round) => number[]) =>
    pick(rounds[0]).map((_, i) => median(rounds.map((r) => pick(r)[i])));
  const cold = each((r) => r.cold);
  const byLength = (times: number[]) => {
    const out = new Map<number, number[]>();
    queries.slice(1).forEach((q, i) => out.set(q.length, [...(out.get(q.length) ?? []), times[i]]));
    return out;
  };
  const recallRun = await (recallEngine ?? engine).load();
  let found = 0;
  let expected = 0;
  for (const q of queries) {
    const got = new Set(recallRun(q.text));
    for (const id of truth.get(q.text) ?? []) {
      expected++;
      if (got.has(id)) found++;
    }
  }
  return {
    name: engine.name,
    bytes: Buffer.byteLength(engine.serialized),
    gzip: engine.serialized ? zlib.gzipSync(engine.serialized).length : 0,
    buildSeconds,
    rounds: rounds.length,
    loadMs: median(rounds.map((r) => r.loadMs)),
    firstEverMs: first.firstMs,
    firstMs: later.length ? median(later.map((r) => r.firstMs)) : undefined,
    cold,
    warm: each((r) => r.warm),
    coldByLength: byLength(cold),
    cpuByLength: byLength(each((r) => r.coldCpu)),
    recall: expected ? found / expected : 1,
  };
}

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;

/** Every engine on one volume: ours, the scan, the 100%-recall peers, and (at 1.1 M) the word-only peers. */
async function benchVolume(
  label: string,
  volume: Volume,
  volumeJson: string,
  withWordPeers: boolean,
  typed: (query: Query, i: number) => Query = (q) => q,
): Promise<string> {
  const built = buildSearchIndex(volume, volumeJson);
  const { segment, lunr, pack } = built.timings;
  const queries = sampleQueries(volume).map(typed);
  const scan = scanEngine(volume);
  const scanRun = await scan.load();
  const truth = new Map(queries.map((q) => [q.text, new Set(scanRun(q.text))]));
  const timedBuild = async <T>(f: () => T | Promise<T>): Promise<[T, number]> => {
    const t = performance.now();
    const value = await f();
    return [value, (performance.now() - t) / 1000];
  };
  const rows: Row[] = [];
  const recallOfOurs = ourEngine(volume, built, { limit: 1e9 });
  const ourBuildSeconds = (segment + lunr + pack) / 1000;
  for (const snippets of [false, true])
    rows.push(
      await measure(ourEngine(volume, built, { snippets }), queries, truth, ourBuildSeconds, recallOfOurs),
    );
  rows.push(await measure(scan, queries, truth, 0));
  if (QUICK) return report(label, volumeJson, built, queries, rows);
  const [flex, flexSeconds] = await timedBuild(() => flexCharsEngine(volume));
  rows.push(await measure(flex, queries, truth, flexSeconds));
  const [mini, miniSeconds] = await timedBuild(() => miniBigramEngine(volume));
  rows.push(await measure(mini, queries, truth, miniSeconds));
  const [lunrBigrams, lunrSeconds] = await timedBuild(() => lunrBigramEngine(volume));
  rows.push(await measure(lunrBigrams, queries, truth, lunrSeconds));
  if (withWordPeers) {
    rows.push(await measure(lunrJiebaEngine(volume, built), queries, truth, (segment + lunr) / 1000));
    const [miniWords, miniWordsSeconds] = await timedBuild(() => miniJiebaEngine(volume, built));
    rows.push(await measure(miniWords, queries, truth, segment / 1000 + miniWordsSeconds));
  }
  return report(label, volumeJson, built, queries, rows);
}

function report(label: string, volumeJson: string, built: BuiltIndex, queries: Query[], rows: Row[]): string {
  const textBytes = Buffer.byteLength(volumeJson);
  const characters = blocksInOrder(JSON.parse(volumeJson) as Volume)
    .flatMap(({ block }) => readableStrings(block))
    .reduce((n, s) => n + s.length, 0);
  const summary = [
    '| engine | index (× volume.json) | gzip | build s | rounds | load ms | first query ms: first load / later | cold p50 / p95 / p99 / max ms | warm p50 / p95 / p99 / max ms | literal recall |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.bytes ? `${mb(r.bytes)} (${(r.bytes / textBytes).toFixed(2)}×)` : '— (the text)'} | ${r.gzip ? mb(r.gzip) : '—'} | ${r.buildSeconds.toFixed(1)} | ${r.rounds} | ${r.loadMs.toFixed(0)} | ${ms(r.firstEverMs)} / ${r.firstMs === undefined ? '—' : ms(r.firstMs)} | ${[50, 95, 99, 100].map((p) => ms(percentile(r.cold, p))).join(' / ')} | ${[50, 95, 99, 100].map((p) => ms(percentile(r.warm, p))).join(' / ')} | ${(r.recall * 100).toFixed(1)}% |`,
    ),
  ];
  const byLength = [
    `| cold p95 ms by query length | ${rows.map((r) => r.name).join(' | ')} |`,
    `|---|${rows.map(() => '---:').join('|')}|`,
    ...LENGTHS.map(
      (l) => `| ${l} | ${rows.map((r) => ms(percentile(r.coldByLength.get(l) ?? [], 95))).join(' | ')} |`,
    ),
  ];
  const cpuByLength = [
    `| cold CPU p95 ms by query length | ${rows.map((r) => r.name).join(' | ')} |`,
    `|---|${rows.map(() => '---:').join('|')}|`,
    ...LENGTHS.map(
      (l) => `| ${l} | ${rows.map((r) => ms(percentile(r.cpuByLength.get(l) ?? [], 95))).join(' | ')} |`,
    ),
  ];
  return [
    `### ${label}: ${characters.toLocaleString('en')} characters, ${JSON.parse(volumeJson).categories.length} categories; volume.json ${mb(textBytes)}`,
    '',
    `${queries.length} queries, ${PER_LENGTH} of each length 1–8 (${LATIN_PER_LENGTH} of them starting at a Latin letter or digit). jieba ${(built.timings.segment / 1000).toFixed(1)} s, lunr.Builder ${(built.timings.lunr / 1000).toFixed(1)} s, packing ${(built.timings.pack / 1000).toFixed(2)} s.`,
    '',
    ...summary,
    '',
    ...byLength,
    '',
    ...(QUICK ? [...cpuByLength, ''] : []),
  ].join('\n');
}

async function main(): Promise<void> {
  const workDir = path.join(ROOT, 'build/bench');
  const only = process.env.BENCH_SIZES?.split(',');
  const sections: string[] = [];
  const seed = buildFiles(path.join(ROOT, 'data/volumes/shangcheng'), { index: false });
  if (!only || only.includes('seed'))
    sections.push(
      await benchVolume(
        'Seed chapter (tables, photo captions, credits)',
        seed.volume,
        seed.files['volume.json'],
        false,
      ),
    );
  for (const size of SIZES) {
    if (only && !only.includes(size.name)) continue;
    const { source } = writeSizedSource(workDir, size.characters);
    const { volume, files } = buildFiles(source, { index: false });
    sections.push(
      await benchVolume(
        `${size.name} characters of the scale corpus`,
        volume,
        files['volume.json'],
        size.name === '1.1 M',
      ),
    );
    process.stderr.write(`${size.name} done\n`);
  }
  if (!only || only.includes('traditional')) {
    // The 0.35 M volume printed in traditional characters; every other query typed in simplified.
    const { source } = writeSizedSource(workDir, 350_000);
    const volume = traditionalVolume(buildFiles(source, { index: false }).volume);
    sections.push(
      await benchVolume(
        '0.35 M characters printed in traditional characters (the same text through OpenCC; every other query typed in simplified)',
        volume,
        JSON.stringify(volume),
        false,
        (q, i) => (i % 2 ? { ...q, text: simplified(q.text) } : q),
      ),
    );
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const load = os.loadavg()[0].toFixed(1);
  const out = [
    `## Search (${new Date().toISOString().slice(0, 10)})`,
    '',
    `Machine: ${cpu}, ${os.cpus().length} cores, Node ${process.version}, load average ${load} when it ended (a shared machine: treat single figures as ±50%). Command: \`npm run bench\`.`,
    '',
    `Every engine answers the same queries in one process, on the same parsed volume. *First query*: the first after the engine's first load in the process (before V8 has compiled its code only for the first engine of the first volume: the scan's has run in the recall pass, and every volume runs in one process), and after later loads (median; — for an engine measured in one round). *Cold*: each query once, in order, right after load (the first query after load apart); *warm*: the same queries again. An engine that loads in under ${LOAD_ROUND_LIMIT / 1000} s runs ${WARM_ROUNDS} rounds untimed (load, every query cold and warm: V8 compiles its code, as the recall pass has compiled the scan's), then is measured in ${ROUNDS} rounds (load, cold, warm), each query's time the median of its rounds; a slower one is measured in its first round, with no warm-up. Ours is asked for the first 20 results (a page of the app) and timed twice: ranked and counted, with no snippets (what the peers give, and more: an order, counts, the blocks holding the query's words apart), and *+ snippets*, with the snippets the app cuts for them; its recall is counted over all results. The peers are set up as their users would for full recall on Chinese: FlexSearch with every character a word (its documentation for CJK), MiniSearch and Lunr over characters and bigrams, each followed by a literal check of the candidates; the scan reads every block. Literal recall is measured against the scan, whose folding (NFKC, lower case, OpenCC one character at a time) is written apart from the engine. The word-only peers (jieba tokens, query cut by vocabulary, as docusaurus-search-local does) are kept at 1.1 M for comparison: they find words, not substrings.`,
    '',
    ...sections,
  ].join('\n');
  process.stdout.write(`${out}\n`);
  if (!QUICK) writeBenchSection('search-bench', out);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exitCode = 1;
});
