import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { citation } from '../../src/core/reader/citation';
import { blocksInOrder } from '../../src/core/volume/model';
import { volumeSchemaErrors } from '../../src/node/build/validateVolume';
import { parseManifest, writeManifest } from '../../src/node/source/manifest';
import { readSource } from '../../src/node/source/readSource';
import { SEED_SOURCE } from '../helpers/paths';

// The volume's editor (编者), optional in volume.yml, reaches volume.json and the citation.
describe('the manifest’s editor', () => {
  const manifest = fs.readFileSync(path.join(SEED_SOURCE, 'volume.yml'), 'utf8');
  const withEditor = manifest.replace(
    /^published: .*$/m,
    (line) => `${line}\neditor: 上城区地方志编纂委员会`,
  );

  const editorLine = withEditor.split('\n').findIndex((line) => line.startsWith('editor:')) + 1;

  it('is read from volume.yml, written back, and refused when empty', () => {
    const { manifest: parsed, problems } = parseManifest(withEditor, 'volume.yml');
    expect(problems).toEqual([]);
    expect(parsed?.editor).toBe('上城区地方志编纂委员会');
    expect(parseManifest(writeManifest(parsed!), 'volume.yml').manifest).toEqual(parsed);
    const empty = parseManifest(withEditor.replace('上城区地方志编纂委员会', '""'), 'volume.yml');
    expect(empty.problems.map((p) => [p.line, p.message.split(':')[0]])).toEqual([
      [editorLine, '"editor" must NOT have fewer than 1 characters'],
    ]);
  });

  it('is in the built volume, valid against the schema, and named in citations', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'editor-'));
    for (const file of fs.readdirSync(SEED_SOURCE))
      fs.copyFileSync(path.join(SEED_SOURCE, file), path.join(dir, file));
    fs.writeFileSync(path.join(dir, 'volume.yml'), withEditor);
    const volume = readSource(dir);
    expect(volume.editor).toBe('上城区地方志编纂委员会');
    expect(volumeSchemaErrors(volume)).toEqual([]);
    const p = blocksInOrder(volume)[0];
    expect(
      citation(volume, { block: p.block, category: p.category.title, section: p.section.title }),
    ).toContain('[M]//上城区地方志编纂委员会. 上城年鉴（2019）: ');
    expect(readSource(SEED_SOURCE).editor).toBeUndefined();
  });
});
