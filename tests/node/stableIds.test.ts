import fs from 'node:fs';
import path from 'node:path';
import { blocksInOrder } from '../../src/core/volume/model';
import { readSource } from '../../src/node/source/readSource';
import { SEED_SOURCE, tempDir } from '../helpers/paths';

const CATEGORY = '01-上城区人民政府.md';
const seed = readSource(SEED_SOURCE);
/** Each title's first block: a repeated title's later blocks are the ones that take an ordinal. */
const idsByTitle = (v: ReturnType<typeof readSource>) =>
  new Map(
    blocksInOrder(v)
      .reverse()
      .map((p) => [
        `${p.section.title}/${p.block.kind === 'figure' ? p.block.caption : p.block.title}`,
        p.block.id,
      ]),
  );

function edited(edit: (md: string) => string) {
  const dir = tempDir();
  for (const name of fs.readdirSync(SEED_SOURCE))
    fs.copyFileSync(path.join(SEED_SOURCE, name), path.join(dir, name));
  const file = path.join(dir, CATEGORY);
  fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
  return readSource(dir);
}

describe('ids survive editing', () => {
  const before = idsByTitle(seed);

  it.each([
    [
      'fixing a character in an entry',
      (md: string) => md.replace('稳中求进工作总基调', '稳中求进的工作总基调'),
    ],
    [
      'inserting an entry',
      (md: string) => md.replace('### 【公务接待】', '### 【新条目】\n\n新的内容。\n\n### 【公务接待】'),
    ],
    ['deleting an entry', (md: string) => md.replace(/### 【公务接待】\n\n[^\n]+\n\n/, '')],
    [
      'adding a second entry of a repeated title',
      (md: string) => md.replace('### 【公务接待】', '### 【概况】\n\n又一个概况。\n\n### 【公务接待】'),
    ],
  ])('%s leaves every other id unchanged', (_, edit) => {
    const after = idsByTitle(edited(edit));
    for (const [title, id] of before) if (after.has(title)) expect(after.get(title)).toBe(id);
  });
});
