import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { blocksInOrder } from '../core/volume/model';
import { buildFiles } from '../node/build/buildVolume';
import { buildSearchIndex } from '../node/search/buildIndex';
import { writeBenchSection } from './benchmarksDoc';
import { writeCorpusSource } from './corpusVolume';
import { flexSearchEngine, lunrEngine, miniSearchEngine, ourEngine, scanEngine, type Engine } from './peers';

const ROOT = path.resolve(__dirname, '../..');

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

const FIXED = [
  // single words
  '经济',
  '改革',
  '农业',
  '教育',
  '科技',
  '就业',
  '社会主义',
  '人民',
  '政府',
  '国务院',
  // substrings that cut across jieba's words
  '民共和',
  '华人民',
  '产总值',
  '府工作报',
  '五年计',
  '会主义现代',
  '济体制改',
  '务院政',
  '人民政',
  '国民经济和',
  // several terms
  '经济 改革',
  '农业 水利',
  '教育 科技 人才',
  '国内生产总值 增长',
  '城镇 就业 岗位',
  // rare terms and numbers as printed
  '鞍钢',
  '三峡',
  '南水北调',
  '雄安新区',
  '一带一路',
  '5G',
  '134.9万亿元',
  '中国式现代化',
  '量子',
  '第一个五年计划',
  // traditional characters
  '國務院',
  '經濟建設',
];

function sampleQueries(texts: string[], count: number): string[] {
  const random = mulberry32(20181231);
  const out: string[] = [];
  while (out.length < count) {
    const chars = [...texts[Math.floor(random() * texts.length)]];
    const length = 2 + Math.floor(random() * 5);
    const start = Math.floor(random() * Math.max(1, chars.length - length));
    const q = chars.slice(start, start + length).join('');
    if (/^[\p{Script=Han}0-9]+$/u.test(q)) out.push(q);
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

interface Row {
  name: string;
  bytes: number;
  gzip: number;
  buildSeconds: number;
  loadMs: number;
  firstMs: number;
  p50: number;
  p95: number;
  recall: number;
}

async function measure(
  engine: Engine,
  queries: string[],
  truth: Map<string, Set<string>>,
  buildSeconds: number,
  recallEngine?: Engine,
): Promise<Row> {
  const loads: number[] = [];
  let run: (q: string) => string[] = () => [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    run = await engine.load();
    loads.push(performance.now() - t);
  }
  const t = performance.now();
  run(queries[0]);
  const firstMs = performance.now() - t;
  const times: number[] = [];
  for (let round = 0; round < 4; round++) {
    for (const q of queries) {
      const start = performance.now();
      run(q);
      if (round > 0) times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const recallRun = recallEngine ? await recallEngine.load() : run;
  let found = 0;
  let expected = 0;
  for (const q of queries) {
    const got = new Set(recallRun(q));
    for (const id of truth.get(q) ?? []) {
      expected++;
      if (got.has(id)) found++;
    }
  }
  loads.sort((a, b) => a - b);
  return {
    name: engine.name,
    bytes: Buffer.byteLength(engine.serialized),
    gzip: zlib.gzipSync(engine.serialized).length,
    buildSeconds,
    loadMs: loads[1],
    firstMs,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    recall: expected ? found / expected : 1,
  };
}

const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;

async function main(): Promise<void> {
  const workDir = path.join(ROOT, 'build/bench');
  const source = path.join(workDir, 'source');
  const { entries, characters } = writeCorpusSource(source);
  const { volume, files } = buildFiles(source, { index: false });
  const volumeJson = files['volume.json'];
  const built = buildSearchIndex(volume, volumeJson);
  const { segment, lunr, pack } = built.timings;
  const texts = blocksInOrder(volume).flatMap(({ block }) =>
    block.kind === 'entry' ? block.paragraphs : [],
  );
  const queries = [...FIXED, ...sampleQueries(texts, 100)];

  const scan = scanEngine(volume, volumeJson);
  const scanRun = await scan.load();
  const truth = new Map(queries.map((q) => [q, new Set(scanRun(q))]));

  const timed = (f: () => void) => {
    const t = performance.now();
    f();
    return (performance.now() - t) / 1000;
  };
  const mini = miniSearchEngine(volume, built);
  const flexStart = performance.now();
  const flex = await flexSearchEngine(volume, built);
  const flexSeconds = (performance.now() - flexStart) / 1000;
  const miniSeconds = timed(() => miniSearchEngine(volume, built));

  const rows: Row[] = [];
  rows.push(
    await measure(
      ourEngine(volume, built),
      queries,
      truth,
      (segment + lunr + pack) / 1000,
      ourEngine(volume, built, 1e9),
    ),
  );
  rows.push(await measure(lunrEngine(volume, built), queries, truth, (segment + lunr) / 1000));
  rows.push(await measure(mini, queries, truth, segment / 1000 + miniSeconds));
  rows.push(await measure(flex, queries, truth, segment / 1000 + flexSeconds));
  rows.push(await measure(scan, queries, truth, 0));

  const textBytes = Buffer.byteLength(volumeJson);
  const table = [
    '| engine | index bytes (raw) | gzip | build s | load ms | first query ms | p50 query ms | p95 query ms | literal recall |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${mb(r.bytes)} (${(r.bytes / textBytes).toFixed(2)}×) | ${mb(r.gzip)} | ${r.buildSeconds.toFixed(1)} | ${r.loadMs.toFixed(0)} | ${r.firstMs.toFixed(1)} | ${r.p50.toFixed(3)} | ${r.p95.toFixed(3)} | ${(r.recall * 100).toFixed(1)}% |`,
    ),
  ].join('\n');
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const report = [
    `## Search, full-size volume (${new Date().toISOString().slice(0, 10)})`,
    '',
    `Machine: ${cpu}, ${os.cpus().length} cores, Node ${process.version}. Command: \`npm run bench\`.`,
    '',
    `Volume: the scale corpus as a volume source (\`src/bench/corpusVolume.ts\`): ${entries} entries, ${characters.toLocaleString('en')} characters; volume.json ${mb(textBytes)}.`,
    `${queries.length} queries (${FIXED.length} fixed: words, substrings across jieba's words, several terms, rare terms, traditional characters; 100 random substrings of the text), each run 3 times after a warm-up round.`,
    `Build: jieba segmentation ${(segment / 1000).toFixed(1)} s (shared by every engine but the scan), lunr.Builder ${(lunr / 1000).toFixed(1)} s, packing ${(pack / 1000).toFixed(2)} s.`,
    'Literal recall: of the blocks whose text holds the query (the substring scan), the share each engine returns. Our engine is timed returning the first 20 results with snippets, and its recall counted over all results.',
    '',
    table,
    '',
  ].join('\n');
  process.stdout.write(`${report}\n`);
  writeBenchSection('search-bench', report);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exitCode = 1;
});
