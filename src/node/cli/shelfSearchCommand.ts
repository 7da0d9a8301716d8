import fs from 'node:fs';
import type { ShelfResponse, ShelfResult } from '../../core/shelf/shelfSearch';
import { InputError } from '../errors';
import { isShelfDir } from '../shelf/builtShelf';
import { loadShelfSearch } from '../shelf/loadShelfSearch';
import { marked, toJson } from './searchCommand';

/** The options `yearbook search` takes, as far as a shelf uses them. */
export interface ShelfSearchFlags {
  json?: boolean;
  limit: number;
  batch?: string;
  volume?: string[];
}

/** `--volume`'s help: it is repeatable, and only a shelf has volumes to choose. */
export const VOLUME_FLAG = 'on a shelf folder: only this volume (repeat for several)';

/** `--volume` collects every id given. */
export function volumeFlag(id: string, ids: string[] = []): string[] {
  return [...ids, id];
}

/** A result as JSON: the volume and its year, then exactly what `yearbook search` gives for one volume. */
function shelfJson(r: ShelfResult) {
  return { volume: r.volume, year: r.year, ...toJson(r) };
}

function formatShelfResponse(response: ShelfResponse, elapsed: number): string {
  const terms = response.terms.join(' ');
  const found = response.volumes.filter((v) => v.total > 0);
  const out = [
    response.exactCount
      ? `${response.exactCount} 条结果含“${terms}”，在 ${found.length} / ${response.volumes.length} 卷${response.total > response.exactCount ? `；另 ${response.total - response.exactCount} 条含其中的词` : ''}（${elapsed.toFixed(1)} ms）`
      : `没有条目含“${terms}”${response.total ? `；${response.total} 条含其中的词` : ''}（${response.volumes.length} 卷，${elapsed.toFixed(1)} ms）`,
  ];
  if (found.length) out.push(found.map((v) => `${v.year} 年 ${v.total} 条`).join(' · '));
  if (!response.exactCount && response.suggestions.length)
    out.push(`相近的词：${response.suggestions.join('、')}`);
  let volume = '';
  for (const r of response.results) {
    if (r.volume !== volume) {
      const v = response.volumes.find((c) => c.volume === r.volume);
      out.push('', `━━ ${r.year} ${v?.title ?? ''} [${r.volume}] ━━`);
      volume = r.volume;
    }
    out.push('', `${r.exact ? '' : '~ '}${r.title}　${r.category} › ${r.section}　[${r.id}]　${r.score}`);
    for (const s of r.snippets) out.push(`    ${s.start > 0 ? '…' : ''}${marked(s.text, s.highlights)}`);
  }
  return out.join('\n');
}

/**
 * `yearbook search <shelf-dir> …`: every volume of a built shelf, newest first, then each volume's
 * ranking; `--volume` keeps to the volumes named.
 */
export function searchShelf(dir: string, words: string[], o: ShelfSearchFlags): void {
  if (!isShelfDir(dir)) throw InputError.at(dir, 0, '--volume needs a shelf folder (one with shelf.json)');
  const { shelf, search } = loadShelfSearch(dir);
  const ids = shelf.volumes.map((v) => v.id);
  for (const id of o.volume ?? [])
    if (!ids.includes(id))
      throw InputError.at('--volume', 0, `no volume "${id}" on this shelf; its volumes: ${ids.join(', ')}`);
  const options = { limit: o.limit, volumes: o.volume?.length ? o.volume : undefined };
  if (o.batch !== undefined) {
    const text = o.batch === '-' ? fs.readFileSync(0, 'utf8') : readBatch(o.batch);
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    for (const line of lines)
      process.stdout.write(`${JSON.stringify(search.search(line, options).results.map(shelfJson))}\n`);
    return;
  }
  const started = performance.now();
  const response = search.search(words.join(' '), options);
  const elapsed = performance.now() - started;
  if (o.json) process.stdout.write(`${JSON.stringify(response.results.map(shelfJson), null, 2)}\n`);
  else process.stdout.write(`${formatShelfResponse(response, elapsed)}\n`);
}

function readBatch(file: string): string {
  if (!fs.existsSync(file)) throw InputError.at(file, 0, 'no such file');
  return fs.readFileSync(file, 'utf8');
}
