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

function check(markdown: string): void {
  runs++;
  const dir = tempDir('yearbook-src-');
  fs.copyFileSync(path.join(SEED_SOURCE, 'volume.yml'), path.join(dir, 'volume.yml'));
  fs.writeFileSync(path.join(dir, '01-上城区人民政府.md'), markdown);
  const started = Date.now();
  try {
    expect(volumeSchemaErrors(readSource(dir))).toEqual([]);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const p of error.problems) expect(p.line).toBeGreaterThanOrEqual(0);
  } finally {
    expect(Date.now() - started).toBeLessThan(5000);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('yearbook check of arbitrary Markdown', () => {
  afterAll(() => {
    process.stdout.write(`sourceProperties: ${runs} sources tried\n`);
  });

  it('gives a valid volume or located problems, never a crash', () => {
    const line = fc.oneof(fc.constantFrom(...LINES), fc.string({ unit: 'grapheme', maxLength: 20 }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => check(lines.join('\n'))),
      { numRuns: 300 },
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
