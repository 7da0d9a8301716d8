import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { buildVolume } from '../../src/node/build/buildVolume';
import { volumeSchemaErrors } from '../../src/node/build/validateVolume';
import { InputError } from '../../src/node/errors';
import { importVolume } from '../../src/node/import/importVolume';
import { readSource } from '../../src/node/source/readSource';
import { SEED_RAW, tempDir } from '../helpers/paths';

/** Pieces a PDF extraction is made of, so random texts look like (broken) yearbook chapters. */
const PIECES = [
  '【',
  '】',
  '（',
  '）',
  '表 4',
  '续表 4',
  '\uFFFD',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\r\n',
  '　',
  '供稿',
  '概况',
  '2018年，',
  '。',
  '|',
  '#',
  '<b>',
  '【概况】',
  '（潘建强）',
  '序号 内容 情况',
  '综  述',
];
const chapterText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PIECES),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 6 }),
    ),
    {
      maxLength: 80,
    },
  )
  .map((parts) => parts.join(''));

let runs = 0;

/** Import then build: either a volume that passes the schema, or an InputError that names a file. */
function importAndBuild(bytes: Uint8Array): void {
  runs++;
  const dir = tempDir('yearbook-prop-');
  const raw = path.join(dir, 'raw.txt');
  fs.writeFileSync(raw, bytes);
  const out = path.join(dir, 'source');
  try {
    importVolume([raw], { out, title: '测试', publisher: '测试', place: '测试' });
    const built = path.join(dir, 'built');
    buildVolume(out, built);
    expect(volumeSchemaErrors(JSON.parse(fs.readFileSync(path.join(built, 'volume.json'), 'utf8')))).toEqual(
      [],
    );
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const p of error.problems) {
      expect(p.file).toBeTruthy();
      expect(p.message).toBeTruthy();
    }
    // Nothing half-written: the out directory holds a whole source or nothing.
    if (fs.existsSync(out)) expect(fs.readdirSync(out).filter((f) => f.startsWith('.staging'))).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('import and build of arbitrary text', () => {
  afterAll(() => {
    process.stdout.write(`importProperties: ${runs} inputs tried\n`);
  });

  it('either give a valid volume or a located error (random chapters)', () => {
    fc.assert(
      fc.property(chapterText, (text) => importAndBuild(Buffer.from(`上城区人民政府\n\n${text}`))),
      { numRuns: 150 },
    );
  });

  it('survive random Unicode and control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => importAndBuild(Buffer.from(text))),
      { numRuns: 100 },
    );
  });

  it('survive random bytes and lone surrogates in UTF-16', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => importAndBuild(bytes)),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }), (units) => {
        const text = String.fromCharCode(...units);
        importAndBuild(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      }),
      { numRuns: 60 },
    );
  });

  it('handle unbalanced brackets and ragged tables in the real seed', () => {
    const seed = fs.readFileSync(SEED_RAW, 'utf8');
    const lines = seed.split('\n');
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.nat({ max: lines.length - 1 }),
            fc.constantFrom('【', '】', '（', '）', ' 表 5', '续表 4', ' ', ''),
          ),
          { maxLength: 6 },
        ),
        (edits) => {
          const copy = [...lines];
          for (const [at, insert] of edits) copy[at] = insert + copy[at];
          importAndBuild(Buffer.from(copy.join('\n')));
        },
      ),
      { numRuns: 40 },
    );
  });

  // Bounds only a pathological (quadratic, backtracking) import would break, even on a loaded machine;
  // how fast it is, is for the benchmarks. Checked after the work, never in a finally.
  it('takes a 100,000-character line and a 10 MB file in bounded time', () => {
    let started = Date.now();
    importAndBuild(Buffer.from(`上城区人民政府\n\n【概况】 ${'政府工作。'.repeat(20000)}\n`));
    expect(Date.now() - started).toBeLessThan(30000);
    const seed = fs.readFileSync(SEED_RAW, 'utf8');
    const big = Array.from({ length: Math.ceil(10e6 / Buffer.byteLength(seed)) }, () => seed).join('\n');
    started = Date.now();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'big.txt'), big);
    importVolume([path.join(dir, 'big.txt')], { out: path.join(dir, 'source') });
    readSource(path.join(dir, 'source'));
    expect(Date.now() - started).toBeLessThan(60000);
    expect(iconv.encodingExists('gb18030')).toBe(true);
  });
});
