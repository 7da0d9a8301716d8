import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { blocksInOrder } from '../../src/core/volume/model';
import { readSource } from '../../src/node/source/readSource';
import { SEED_SOURCE, tempDir } from '../helpers/paths';

const FILE = '01-上城区人民政府.md';
const seedLines = fs.readFileSync(path.join(SEED_SOURCE, FILE), 'utf8').split('\n');

type Edit =
  | { kind: 'typo'; at: number; offset: number }
  | { kind: 'insert'; at: number; n: number }
  | { kind: 'delete'; at: number }
  | { kind: 'moveTable'; at: number; to: number };

/** A piece of the source: everything before the first heading, a ## section heading, or one ### block. */
interface Chunk {
  lines: string[];
  /** The block's place as `ids()` names it, for the seed's own blocks (not for inserted ones). */
  key?: string;
}

/** The source as chunks, each ### block labelled with the key of the seed block it is. */
function chunks(lines: string[], keys: string[]): Chunk[] {
  const out: Chunk[] = [{ lines: [] }];
  let block = 0;
  for (const line of lines) {
    if (line.startsWith('### ')) out.push({ lines: [], key: keys[block++] });
    else if (line.startsWith('## ')) out.push({ lines: [] });
    out[out.length - 1].lines.push(line);
  }
  expect(block).toBe(keys.length);
  return out;
}

/** The edits applied, and the keys of the seed blocks they removed or moved (the ones whose id may go). */
function apply(lines: string[], keys: string[], edits: Edit[]): { lines: string[]; touched: Set<string> } {
  let parts = chunks(lines, keys);
  const touched = new Set<string>();
  for (const e of edits) {
    const blocks = parts.map((c, i) => ({ c, i })).filter(({ c }) => c.lines[0]?.startsWith('### '));
    if (e.kind === 'typo') {
      const text = parts
        .flatMap((c, i) => c.lines.map((l, j) => ({ l, i, j })))
        .filter(({ l }) => /^[\p{Script=Han}0-9“]/u.test(l));
      const t = text[e.at % text.length];
      const chars = [...t.l];
      chars[e.offset % chars.length] = '〇';
      parts[t.i].lines[t.j] = chars.join('');
    } else if (e.kind === 'insert') {
      parts.splice(1 + (e.at % (parts.length - 1)), 0, {
        lines: [`### 【新增条目${e.n}】`, '', `新增的内容${e.n}。`, ''],
      });
    } else if (e.kind === 'delete') {
      const entries = blocks.filter(({ c }) => c.lines[0].startsWith('### 【'));
      // The seed has 34 entries and a sequence at most 5 edits: there is always one to delete.
      const gone = entries[e.at % entries.length];
      if (gone.c.key) touched.add(gone.c.key);
      parts = parts.filter((_, i) => i !== gone.i);
    } else {
      // Tables are never deleted (only entries are), so the seed's two are always there to move.
      const tables = blocks.filter(({ c }) => c.lines[0].startsWith('### 表'));
      const t = tables[e.at % tables.length];
      if (t.c.key) touched.add(t.c.key);
      parts = parts.filter((_, i) => i !== t.i);
      parts.splice(1 + (e.to % (parts.length - 1)), 0, t.c);
    }
  }
  return { lines: parts.flatMap((c) => c.lines), touched };
}

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('typo' as const), at: fc.nat(), offset: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), n: fc.nat({ max: 999 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('moveTable' as const), at: fc.nat(), to: fc.nat() }),
);

/** Each block by its place as an editor sees it: section, kind and heading. */
function ids(dir: string): Map<string, string> {
  const v = readSource(dir);
  return new Map(
    blocksInOrder(v).map((p) => [
      `${p.section.title}|${p.block.kind}|${p.block.kind === 'figure' ? p.block.caption : p.block.title}`,
      p.block.id,
    ]),
  );
}

let tried = 0;

describe('ids under random editing (property)', () => {
  const before = ids(SEED_SOURCE);
  const keys = [...before.keys()];
  afterAll(() => {
    process.stdout.write(`stableIds.property: ${tried} edit sequences tried\n`);
  });

  it('names every seed block by a place of its own', () => {
    expect(before.size).toBe(blocksInOrder(readSource(SEED_SOURCE)).length);
  });

  it('every block an edit did not touch keeps its id', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        tried++;
        const dir = tempDir('yearbook-edit-');
        fs.copyFileSync(path.join(SEED_SOURCE, 'volume.yml'), path.join(dir, 'volume.yml'));
        const { lines, touched } = apply(seedLines, keys, edits);
        fs.writeFileSync(path.join(dir, FILE), lines.join('\n'));
        const after = ids(dir);
        fs.rmSync(dir, { recursive: true, force: true });
        // Every seed block no edit removed or moved is compared: present, under its place, same id.
        const kept = [...before].filter(([key]) => !touched.has(key));
        expect(kept.length).toBeGreaterThanOrEqual(before.size - edits.length);
        expect(kept.map(([key]) => [key, after.get(key)])).toEqual(kept);
      }),
      { numRuns: 200 },
    );
  });
});
