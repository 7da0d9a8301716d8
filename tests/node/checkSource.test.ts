import fs from 'node:fs';
import path from 'node:path';
import { buildVolume } from '../../src/node/build/buildVolume';
import { InputError } from '../../src/node/errors';
import { readSource } from '../../src/node/source/readSource';
import { SEED_SOURCE, tempDir } from '../helpers/paths';

const CATEGORY = '01-上城区人民政府.md';

/** A copy of the seed source with its category file edited. */
function editedSource(edit: (markdown: string) => string | Buffer): string {
  const dir = tempDir();
  for (const name of fs.readdirSync(SEED_SOURCE))
    fs.copyFileSync(path.join(SEED_SOURCE, name), path.join(dir, name));
  const file = path.join(dir, CATEGORY);
  fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
  return dir;
}

function problemsOf(dir: string): string[] {
  try {
    readSource(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).problems.map((p) => `${path.basename(p.file)}:${p.line}: ${p.message}`);
  }
  return [];
}

const lineOf = (markdown: string, needle: string) =>
  markdown.split('\n').findIndex((l) => l.includes(needle)) + 1;
const seedMarkdown = fs.readFileSync(path.join(SEED_SOURCE, CATEGORY), 'utf8');

describe('yearbook check names the file, line and fix of every problem', () => {
  it.each([
    [
      'an unknown heading level',
      (md: string) => md.replace('### 【公务接待】', '#### 【公务接待】'),
      lineOf(seedMarkdown, '### 【公务接待】'),
      /heading level 4 is not used/,
    ],
    [
      'a table row with the wrong number of cells',
      (md: string) =>
        md.replace(
          '| 3 | “既有多层住宅加装电梯”项目：完成加装电梯60台 |',
          '| 3 | “既有多层住宅加装电梯”项目 | 完成加装电梯60台 |',
        ),
      lineOf(seedMarkdown, '| 3 | “既有多层住宅加装电梯”'),
      /this row has 4 cells but the table has 3 columns/,
    ],
    [
      'an entry with no text',
      (md: string) => md.replace('### 【公务接待】', '### 【空条目】\n\n### 【公务接待】'),
      lineOf(seedMarkdown, '### 【公务接待】'),
      /the entry 【空条目】 has no text/,
    ],
    [
      'a duplicate id',
      (md: string) =>
        md
          .replace('### 【公务接待】', '### 【公务接待】 {#same}')
          .replace('### 【政务督查】', '### 【政务督查】 {#same}'),
      lineOf(seedMarkdown, '### 【政务督查】'),
      /duplicate id "same" \(also at .*:\d+\)/,
    ],
    [
      'a heading that is no block',
      (md: string) => md.replace('### 【公务接待】', '### 公务接待'),
      lineOf(seedMarkdown, '### 【公务接待】'),
      /"### 公务接待" is not a block/,
    ],
    [
      'a broken UTF-8 byte',
      (md: string) => {
        const bytes = Buffer.from(md);
        const at = Buffer.from(md.slice(0, md.indexOf('公务接待'))).length;
        bytes[at] = 0xff;
        return bytes;
      },
      lineOf(seedMarkdown, '### 【公务接待】'),
      /not valid UTF-8/,
    ],
  ])('%s', (_, edit, line, message) => {
    const problems = problemsOf(editedSource(edit));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${CATEGORY}:${line}: `));
    expect(problems[0]).toMatch(message);
  });

  it('lists several problems at once', () => {
    const dir = editedSource((md) =>
      md.replace('### 【公务接待】', '#### x').replace('### 【政务督查】', '### 政务督查'),
    );
    expect(problemsOf(dir).length).toBeGreaterThanOrEqual(2);
  });

  it('reports a manifest field with its line', () => {
    const dir = editedSource((md) => md);
    const manifest = path.join(dir, 'volume.yml');
    fs.writeFileSync(manifest, fs.readFileSync(manifest, 'utf8').replace('year: 2018', 'year: 二〇一八'));
    const [problem] = problemsOf(dir);
    expect(problem).toMatch(/^volume\.yml:\d+: "year" must be integer: the year the volume records/);
  });

  it('writes nothing when the source has a problem', () => {
    const out = tempDir();
    fs.writeFileSync(path.join(out, 'volume.json'), 'earlier build');
    const dir = editedSource((md) => md.replace('### 【公务接待】', '#### 【公务接待】'));
    expect(() => buildVolume(dir, out)).toThrow(InputError);
    expect(fs.readdirSync(out)).toEqual(['volume.json']);
    expect(fs.readFileSync(path.join(out, 'volume.json'), 'utf8')).toBe('earlier build');
  });
});
