import fs from 'node:fs';
import path from 'node:path';
import { blocksInOrder } from '../../src/core/volume/model';
import { readSource } from '../../src/node/source/readSource';
import { SEED_SOURCE, tempDir } from '../helpers/paths';

const CATEGORY = '01-上城区人民政府.md';
const seed = readSource(SEED_SOURCE);
const seedMarkdown = fs.readFileSync(path.join(SEED_SOURCE, CATEGORY), 'utf8');
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
  const markdown = edit(seedMarkdown);
  expect(markdown).not.toBe(seedMarkdown); // An edit that matched nothing would prove nothing.
  fs.writeFileSync(path.join(dir, CATEGORY), markdown);
  return readSource(dir);
}

/** An edit, and the titles it removes and adds (every other block must keep its id). */
type Case = [string, (md: string) => string, { gone: string[]; added: string[] }];

describe('ids survive editing', () => {
  const before = idsByTitle(seed);

  it.each<Case>([
    [
      'fixing a character in an entry',
      (md: string) => md.replace('稳中求进工作总基调', '稳中求进的工作总基调'),
      { gone: [], added: [] },
    ],
    [
      'inserting an entry',
      (md: string) => md.replace('### 【公务接待】', '### 【新条目】\n\n新的内容。\n\n### 【公务接待】'),
      { gone: [], added: ['综述/新条目'] },
    ],
    [
      'deleting an entry',
      (md: string) => md.replace(/### 【公务接待】\n\n[^\n]+\n\n/, ''),
      { gone: ['综述/公务接待'], added: [] },
    ],
    [
      'adding a second entry of a repeated title',
      (md: string) => md.replace('### 【公务接待】', '### 【概况】\n\n又一个概况。\n\n### 【公务接待】'),
      { gone: [], added: [] },
    ],
  ])('%s leaves every other id unchanged', (_, edit, { gone, added }) => {
    const after = idsByTitle(edited(edit));
    // Every block the edit did not remove is still there, under its title, with its id: all compared.
    const kept = [...before].filter(([title]) => !gone.includes(title));
    expect(kept).toHaveLength(before.size - gone.length);
    expect(kept.map(([title]) => [title, after.get(title)])).toEqual(kept);
    expect(gone.filter((title) => after.has(title))).toEqual([]);
    expect(after.size).toBe(before.size - gone.length + added.length);
  });
});
