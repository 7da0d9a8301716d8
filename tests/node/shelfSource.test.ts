import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../../src/node/errors';
import { readShelf } from '../../src/node/shelf/readShelf';
import { SEED_SOURCE, tempDir } from '../helpers/paths';

/** A folder with volume sources copied from the seed, each with its own id and year, and a shelf.yml. */
function shelfWith(yml: string, volumes: Array<{ name: string; id: string; year: number }>): string {
  const dir = tempDir('yearbook-shelf-');
  for (const v of volumes) {
    const into = path.join(dir, v.name);
    fs.cpSync(SEED_SOURCE, into, { recursive: true });
    const manifest = path.join(into, 'volume.yml');
    fs.writeFileSync(
      manifest,
      fs
        .readFileSync(manifest, 'utf8')
        .replace(/^id: .*$/m, `id: ${v.id}`)
        .replace(/^year: .*$/m, `year: ${v.year}`),
    );
  }
  const file = path.join(dir, 'shelf.yml');
  fs.writeFileSync(file, yml);
  return file;
}

const VOLUMES = [
  { name: 'v2019', id: 'sc-2019', year: 2019 },
  { name: 'v2018', id: 'sc-2018', year: 2018 },
];

function problemsOf(file: string): string[] {
  try {
    readShelf(file);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).problems.map((p) => `${path.basename(p.file)}:${p.line}: ${p.message}`);
  }
  return [];
}

describe('shelf.yml', () => {
  it('lists the volumes newest first with the facts of their volume.yml', () => {
    const file = shelfWith(
      'id: shangcheng\ntitle: 上城年鉴\nvolumes:\n  - source: v2019\n    bundled: true\n  - source: ./v2018/\n',
      VOLUMES,
    );
    const shelf = readShelf(file);
    expect(shelf).toMatchObject({ id: 'shangcheng', title: '上城年鉴' });
    expect(shelf.volumes.map((v) => [v.id, v.year, v.bundled])).toEqual([
      ['sc-2019', 2019, true],
      ['sc-2018', 2018, false],
    ]);
    expect(shelf.volumes[1].dir).toBe(path.join(path.dirname(file), 'v2018'));
  });

  it.each([
    ['YAML that does not parse', 'id: a\ntitle: [t\nvolumes: []\n', /^shelf\.yml:\d+: not valid YAML/],
    [
      'a field left out',
      'id: a\nvolumes:\n  - source: v2019\n    bundled: true\n',
      /^shelf\.yml:1: "title" is missing: the series’ title/,
    ],
    [
      'an id with capitals',
      'id: ShangCheng\ntitle: t\nvolumes:\n  - source: v2019\n    bundled: true\n',
      /^shelf\.yml:1: "id" must match pattern/,
    ],
    [
      'a field that is not a shelf field',
      'id: a\ntitle: t\nvolumes:\n  - source: v2019\n    bundled: true\n  - source: v2018\n    year: 2018\n',
      /^shelf\.yml:7: "year" is not a shelf field/,
    ],
    [
      'bundled that is not true or false',
      'id: a\ntitle: t\nvolumes:\n  - source: v2019\n    bundled: yes\n',
      /^shelf\.yml:5: "bundled" must be boolean/,
    ],
    [
      'a volume without its source',
      'id: a\ntitle: t\nvolumes:\n  - source: v2019\n    bundled: true\n  - bundled: false\n',
      /^shelf\.yml:6: "source" is missing/,
    ],
    [
      'no bundled volume',
      'id: a\ntitle: t\nvolumes:\n  - source: v2019\n  - source: v2018\n',
      /^shelf\.yml:3: no volume is marked `bundled: true`/,
    ],
    [
      'two bundled volumes',
      'id: a\ntitle: t\nvolumes:\n  - source: v2019\n    bundled: true\n  - source: v2018\n    bundled: true\n',
      /^shelf\.yml:6: a second volume is marked `bundled: true` \(the first is on line 4\)/,
    ],
    [
      'a source folder that is not there',
      'id: a\ntitle: t\nvolumes:\n  - source: v2019\n    bundled: true\n  - source: v2017\n',
      /^shelf\.yml:6: v2017 is not a volume source \(no volume\.yml/,
    ],
    [
      'one volume listed twice',
      'id: a\ntitle: t\nvolumes:\n  - source: v2019\n    bundled: true\n  - source: v2019/\n',
      /^shelf\.yml:6: the volume id "sc-2019" is already on line 4/,
    ],
    [
      'volumes oldest first',
      'id: a\ntitle: t\nvolumes:\n  - source: v2018\n    bundled: true\n  - source: v2019\n',
      /^shelf\.yml:6: sc-2019 \(2019\) is listed after sc-2018 \(2018\): list volumes newest first/,
    ],
  ])('reports %s at its line', (_, yml, message) => {
    const problems = problemsOf(shelfWith(yml, VOLUMES));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('reports every problem at once, a volume’s own manifest at its own file and line', () => {
    const file = shelfWith(
      'id: a\ntitle: t\nvolumes:\n  - source: v2019\n    bundled: true\n  - source: nowhere\n',
      VOLUMES,
    );
    const manifest = path.join(path.dirname(file), 'v2019/volume.yml');
    fs.writeFileSync(manifest, fs.readFileSync(manifest, 'utf8').replace('year: 2019', 'year: "2019"'));
    const yearLine = fs.readFileSync(manifest, 'utf8').split('\n').indexOf('year: "2019"') + 1;
    expect(problemsOf(file)).toEqual([
      `volume.yml:${yearLine}: "year" must be integer: the year the volume records, such as 2018`,
      expect.stringMatching(/^shelf\.yml:6: nowhere is not a volume source/),
    ]);
  });

  it('names a shelf.yml that is not there', () => {
    expect(problemsOf('/nonexistent/shelf.yml')).toEqual([
      'shelf.yml:0: no such file: give the shelf.yml that lists the volumes',
    ]);
  });
});
