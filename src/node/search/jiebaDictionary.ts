import fs from 'node:fs';
import nodejieba from 'nodejieba';

/**
 * jieba's default dictionary and HMM model, read once a thread, and cut down for one volume to the
 * words and characters its text can meet — with the weights jieba computes unchanged, so a volume
 * segments exactly as with the whole dictionary while jieba loads in milliseconds, not seconds.
 *
 * Why this is exact (cppjieba 5, nodejieba 3.5.8): a word's weight is log(freq / sum of every freq),
 * an unknown single character weighs the dictionary's least weight, and user words without a
 * frequency weigh its median. Cutting a run looks up only words that are substrings of the run,
 * and the HMM looks up emission probabilities only of the run's characters. So the trimmed
 * dictionary keeps the words occurring in the runs, plus two filler words spelt with a
 * private-use character (never in a Han run) carrying the least frequency and the rest of the
 * frequency mass: the sum and the least weight come out bit for bit the same (the frequencies are
 * integers, summed exactly in doubles). User lines without a frequency get the median written out.
 */

/** The base dictionary as one thread holds it. */
export interface BaseDictionary {
  /** Each word's last line in the file (jieba's trie keeps the last); a word's proper prefixes map to ''. */
  lines: Map<string, string>;
  /** Longest word, in UTF-16 units. */
  longest: number;
  freqSum: number;
  minFreq: number;
  medianFreq: number;
  /** The HMM model's lines before the emission lines (start and transition probabilities). */
  hmmHead: string[];
  /** Emission probabilities of B, E, M, S: "char:logprob" entries in file order. */
  hmmEmit: string[][];
}

/** A character no Han run contains, for the filler words. */
const FILLER_MIN = '\uE000';
const FILLER_REST = '\uE001';

let base: BaseDictionary | null | undefined;

/** The files nodejieba loads by default (its index.js exports the paths; its types omit them). */
const DEFAULTS = nodejieba as unknown as { DEFAULT_DICT: string; DEFAULT_HMM_DICT: string };

/** The dictionary read and checked once a thread; null when it cannot be trimmed exactly (then load it whole). */
export function baseDictionary(): BaseDictionary | null {
  if (base === undefined) base = readBase(DEFAULTS.DEFAULT_DICT, DEFAULTS.DEFAULT_HMM_DICT);
  return base;
}

function readBase(dictFile: string, hmmFile: string): BaseDictionary | null {
  const lines = new Map<string, string>();
  const freqs: number[] = [];
  let freqSum = 0;
  let longest = 0;
  for (const line of fs.readFileSync(dictFile, 'utf8').split('\n')) {
    if (!line) continue;
    const [word, freqText] = line.split(' ');
    const freq = Number(freqText);
    // Exactness rests on integer frequencies summed without rounding.
    if (!word || !Number.isSafeInteger(freq) || freq <= 0) return null;
    freqs.push(freq);
    freqSum += freq;
    longest = Math.max(longest, word.length);
    lines.set(word, line);
    for (let end = word.length - 1; end > 0; end--) {
      const prefix = word.slice(0, end);
      if (lines.has(prefix)) break;
      lines.set(prefix, '');
    }
  }
  if (!Number.isSafeInteger(freqSum) || freqs.length === 0) return null;
  freqs.sort((a, b) => a - b);
  const model = fs
    .readFileSync(hmmFile, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  if (model.length !== 9) return null;
  return {
    lines,
    longest,
    freqSum,
    minFreq: freqs[0],
    medianFreq: freqs[Math.floor(freqs.length / 2)],
    hmmHead: model.slice(0, 5),
    hmmEmit: model.slice(5).map((l) => l.split(',')),
  };
}

/** The dictionary words occurring in the runs (every substring jieba's trie would find). */
function wordsIn(dict: BaseDictionary, runs: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const run of runs) {
    for (let i = 0; i < run.length; i++) {
      const stop = Math.min(run.length, i + dict.longest);
      for (let end = i + 1; end <= stop; end++) {
        const line = dict.lines.get(run.slice(i, end));
        if (line === undefined) break;
        if (line) found.add(line);
      }
    }
  }
  return found;
}

/** The files jieba loads for a volume, as text. */
export interface TrimmedFiles {
  dict: string;
  hmm: string;
  user: string;
}

/**
 * jieba's dictionary, HMM model and user dictionary for the given Han runs (and user lines
 * "词 [词频] [词性]"), cutting those runs exactly as the whole dictionary with the same user lines.
 * Words are in the order the runs meet them: jieba's trie does not depend on it.
 */
export function trimmedFiles(
  dict: BaseDictionary,
  runs: Iterable<string>,
  userLines: string[],
): TrimmedFiles | null {
  const found = wordsIn(dict, runs);
  const kept = [...found];
  const keptSum = kept.reduce((sum, line) => sum + Number(line.split(' ')[1]), 0);
  const rest = dict.freqSum - keptSum - dict.minFreq;
  if (rest <= 0) return null;
  const characters = new Set<string>();
  for (const run of runs) for (const ch of run) characters.add(ch);
  const emit = dict.hmmEmit.map((entries) => [
    `${FILLER_MIN}:-3.14e+100`,
    ...entries.filter((entry) => characters.has(entry.slice(0, entry.lastIndexOf(':')))),
  ]);
  const user = userLines.map((line) => {
    const parts = line.split(' ').filter(Boolean);
    return parts.length >= 3 ? line : `${parts[0]} ${dict.medianFreq} ${parts[1] ?? 'x'}`;
  });
  return {
    dict: [...kept, `${FILLER_MIN} ${dict.minFreq} x`, `${FILLER_REST} ${rest} x`, ''].join('\n'),
    hmm: [...dict.hmmHead, ...emit.map((entries) => entries.join(',')), ''].join('\n'),
    user: [...user, ''].join('\n'),
  };
}
