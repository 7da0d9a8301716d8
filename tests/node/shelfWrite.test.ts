import fs from 'node:fs';
import path from 'node:path';
import { replaceDirectory } from '../../src/node/shelf/replaceDirectory';
import { tempDir } from '../helpers/paths';

const read = (dir: string) =>
  Object.fromEntries(
    (fs.readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => fs.statSync(path.join(dir, f)).isFile())
      .sort()
      .map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]),
  );

describe('a shelf folder is replaced whole or not at all', () => {
  it('replaces the old shelf, dropping a volume no longer listed', () => {
    const dir = path.join(tempDir(), 'shelf');
    replaceDirectory(
      dir,
      new Map([
        ['shelf.json', '1'],
        ['old-volume/volume.json', 'old'],
      ]),
    );
    replaceDirectory(
      dir,
      new Map([
        ['shelf.json', '2'],
        ['new-volume/volume.json', 'new'],
      ]),
    );
    expect(read(dir)).toEqual({ 'shelf.json': '2', 'new-volume/volume.json': 'new' });
    expect(fs.readdirSync(path.dirname(dir))).toEqual(['shelf']);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o755);
  });

  it('leaves the old shelf as it was and no staging folder when writing fails half-way', () => {
    const dir = path.join(tempDir(), 'shelf');
    replaceDirectory(
      dir,
      new Map([
        ['shelf.json', '1'],
        ['v/volume.json', 'old'],
      ]),
    );
    // "v" as a file and then as a folder: the second write fails after the first succeeded.
    const failing = new Map([
      ['shelf.json', '2'],
      ['v', 'x'],
      ['v/volume.json', 'new'],
    ]);
    expect(() => replaceDirectory(dir, failing)).toThrow();
    expect(read(dir)).toEqual({ 'shelf.json': '1', 'v/volume.json': 'old' });
    expect(fs.readdirSync(path.dirname(dir))).toEqual(['shelf']);
  });

  it('refuses a folder holding other files, and a file', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'keep.txt'), 'mine');
    expect(() => replaceDirectory(dir, new Map([['shelf.json', '1']]))).toThrow(
      /holds files but no shelf\.json/,
    );
    expect(read(dir)).toEqual({ 'keep.txt': 'mine' });
    expect(() => replaceDirectory(path.join(dir, 'keep.txt'), new Map())).toThrow(/is not a directory/);
  });
});
