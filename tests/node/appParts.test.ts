import fs from 'node:fs';
import path from 'node:path';
import { suggestedTerms } from '../../src/core/reader/suggested';
import { packToc, unpackToc } from '../../src/core/volume/tocStubs';
import type { Volume } from '../../src/core/volume/types';
import { buildFiles } from '../../src/node/build/buildVolume';
import { INDEX_PIECE, appParts } from '../../src/node/build/appParts';
import { jsonChunks } from '../../src/node/build/jsonChunks';
import { SEED_SOURCE } from '../helpers/paths';

/** What the app does with the pieces (src/platform/packageFiles.ts readPiecedJson). */
const join = (pieces: string[]) => JSON.parse(pieces.map((p) => JSON.parse(p) as string).join(''));

describe('a JSON text cut into pieces for WeChat packages', () => {
  const text = JSON.stringify({ 中文: '上城区“最多跑一次”\n\\ \u0001 😀'.repeat(400), n: [1, 2, 3] });

  it.each([64, 100, 1000, 1 << 20])('comes back whole from pieces of at most %i bytes', (max) => {
    const pieces = jsonChunks(text, max);
    for (const piece of pieces) expect(Buffer.byteLength(piece)).toBeLessThanOrEqual(max);
    expect(join(pieces)).toEqual(JSON.parse(text));
  });

  it('keeps a small text in one piece', () => {
    expect(jsonChunks('{"a":1}', 1000)).toEqual(['"{\\"a\\":1}"']);
  });
});

describe('the contents as shipped (toc.json)', () => {
  const { volume } = buildFiles(SEED_SOURCE, { index: false });

  it('unpacks to the volume with its text left out', () => {
    const stubs = JSON.parse(JSON.stringify(volume)) as Volume;
    for (const c of stubs.categories)
      for (const s of c.sections)
        for (const b of s.blocks) {
          if (b.kind === 'entry') b.paragraphs = [];
          if (b.kind === 'table') Object.assign(b, { columns: [], rows: [] });
        }
    expect(unpackToc(JSON.parse(JSON.stringify(packToc(volume))))).toEqual(stubs);
  });
});

describe('the terms the empty search page offers', () => {
  const { volume } = buildFiles(SEED_SOURCE, { index: false });

  it('are counted in the whole text at build time (the app has only the contents)', () => {
    const { manifest } = appParts(volume, 1000, '[]');
    expect(manifest.suggested).toEqual(suggestedTerms(volume));
    expect(manifest.suggested).toContain('最多跑一次');
  });
});

describe('the app parts of a large volume', () => {
  const { volume } = buildFiles(SEED_SOURCE, { index: false });
  const lock = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package-lock.json'), 'utf8'));
  const index = JSON.stringify([lock, lock, lock, lock, lock]);

  it('cuts the search index into subpackages of their own, each within WeChat’s 2 MB', () => {
    const { files, manifest } = appParts(volume, 10 << 20, index);
    expect(manifest.index.length).toBeGreaterThan(1);
    for (const piece of manifest.index) {
      expect(piece.bytes).toBeLessThanOrEqual(INDEX_PIECE);
      expect(piece.root).toMatch(/^search\d+$/);
    }
    expect(join(manifest.index.map((p) => files[`app/index/${p.file}`]))).toEqual(JSON.parse(index));
    expect(manifest.packages.map((p) => p.root)).not.toEqual(expect.arrayContaining(['search1']));
  });
});
