import fs from 'node:fs';
import path from 'node:path';
import type { DraftCategory, DraftSection } from '../node/import/draft';
import { writeManifest } from '../node/source/manifest';
import { writeCategory } from '../node/source/writeCategory';

/** The scale corpus, read where it lives (never copied into the repo). */
export const SHELF_CORPUS = path.resolve(__dirname, '../../../shared/corpora/government-work-reports.jsonl');
/** The proofread seed chapter: the shelf's bundled volume. */
export const SEED_VOLUME = path.resolve(__dirname, '../../data/volumes/shangcheng');

interface Report {
  title: string;
  year: number | null;
  content: string;
}

/** One year's volume: its report and the NPC resolution on it (the record that follows it). */
interface YearReports {
  year: number;
  report: Report;
  resolution?: Report;
}

const ENTRY_CHARS = 1200;
const HEADING = /^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|结束语)/;

/** The corpus's reports by year, newest first; a resolution (year null) joins the report before it. */
export function reportsByYear(corpus = SHELF_CORPUS): YearReports[] {
  if (!fs.existsSync(corpus)) throw new Error(`the scale corpus is not at ${corpus}`);
  const records: Report[] = fs
    .readFileSync(corpus, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const years = new Map<number, YearReports>();
  let last: YearReports | undefined;
  for (const record of records) {
    // The corpus writes years as strings ("2025") or null.
    record.year = record.year === null ? null : Number(record.year);
    if (record.year === null || !Number.isInteger(record.year)) {
      if (last && !last.resolution) last.resolution = record;
      continue;
    }
    // The corpus holds one report a year; should it ever hold two, the first is kept.
    last = years.get(record.year) ?? { year: record.year, report: record };
    years.set(record.year, last);
  }
  return [...years.values()].sort((a, b) => b.year - a.year);
}

/** Where Wikisource's licence notice begins: it and what follows are not the report. */
const NOTICE = /本作品(是|来自)\s*中华人民共和国|^注：中文维基文库|^Public domain/m;

function paragraphsOf(content: string): string[] {
  const notice = NOTICE.exec(content);
  return (notice ? content.slice(0, notice.index) : content)
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .replace(/[\u200b\ufeff]/g, '')
        .replace(/\s*\n\s*/g, '')
        .trim(),
    )
    .filter(Boolean);
}

/** A report as one category: a section per top-level heading, entries of about 1,200 characters. */
function reportCategory(report: Report, page: { next: number }, title: string): DraftCategory {
  const sections: DraftSection[] = [];
  let section: DraftSection = { title: '导言', page: page.next, blocks: [] };
  let size = 0;
  for (const p of paragraphsOf(report.content)) {
    if (p.length <= 30 && HEADING.test(p)) {
      if (section.blocks.length) sections.push(section);
      section = { title: p.replace(/\s+/g, ''), page: page.next, blocks: [] };
      size = ENTRY_CHARS;
      continue;
    }
    const current = section.blocks[section.blocks.length - 1];
    if (!current || current.kind !== 'entry' || size + p.length > ENTRY_CHARS) {
      const titled = [...p.split(/[。；：，！？]/)[0]].slice(0, 16).join('') || '正文';
      section.blocks.push({ kind: 'entry', title: titled, titlePage: page.next, paragraphs: [] });
      size = 0;
      page.next++;
    }
    const entry = section.blocks[section.blocks.length - 1];
    if (entry.kind === 'entry') entry.paragraphs.push([{ text: p, page: page.next - 1 }]);
    size += p.length;
  }
  if (section.blocks.length) sections.push(section);
  return { title, page: sections[0]?.page ?? page.next, sections };
}

/** Write one year's volume source (volume.yml + its category files) into `dir`. */
function writeYearVolume(dir: string, y: YearReports): number {
  fs.mkdirSync(dir, { recursive: true });
  const page = { next: 1 };
  const categories = [reportCategory(y.report, page, `${y.year}年政府工作报告`)];
  if (y.resolution) categories.push(reportCategory(y.resolution, page, '关于政府工作报告的决议'));
  const names = categories.map((c, i) => `${String(i + 1).padStart(2, '0')}-${c.title}.md`);
  categories.forEach((c, i) => fs.writeFileSync(path.join(dir, names[i]), writeCategory(c)));
  fs.writeFileSync(
    path.join(dir, 'volume.yml'),
    writeManifest({
      id: `gov-${y.year}`,
      title: `政府工作报告（${y.year}）`,
      year: y.year,
      publisher: '测试出版社',
      place: '北京',
      pageOffset: 0,
      categories: names,
    }),
  );
  let characters = 0;
  for (const c of categories)
    for (const s of c.sections)
      for (const b of s.blocks)
        if (b.kind === 'entry') for (const p of b.paragraphs) characters += p[0].text.length;
  return characters;
}

export interface ShelfCorpusOptions {
  /** Only these years (default: every year the corpus holds). */
  years?: number[];
  corpus?: string;
  seed?: string;
}

/**
 * Write a test shelf into `dir`: `shelf.yml` and one volume source a year under `volumes/`, built
 * from the corpus (a report and its resolution a volume), plus the seed chapter, bundled, listed at
 * its own year so the shelf stays newest first. Never committed: written at test or bench time.
 */
export function writeShelfCorpus(
  dir: string,
  options: ShelfCorpusOptions = {},
): { shelfFile: string; volumes: number; characters: number } {
  const wanted = options.years && new Set(options.years);
  const years = reportsByYear(options.corpus).filter((y) => !wanted || wanted.has(y.year));
  const seed = options.seed ?? SEED_VOLUME;
  const seedYear = Number(
    /^year:\s*(\d+)/m.exec(fs.readFileSync(path.join(seed, 'volume.yml'), 'utf8'))?.[1],
  );
  // Volumes of an earlier run (other years) must not linger beside the new shelf.yml.
  fs.rmSync(path.join(dir, 'volumes'), { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let characters = 0;
  const lines = [
    '# 测试书架: the seed chapter and one volume a year from the corpus.',
    'id: test-shelf',
    'title: 政府工作报告与上城年鉴（测试书架）',
    'volumes:',
  ];
  let seedListed = false;
  const listSeed = () => {
    // A copy, so the shelf folder stands on its own wherever it is written.
    fs.cpSync(seed, path.join(dir, 'volumes', path.basename(seed)), { recursive: true });
    lines.push(`  - source: volumes/${path.basename(seed)}`, '    bundled: true');
    seedListed = true;
  };
  for (const y of years) {
    if (!seedListed && y.year <= seedYear) listSeed();
    characters += writeYearVolume(path.join(dir, 'volumes', `gov-${y.year}`), y);
    lines.push(`  - source: volumes/gov-${y.year}`);
  }
  if (!seedListed) listSeed();
  const shelfFile = path.join(dir, 'shelf.yml');
  fs.writeFileSync(shelfFile, `${lines.join('\n')}\n`);
  return { shelfFile, volumes: years.length + 1, characters };
}

if (require.main === module) {
  const out = process.argv[2] ?? path.resolve(__dirname, '../../build/shelf/source');
  const { shelfFile, volumes, characters } = writeShelfCorpus(out);
  process.stdout.write(
    `wrote ${shelfFile}: ${volumes} volumes, ${characters} characters of text from the corpus\n`,
  );
}
