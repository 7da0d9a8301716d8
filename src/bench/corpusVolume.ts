import fs from 'node:fs';
import path from 'node:path';
import type { DraftCategory, DraftEntry, DraftSection } from '../node/import/draft';
import { writeManifest } from '../node/source/manifest';
import { writeCategory } from '../node/source/writeCategory';

/** The scale corpus, read where it lives (never copied into the repo). */
export const CORPUS = path.resolve(__dirname, '../../../shared/corpora/government-work-reports.jsonl');

interface Report {
  title: string;
  year: number | null;
  content: string;
}

const MIN_ENTRY = 850;
const MAX_ENTRY = 2000;

/** The order of a copy of the corpus in a larger volume, as a category's title says it. */
const COPY_NAMES = ['', '（续编）', '（三编）', '（四编）', '（五编）', '（六编）'];

/**
 * Turn the corpus (72 government work reports, 1.1 M characters) into a full-size volume source, the
 * size of a district yearbook: a category (类目) per decade, a section (分目) per report, entries of
 * 500–2,000 characters cut at headings and paragraph ends. Written with the importer's own writer,
 * so the full-size volume goes through exactly the pipeline a real one does. `copies` > 1 repeats
 * the corpus as further categories of their own (3: 3.3 M characters, a city yearbook's size), so
 * that the app's packaging is tested at the size WeChat's limits are about.
 */
export function writeCorpusSource(
  outDir: string,
  corpus = CORPUS,
  copies = 1,
): { entries: number; characters: number } {
  if (copies < 1 || copies > COPY_NAMES.length) throw new Error(`copies: 1 to ${COPY_NAMES.length}`);
  if (!fs.existsSync(corpus)) throw new Error(`the scale corpus is not at ${corpus}`);
  const reports: Report[] = fs
    .readFileSync(corpus, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const categories = new Map<string, DraftCategory>();
  let entries = 0;
  let characters = 0;
  let page = 1;
  for (let copy = 0; copy < copies; copy++)
    for (const report of reports) {
      const year = report.year ?? Number(/\d{4}/.exec(report.title)?.[0] ?? 2000);
      const decade = `${Math.floor(year / 10) * 10}年代${COPY_NAMES[copy]}`;
      let category = categories.get(decade);
      if (!category) {
        category = { title: `${decade}政府工作报告`, page, sections: [] };
        categories.set(decade, category);
      }
      const section: DraftSection = { title: report.title.replace(/\s+/g, ''), page, blocks: [] };
      category.sections.push(section);
      for (const entry of chunk(report.content)) {
        const draft: DraftEntry = {
          kind: 'entry',
          title: entry.title,
          titlePage: page,
          paragraphs: entry.paragraphs.map((text) => [{ text, page }]),
        };
        section.blocks.push(draft);
        entries++;
        characters += entry.paragraphs.join('').length + entry.title.length;
        page++;
      }
    }
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const names: string[] = [];
  [...categories.values()].forEach((category, i) => {
    const name = `${String(i + 1).padStart(2, '0')}-${category.title}.md`;
    names.push(name);
    fs.writeFileSync(path.join(outDir, name), writeCategory(category));
  });
  fs.writeFileSync(
    path.join(outDir, 'volume.yml'),
    writeManifest({
      id: 'gov-reports',
      title: '政府工作报告汇编（测试卷）',
      year: 2025,
      publisher: '测试出版社',
      place: '北京',
      pageOffset: 0,
      categories: names,
    }),
  );
  return { entries, characters };
}

/** Paragraphs grouped into entries: a short heading line opens a new one and names it. */
function chunk(content: string): Array<{ title: string; paragraphs: string[] }> {
  const paragraphs = content
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .replace(/[\u200b\ufeff]/g, '')
        .replace(/\s*\n\s*/g, '')
        .trim(),
    )
    .filter(Boolean)
    .flatMap(splitLong);
  const out: Array<{ title: string; paragraphs: string[] }> = [];
  let current: { title: string; paragraphs: string[] } | undefined;
  const size = (c: { paragraphs: string[] }) => c.paragraphs.reduce((n, p) => n + p.length, 0);
  for (const p of paragraphs) {
    const heading = p.length <= 30 && !/[。；：！？，]$/.test(p);
    if (heading && (!current || size(current) >= MIN_ENTRY)) {
      if (current && size(current) > 0) out.push(current);
      current = { title: p, paragraphs: [] };
      continue;
    }
    if (!current || size(current) >= MIN_ENTRY || size(current) + p.length > MAX_ENTRY) {
      if (current && size(current) > 0) out.push(current);
      current = { title: titleOf(p), paragraphs: [] };
    }
    current.paragraphs.push(p);
  }
  if (current && size(current) > 0) out.push(current);
  return out;
}

/** A paragraph longer than an entry is cut at the sentence end nearest the middle. */
function splitLong(p: string): string[] {
  if (p.length <= MAX_ENTRY) return [p];
  const middle = Math.floor(p.length / 2);
  const cut = p.indexOf('。', middle);
  if (cut < 0 || cut + 1 >= p.length) return [p];
  return [...splitLong(p.slice(0, cut + 1)), ...splitLong(p.slice(cut + 1))];
}

/** An entry without a heading is named by the start of its first sentence, as editors do. */
function titleOf(p: string): string {
  const sentence = p.split(/[。；：，！？]/)[0];
  return [...sentence].slice(0, 16).join('') || '正文';
}

if (require.main === module) {
  // corpusVolume.js [out dir] [--copies n]
  const args = process.argv.slice(2);
  const at = args.indexOf('--copies');
  const copies = at >= 0 ? Number(args.splice(at, 2)[1]) : 1;
  const out = args[0] ?? path.resolve(__dirname, '../../build/corpus/source');
  const { entries, characters } = writeCorpusSource(out, CORPUS, copies);
  process.stdout.write(`wrote ${out}: ${entries} entries, ${characters} characters\n`);
}
