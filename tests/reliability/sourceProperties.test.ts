import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { volumeSchemaErrors } from '../../src/node/build/validateVolume';
import { InputError } from '../../src/node/errors';
import { readSource } from '../../src/node/source/readSource';
import { SEED_SOURCE, tempDir } from '../helpers/paths';

const LINES = [
  '# 类目',
  '## 分目',
  '### 【条目】',
  '### 表 1　表格',
  '### 图　照片',
  '#### 四级',
  '| a | b |',
  '| --- | --- |',
  '| 1 |',
  '| 1 | 2 | 3 |',
  '（作者）',
  '正文。',
  '<!-- page 3 -->',
  '<!-- page x -->',
  '<div>',
  '- 列表',
  '1. 编号',
  '> 引用',
  '```',
  '',
  '{#dup}',
  '### 【重复】 {#dup}',
  '\u0000',
  '\uFFFD',
];

let runs = 0;

const WHOLE_FILE = /^no category heading/;

/** Either a volume that passes the schema, or problems that each point at a line of the file. */
function check(markdown: string): void {
  runs++;
  const dir = tempDir('yearbook-src-');
  const file = path.join(dir, '01-上城区人民政府.md');
  fs.copyFileSync(path.join(SEED_SOURCE, 'volume.yml'), path.join(dir, 'volume.yml'));
  fs.writeFileSync(file, markdown);
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n').length; // as readSource reads it
  const started = Date.now();
  try {
    expect(volumeSchemaErrors(readSource(dir))).toEqual([]);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const p of error.problems) {
      // Located: in this file, on one of its lines (line 0, the whole file, only where no line is to blame).
      const located = (p.line >= 1 && p.line <= lines) || (p.line === 0 && WHOLE_FILE.test(p.message));
      expect({ ...p, located }).toEqual({ ...p, file, located: true });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  // After the outcome is checked, so a slow sample never hides the real failure of a broken one.
  expect(Date.now() - started).toBeLessThan(5000);
}

describe('yearbook check of arbitrary Markdown', () => {
  afterAll(() => {
    process.stdout.write(`sourceProperties: ${runs} sources tried\n`);
  });

  it('gives a valid volume or located problems, never a crash', () => {
    const line = fc.oneof(fc.constantFrom(...LINES), fc.string({ unit: 'grapheme', maxLength: 20 }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => check(lines.join('\n'))),
      // Found by a random run: a table heading with no table below it became a table without columns.
      { numRuns: 300, examples: [[['# 类目', '### 表 1　表格']]] },
    );
  });

  it('survives the seed source cut and shuffled', () => {
    const seed = fs.readFileSync(path.join(SEED_SOURCE, '01-上城区人民政府.md'), 'utf8').split('\n');
    fc.assert(
      fc.property(fc.shuffledSubarray(seed, { minLength: 1 }), (lines) => check(lines.join('\n'))),
      { numRuns: 100 },
    );
  });
});
