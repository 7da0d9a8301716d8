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

/** The source as chunks: everything before the first ### heading, then one chunk per ### block. */
function chunks(lines: string[]): string[][] {
  const out: string[][] = [[]];
  for (const line of lines) {
    if (line.startsWith('### ') || line.startsWith('## ')) out.push([]);
    out[out.length - 1].push(line);
  }
  return out;
}

function apply(lines: string[], edits: Edit[]): { lines: string[]; moved: Set<string> } {
  let parts = chunks(lines);
  const moved = new Set<string>();
  for (const e of edits) {
    const blocks = parts.map((c, i) => ({ c, i })).filter(({ c }) => c[0]?.startsWith('### '));
    if (e.kind === 'typo') {
      const text = parts
        .flatMap((c, i) => c.map((l, j) => ({ l, i, j })))
        .filter(({ l }) => /^[\p{Script=Han}0-9“]/u.test(l));
      const t = text[e.at % text.length];
      const chars = [...t.l];
      chars[e.offset % chars.length] = '〇';
      parts[t.i][t.j] = chars.join('');
    } else if (e.kind === 'insert') {
      parts.splice(1 + (e.at % (parts.length - 1)), 0, [
        `### 【新增条目${e.n}】`,
        '',
        `新增的内容${e.n}。`,
        '',
      ]);
    } else if (e.kind === 'delete') {
      const entries = blocks.filter(({ c }) => c[0].startsWith('### 【'));
      if (entries.length > 1) parts = parts.filter((_, i) => i !== entries[e.at % entries.length].i);
    } else {
      const tables = blocks.filter(({ c }) => c[0].startsWith('### 表'));
      if (!tables.length) continue;
      const t = tables[e.at % tables.length];
      moved.add(t.c[0]);
      parts = parts.filter((_, i) => i !== t.i);
      parts.splice(1 + (e.to % (parts.length - 1)), 0, t.c);
    }
  }
  return { lines: parts.flat(), moved };
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
  afterAll(() => {
    process.stdout.write(`stableIds.property: ${tried} edit sequences tried\n`);
  });

  it('every block an edit did not touch keeps its id', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        tried++;
        const dir = tempDir('yearbook-edit-');
        fs.copyFileSync(path.join(SEED_SOURCE, 'volume.yml'), path.join(dir, 'volume.yml'));
        const { lines, moved } = apply(seedLines, edits);
        fs.writeFileSync(path.join(dir, FILE), lines.join('\n'));
        const after = ids(dir);
        const movedTitles = [...moved].map((h) => h.replace(/^### 表 \d+\u3000/, ''));
        for (const [key, id] of before) {
          if (!after.has(key) || movedTitles.some((t) => key.endsWith(`|${t}`))) continue;
          expect([key, after.get(key)]).toEqual([key, id]);
        }
        fs.rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 200 },
    );
  });
});
