import { parseCategory } from '../../src/node/source/parseCategory';
import type { Entry, Table } from '../../src/core/volume/types';

/** The first block of a one-category source whose entry (or table) is written as `body`. */
function firstBlock(body: string): Entry | Table {
  const { category, problems } = parseCategory(
    `<!-- page 1 -->\n\n# 类目\n\n## 分目\n\n${body}\n`,
    'test.md',
  );
  expect(problems).toEqual([]);
  return category.sections[0].blocks[0] as Entry | Table;
}

describe('where a printed page begins inside a block', () => {
  it.each([
    ['in a paragraph written on one line', '甲乙丙<!-- page 2 -->丁戊', ['甲乙丙丁戊'], [[0, 3, 2]]],
    [
      'on the third line of a wrapped paragraph',
      '甲乙\n丙丁\n戊<!-- page 2 -->己',
      ['甲乙丙丁戊己'],
      [[0, 5, 2]],
    ],
    ['at the end of a wrapped line', '甲乙<!-- page 2 -->\n丙丁', ['甲乙丙丁'], [[0, 2, 2]]],
    [
      'after Latin words wrapped with a space between them',
      'O2O\nApp 使用<!-- page 2 -->率',
      ['O2O App 使用率'],
      [[0, 10, 2]],
    ],
    ['in the second paragraph', '甲。\n\n乙<!-- page 2 -->丙', ['甲。', '乙丙'], [[1, 1, 2]]],
    ['between two paragraphs', '甲。\n\n<!-- page 2 -->\n\n乙丙', ['甲。', '乙丙'], [[1, 0, 2]]],
    [
      'on two pages of one wrapped paragraph',
      '甲<!-- page 2 -->乙\n丙\n丁<!-- page 3 -->戊',
      ['甲乙丙丁戊'],
      [
        [0, 1, 2],
        [0, 4, 3],
      ],
    ],
  ])('%s', (_, text, paragraphs, breaks) => {
    const entry = firstBlock(`### 【条目】\n\n${text}`) as Entry;
    expect(entry.paragraphs).toEqual(paragraphs);
    expect(entry.breaks).toEqual(breaks);
    expect(entry.pages).toEqual([1, breaks[breaks.length - 1][2]]);
  });

  it('in a table row: the row starts the page', () => {
    const table = firstBlock(
      '### 表 1　表\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n| <!-- page 2 -->3 | 4 |',
    ) as Table;
    expect(table.rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(table.breaks).toEqual([[1, 0, 2]]);
    expect(table.pages).toEqual([1, 2]);
  });

  it('before a block: the block starts on that page, with no break', () => {
    const entry = firstBlock('<!-- page 4 -->\n\n### 【条目】\n\n甲乙。') as Entry;
    expect(entry.pages).toEqual([4, 4]);
    expect(entry.breaks).toBeUndefined();
  });
});
