import fs from 'node:fs';
import type { Command } from 'commander';
import type { SearchResponse, SearchResult } from '../../core/search/search';
import { InputError } from '../errors';
import { loadSearch } from '../search/loadSearch';
import { isShelfDir } from '../shelf/builtShelf';
import { VOLUME_FLAG, searchShelf, volumeFlag } from './shelfSearchCommand';

/** The JSON an outside tool gets for each result (the documented contract). */
export function toJson(r: SearchResult) {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    category: r.category,
    section: r.section,
    score: r.score,
    exact: r.exact,
    snippets: r.snippets.map((s) => ({ text: s.text, paragraph: s.paragraph, highlights: s.highlights })),
  };
}

/** Matches marked 【like this】 for a terminal (brackets, not colour: they survive copy and pipes). */
export function marked(text: string, highlights: Array<[number, number]>): string {
  let out = '';
  let at = 0;
  for (const [start, end] of highlights) {
    out += `${text.slice(at, start)}【${text.slice(start, end)}】`;
    at = end;
  }
  return out + text.slice(at);
}

function formatResponse(response: SearchResponse, elapsed: number): string {
  const out: string[] = [];
  const exact = response.exactCount;
  out.push(
    exact
      ? `${exact} 条结果含“${response.terms.join(' ')}”${response.total > exact ? `，另 ${response.total - exact} 条含其中的词` : ''}（${elapsed.toFixed(1)} ms）`
      : `没有条目含“${response.terms.join(' ')}”${response.total ? `；${response.total} 条含其中的词` : ''}（${elapsed.toFixed(1)} ms）`,
  );
  if (!exact && response.suggestions.length) out.push(`相近的词：${response.suggestions.join('、')}`);
  for (const r of response.results) {
    out.push(
      '',
      `${r.exact ? '' : '~ '}${marked(r.title, r.titleHighlights)}　${r.category} › ${r.section}　[${r.id}]　${r.score}`,
    );
    for (const s of r.snippets) out.push(`    ${s.start > 0 ? '…' : ''}${marked(s.text, s.highlights)}`);
  }
  return out.join('\n');
}

export function addSearchCommand(cli: Command): void {
  cli
    .command('search')
    .description('search a built volume as the reader does; matches are marked 【…】')
    .argument('<built-dir>')
    .argument('[query...]', 'the query; several words must all be found')
    .option('--json', 'print a JSON array of results')
    .option('--limit <n>', 'results at most', (v) => Number.parseInt(v, 10), 20)
    .option('--batch <file>', 'one query a line (- for standard input); prints one JSON array a line')
    .option('--volume <id>', VOLUME_FLAG, volumeFlag) // a shelf: see shelfSearchCommand
    .action((dir: string, words: string[], o: { json?: boolean; limit: number; batch?: string }) => {
      if (!Number.isInteger(o.limit) || o.limit < 0)
        throw InputError.at('--limit', 0, 'expected a whole number');
      if (isShelfDir(dir) || 'volume' in o) return searchShelf(dir, words, o);
      const search = loadSearch(dir);
      if (o.batch !== undefined) {
        const text = o.batch === '-' ? fs.readFileSync(0, 'utf8') : readBatch(o.batch);
        const lines = text.replace(/\r\n?/g, '\n').split('\n');
        if (lines[lines.length - 1] === '') lines.pop();
        for (const line of lines) {
          process.stdout.write(
            `${JSON.stringify(search.search(line, { limit: o.limit }).results.map(toJson))}\n`,
          );
        }
        return;
      }
      const query = words.join(' ');
      const started = performance.now();
      const response = search.search(query, { limit: o.limit });
      const elapsed = performance.now() - started;
      if (o.json) process.stdout.write(`${JSON.stringify(response.results.map(toJson), null, 2)}\n`);
      else process.stdout.write(`${formatResponse(response, elapsed)}\n`);
    });
}

function readBatch(file: string): string {
  if (!fs.existsSync(file)) throw InputError.at(file, 0, 'no such file');
  return fs.readFileSync(file, 'utf8');
}
