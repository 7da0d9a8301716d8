import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nodejieba from 'nodejieba';
import { foldText } from '../../core/search/fold';
import { splitRuns } from '../../core/search/runs';
import { domainLines } from './dictionary';
import { baseDictionary, trimmedFiles, type TrimmedFiles } from './jiebaDictionary';

/** Which Segmenter's dictionary jieba holds now (jieba is one per thread), by its number. */
let loaded = 0;
let made = 0;

/**
 * Han characters (UTF-16 units) beyond which a volume loads the whole dictionary: finding the words
 * of a text costs about 1.7 µs a character, so past this the trimmed load stops paying (a volume of
 * a million characters loads the whole 5 MB in about the time it takes to find its words). The
 * cuts are the same either way.
 */
const TRIM_LIMIT = 300_000;

/** The Han runs of texts, folded as `tokens` folds them. */
function hanRuns(texts: Iterable<string>): Set<string> {
  const runs = new Set<string>();
  for (const text of texts)
    for (const run of splitRuns(foldText(text))) if (run.kind === 'han') runs.add(run.text);
  return runs;
}

/**
 * Build-time segmentation: folded text cut into runs (core/search/runs), Han runs segmented by
 * nodejieba with the default dictionary plus the domain and volume words; marks are dropped (the
 * runtime treats them as free). The tokens of a Han run always spell the run exactly.
 *
 * Given the texts it will cut (up to TRIM_LIMIT), a Segmenter loads jieba with the dictionary cut
 * down to the words those texts hold (jiebaDictionary.ts: the same cuts, ~1 s less a volume). A
 * text outside them switches it to the whole dictionary, so the cuts never depend on what it was told.
 */
export class Segmenter {
  private readonly userLines: string[];
  private readonly runs: Set<string> | null;
  private files: TrimmedFiles | null = null;
  private readonly number = ++made;

  constructor(words: string[], texts?: Iterable<string>) {
    this.userLines = [...domainLines(), ...words.map((w) => `${w} 1000 n`)];
    const runs = texts ? hanRuns(texts) : null;
    let length = 0;
    for (const run of runs ?? []) length += run.length;
    const dict = runs && length <= TRIM_LIMIT ? baseDictionary() : null;
    this.runs = dict ? runs : null;
    if (dict && runs) this.files = trimmedFiles(dict, runs, this.userLines);
    this.load();
  }

  /** Whether jieba holds a cut-down dictionary (false: the whole one). */
  get trimmed(): boolean {
    return this.files !== null;
  }

  tokens(text: string): string[] {
    const out: string[] = [];
    for (const run of splitRuns(foldText(text))) {
      if (run.kind === 'word') out.push(run.text);
      else if (run.kind === 'han') out.push(...this.han(run.text));
    }
    return out;
  }

  private han(run: string): string[] {
    if (this.files && !this.runs?.has(run)) {
      this.files = null;
      this.load();
    } else if (loaded !== this.number) this.load();
    const cut = nodejieba.cut(run, true);
    // jieba should spell its input exactly; if it ever does not, fall back to characters.
    return cut.join('') === run ? cut : [...run];
  }

  /** load() replaces jieba's whole dictionary, so two builds in one process do not leak words. */
  private load(): void {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yearbook-dict-'));
    try {
      const file = (name: string, text: string) => {
        fs.writeFileSync(path.join(dir, name), text);
        return path.join(dir, name);
      };
      const userDict = file('user.dict.utf8', this.files?.user ?? `${this.userLines.join('\n')}\n`);
      if (this.files) {
        // Cutting uses neither the keyword extractor's idf nor its stop words: one filler line each.
        nodejieba.load({
          dict: file('jieba.dict.utf8', this.files.dict),
          hmmDict: file('hmm_model.utf8', this.files.hmm),
          userDict,
          idfDict: file('idf.utf8', '\uE000 1.0\n'),
          stopWordDict: file('stop_words.utf8', '\uE000\n'),
        });
      } else nodejieba.load({ userDict });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    loaded = this.number;
  }
}
