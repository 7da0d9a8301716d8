import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { buildFiles } from '../../src/node/build/buildVolume';
import { InputError } from '../../src/node/errors';
import { importVolume } from '../../src/node/import/importVolume';
import { SEED_IMPORT, SEED_RAW, SEED_SOURCE, tempDir } from '../helpers/paths';

const rawText = fs.readFileSync(SEED_RAW, 'utf8');
const expected = buildFiles(SEED_SOURCE, { index: false }).files;

function importBytes(bytes: Uint8Array): Record<string, string> {
  const dir = tempDir();
  const raw = path.join(dir, 'raw.txt');
  fs.writeFileSync(raw, bytes);
  importVolume([raw], { out: path.join(dir, 'source'), ...SEED_IMPORT });
  return buildFiles(path.join(dir, 'source'), { index: false }).files;
}

describe('import reads the raw text whatever it was saved as', () => {
  it.each([
    ['GB18030', iconv.encode(rawText, 'gb18030')],
    ['GB18030 with CRLF', iconv.encode(rawText.replace(/\n/g, '\r\n'), 'gb18030')],
    ['UTF-8 with CRLF', Buffer.from(rawText.replace(/\n/g, '\r\n'))],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rawText)])],
    ['UTF-16LE with BOM', iconv.encode(rawText, 'utf-16le', { addBOM: true })],
    ['UTF-16BE with BOM', iconv.encode(rawText, 'utf-16be', { addBOM: true })],
  ])('%s gives the same volume', (_, bytes) => {
    expect(importBytes(bytes)).toEqual(expected);
  });
});

describe('import refuses what is not a yearbook chapter, with a clear message', () => {
  const attempt = (bytes: Uint8Array) => {
    try {
      importBytes(bytes);
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return (error as InputError).message;
    }
    throw new Error('import accepted it');
  };

  it.each([
    ['an empty file', Buffer.alloc(0), /raw\.txt: the file is empty/],
    ['white space only', Buffer.from('\n \n\t\n'), /only white space/],
    [
      'a binary file',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      /binary file/,
    ],
    [
      'prose with no entries',
      Buffer.from('今天天气很好。\n\n我们去公园散步。\n'),
      /no entry titles 【…】 found/,
    ],
  ])('%s', (_, bytes, message) => {
    expect(attempt(bytes)).toMatch(message);
  });

  it('does not overwrite an editor’s source directory', () => {
    const out = tempDir();
    importVolume([SEED_RAW], { out, ...SEED_IMPORT });
    const before = fs.readFileSync(path.join(out, 'volume.yml'), 'utf8');
    fs.writeFileSync(path.join(out, 'volume.yml'), `${before}# proofread\n`);
    expect(() => importVolume([SEED_RAW], { out, ...SEED_IMPORT })).toThrow(/already holds a volume source/);
    expect(fs.readFileSync(path.join(out, 'volume.yml'), 'utf8')).toContain('# proofread');
  });
});
