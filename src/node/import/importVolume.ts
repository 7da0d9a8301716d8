import fs from 'node:fs';
import path from 'node:path';
import { decodeText } from '../encoding/decode';
import { InputError, type Problem } from '../errors';
import { writeFilesAtomically } from '../fsAtomic';
import { MANIFEST_FILE, writeManifest, type Manifest } from '../source/manifest';
import { writeCategory } from '../source/writeCategory';
import { importChapter } from './importChapter';

export interface ImportOptions {
  out: string;
  id?: string;
  title?: string;
  year?: number;
  publisher?: string;
  place?: string;
  published?: number;
  firstPage?: number;
  /** Replace a source directory that already holds a volume (an editor's proofreading would be lost). */
  force?: boolean;
}

export interface ImportReport {
  files: string[];
  encodings: string[];
  warnings: Problem[];
}

/** `yearbook import`: raw chapter texts (one 类目 each) → a volume source directory. */
export function importVolume(rawFiles: string[], options: ImportOptions): ImportReport {
  if (fs.existsSync(path.join(options.out, MANIFEST_FILE)) && !options.force) {
    throw InputError.at(
      options.out,
      0,
      'already holds a volume source; importing would overwrite its proofreading. Choose another --out, or add --force',
    );
  }
  const files: Record<string, string> = {};
  const names: string[] = [];
  const encodings: string[] = [];
  const warnings: Problem[] = [];
  let page = options.firstPage ?? 1;
  let years: number[] = [];
  rawFiles.forEach((raw, index) => {
    if (!fs.existsSync(raw) || !fs.statSync(raw).isFile()) throw InputError.at(raw, 0, 'no such file');
    const { text, encoding } = decodeText(fs.readFileSync(raw), raw);
    encodings.push(encoding);
    const { category, warnings: w } = importChapter(text, raw, page);
    warnings.push(...w);
    years = years.concat([...text.matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1])));
    const lastPage = Math.max(page, ...category.sections.flatMap((s) => s.blocks.map(lastPageOf)));
    page = lastPage + 1;
    const name = `${String(index + 1).padStart(2, '0')}-${category.title.replace(/[\\/:*?"<>|\s]/g, '')}.md`;
    names.push(name);
    files[name] = writeCategory(category);
  });
  const manifest: Manifest = {
    id: options.id ?? 'volume',
    title: options.title ?? '待填写：年鉴书名',
    year: options.year ?? mostFrequent(years) ?? new Date().getFullYear(),
    publisher: options.publisher ?? '待填写：出版者',
    place: options.place ?? '待填写：出版地',
    ...(options.published ? { published: options.published } : {}),
    pageOffset: 0,
    categories: names,
  };
  files[MANIFEST_FILE] = writeManifest(manifest);
  writeFilesAtomically(options.out, files);
  return { files: Object.keys(files), encodings, warnings };
}

function lastPageOf(block: {
  kind: string;
  page?: number;
  titlePage?: number;
  rows?: Array<{ page: number }>;
  paragraphs?: Array<Array<{ page: number }>>;
}): number {
  const pages = [
    block.page ?? 0,
    block.titlePage ?? 0,
    ...(block.rows ?? []).map((r) => r.page),
    ...(block.paragraphs ?? []).flat().map((p) => p.page),
  ];
  return Math.max(...pages);
}

function mostFrequent(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) if (v >= 1900 && v <= 2200) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}
