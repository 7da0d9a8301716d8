import fs from 'node:fs';
import path from 'node:path';
import { CORPUS, writeCorpusSource } from './corpusVolume';

/** The benchmark's sizes, in characters of the scale corpus's text. */
export const SIZES = [
  { name: '0.35 M', characters: 350_000 },
  { name: '1.1 M', characters: 1_100_000 },
  { name: '3 M', characters: 3_000_000 },
];

interface Report {
  title: string;
  year: number | null;
  content: string;
}

/**
 * A volume source of about `characters` characters, built from the scale corpus where it lives (never
 * copied into the repo): its reports in order until the size is reached; past the corpus's 1.1 M,
 * the corpus again as later printings (years moved on by a century a printing, titles marked), so a
 * 3 M volume has three times the blocks, the postings and the text a scan reads.
 */
export function writeSizedSource(
  workDir: string,
  characters: number,
): { source: string; entries: number; characters: number } {
  const reports: Report[] = fs
    .readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const chosen: Report[] = [];
  let total = 0;
  for (let printing = 0; total < characters; printing++) {
    for (const r of reports) {
      if (total >= characters) break;
      const year = (r.year ?? Number(/\d{4}/.exec(r.title)?.[0] ?? 2000)) + 100 * printing;
      chosen.push({ ...r, year, title: printing ? `${r.title}（第${printing + 1}次印）` : r.title });
      total += r.content.length;
    }
  }
  fs.mkdirSync(workDir, { recursive: true });
  const corpus = path.join(workDir, `corpus-${characters}.jsonl`);
  fs.writeFileSync(corpus, chosen.map((r) => JSON.stringify(r)).join('\n'));
  const source = path.join(workDir, `source-${characters}`);
  const written = writeCorpusSource(source, corpus);
  fs.rmSync(corpus);
  return { source, ...written };
}
