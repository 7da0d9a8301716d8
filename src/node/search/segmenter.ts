import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nodejieba from 'nodejieba';
import { foldText } from '../../core/search/fold';
import { splitRuns } from '../../core/search/runs';
import { domainLines } from './dictionary';

/**
 * Build-time segmentation: folded text cut into runs (core/search/runs), Han runs segmented by
 * nodejieba with the default dictionary plus the domain and volume words; marks are dropped (the
 * runtime treats them as free). The tokens of a Han run always spell the run exactly.
 */
export class Segmenter {
  constructor(words: string[]) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yearbook-dict-'));
    const userDict = path.join(dir, 'user.dict.utf8');
    const lines = [...domainLines(), ...words.map((w) => `${w} 1000 n`)];
    fs.writeFileSync(userDict, `${lines.join('\n')}\n`);
    // load() replaces the whole dictionary, so two builds in one process do not leak words.
    nodejieba.load({ userDict });
    fs.rmSync(dir, { recursive: true, force: true });
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
    const cut = nodejieba.cut(run, true);
    // jieba should spell its input exactly; if it ever does not, fall back to characters.
    return cut.join('') === run ? cut : [...run];
  }
}
