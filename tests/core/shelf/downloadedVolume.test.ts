import { PackedIndexData } from '../../../src/core/search/packedIndexData';
import { Search } from '../../../src/core/search/search';
import type { OpenSearch } from '../../../src/core/reader/volumeLibrary';
import { VolumeFileError } from '../../../src/core/shelf/downloadedVolume';
import { SAVED_MANIFEST_PATH, volumePrefix, writeInstalled } from '../../../src/core/shelf/installedRecord';
import { NotOnPhoneError, Shelf } from '../../../src/core/shelf/shelf';
import { utf8Encode } from '../../../src/core/shelf/utf8';
import { blocksInOrder } from '../../../src/core/volume/model';
import { buildFiles } from '../../../src/node/build/buildVolume';
import { SEED_SOURCE } from '../../helpers/paths';
import { BASE, FakeHost, FakeStore, sha256 } from './fakes';

// The seed chapter built as `yearbook shelf` builds each volume, its files put where the installer
// keeps a downloaded volume (volumes/<id>/…), then opened as the reader opens it.
const built = buildFiles(SEED_SOURCE);
const ID = built.volume.id;
const openSearch: OpenSearch = async (index, block) => new Search(new PackedIndexData(index), block);

async function phoneWith(files: Record<string, string> = built.files, record: Record<string, unknown> = {}) {
  const store = new FakeStore();
  for (const [path, text] of Object.entries(files))
    store.files.set(volumePrefix(ID) + path, utf8Encode(text));
  const entry = {
    id: ID,
    title: built.volume.title,
    year: built.volume.year,
    bytes: 1,
    files: [],
    installedAt: 1,
  };
  await writeInstalled(store, new Map([[ID, { ...entry, ...record }]]));
  const shelf = new Shelf({ base: BASE, fetcher: new FakeHost(), store, sha256 });
  return { store, shelf };
}

/** The build's files with the text split out of all-text.json into app/text/, as a large volume is built. */
function splitFiles(): Record<string, string> {
  const files = { ...built.files };
  const parts = JSON.parse(files['app/parts.json']);
  parts.split = true;
  for (const category of built.volume.categories)
    files[`app/text/${category.id}.json`] = JSON.stringify(category);
  files['app/parts.json'] = JSON.stringify(parts);
  files['app/all-text.json'] = '{}';
  return files;
}

describe('a downloaded volume, opened from the shelf’s store', () => {
  it('has the same contents, text and search as the volume that was built', async () => {
    const { shelf } = await phoneWith();
    const library = await shelf.openInstalled(ID, openSearch);
    expect(library.id).toBe(ID);
    expect(library.bundled).toBe(false);
    expect(library.volume.year).toBe(built.volume.year);
    const expected = blocksInOrder(built.volume);
    expect(library.placed.map((p) => p.block.id)).toEqual(expected.map((p) => p.block.id));
    // A small volume's text is at hand at once (app/all-text.json).
    expect(library.fullBlock(expected[0].block.id)).toEqual(expected[0].block);
    expect(library.suggested.length).toBeGreaterThan(0);
    const answer = (await library.loadSearch()).search('最多跑一次');
    expect(answer.total).toBeGreaterThan(0);
    for (const r of answer.results) expect(library.findPlaced(r.id)).toBeDefined();
    expect(library.openedSearch()).toBeDefined();
  });

  it('loads a large volume’s category text when first asked, once, and tries a missing file again', async () => {
    const files = splitFiles();
    const category = built.volume.categories[0];
    const textPath = `app/text/${category.id}.json`;
    const text = files[textPath];
    delete files[textPath];
    const { store, shelf } = await phoneWith(files);
    const library = await shelf.openInstalled(ID, openSearch);
    const first = category.sections[0].blocks[0].id;
    expect(library.fullBlock(first)).toBeUndefined();
    await expect(library.ensureCategory(category.id)).rejects.toThrow(
      `volumes/${ID}/${textPath}: not on the phone`,
    );
    store.files.set(volumePrefix(ID) + textPath, utf8Encode(text));
    const reads = jest.spyOn(store, 'read');
    const [a, b] = await Promise.all([
      library.ensureCategory(category.id),
      library.ensureCategory(category.id),
    ]);
    expect(a).toBe(b);
    expect(reads.mock.calls.filter(([p]) => p.endsWith(textPath))).toHaveLength(1);
    expect(library.fullBlock(first)?.id).toBe(first);
    expect(library.loadedPlaced(category.id).length).toBe(
      category.sections.reduce((n, s) => n + s.blocks.length, 0),
    );
  });

  it('refuses a volume that is not installed, even when stray files of it are in the store', async () => {
    const { store } = await phoneWith();
    await writeInstalled(store, new Map());
    const shelf = new Shelf({ base: BASE, fetcher: new FakeHost(), store, sha256 });
    await expect(shelf.openInstalled(ID, openSearch)).rejects.toBeInstanceOf(NotOnPhoneError);
    await expect(shelf.openInstalled('gov-1985', openSearch)).rejects.toBeInstanceOf(NotOnPhoneError);
  });

  it('names the file when a downloaded file is damaged', async () => {
    const { shelf } = await phoneWith({ ...built.files, 'app/toc.json': '{"categories": [' });
    const failure = shelf.openInstalled(ID, openSearch);
    await expect(failure).rejects.toBeInstanceOf(VolumeFileError);
    await expect(failure).rejects.toThrow(`volumes/${ID}/app/toc.json: not JSON`);
  });

  it('lists the volumes on the phone with title and year, also from a record kept before they were', async () => {
    const { shelf } = await phoneWith();
    expect(await shelf.onPhone()).toEqual([{ id: ID, title: built.volume.title, year: built.volume.year }]);
    const old = await phoneWith(built.files, { title: undefined, year: undefined });
    expect(await old.shelf.onPhone()).toEqual([{ id: ID, title: ID, year: 0 }]);
    const saved = { schemaVersion: 1, id: 's', title: 'S', volumes: [] as unknown[] };
    saved.volumes.push({
      id: ID,
      title: '存档标题',
      year: 2001,
      bundled: false,
      bytes: 1,
      files: [{ path: 'volume.json', bytes: 1, sha256: 'a'.repeat(64) }],
    });
    old.store.files.set(SAVED_MANIFEST_PATH, utf8Encode(JSON.stringify(saved)));
    expect(await old.shelf.onPhone()).toEqual([{ id: ID, title: '存档标题', year: 2001 }]);
  });
});
