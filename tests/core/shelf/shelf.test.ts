import { Shelf } from '../../../src/core/shelf/shelf';
import { StoreFullError } from '../../../src/core/shelf/ports';
import { stateLabel, type ShelfView, type VolumeState } from '../../../src/core/shelf/volumeState';
import { utf8Encode } from '../../../src/core/shelf/utf8';
import { BASE, FakeHost, FakeStore, fakeShelf, sha256 } from './fakes';

const YEARS = [2019, 2018, 2017];

async function setUp(allowed?: number, store = new FakeStore(allowed)) {
  const host = new FakeHost();
  const manifest = await fakeShelf(host, YEARS);
  // Something else the platform keeps beside the shelf: no download may touch it.
  store.files.set('other/notes', utf8Encode('keep me'));
  const shelf = new Shelf({ base: BASE, fetcher: host, store, sha256 });
  const views: ShelfView[] = [];
  shelf.subscribe((v) => views.push(v));
  await shelf.open();
  const state = (id: string): VolumeState => shelf.view().volumes.find((v) => v.volume.id === id)!.state;
  return { host, store, manifest, shelf, views, state };
}

const volumeFiles = (store: FakeStore) =>
  [...store.files.keys()].filter((p) => p.startsWith('volumes/')).sort();

describe('Shelf: listing', () => {
  it('lists every volume newest first with its state: the bundled one, the others not downloaded', async () => {
    const { shelf } = await setUp(10_000_000);
    const view = shelf.view();
    expect(view.status).toBe('ready');
    expect(view.title).toBe('测试书架');
    expect(view.volumes.map((v) => [v.volume.year, v.state.kind])).toEqual([
      [2019, 'bundled'],
      [2018, 'absent'],
      [2017, 'absent'],
    ]);
    expect(view.used).toBe(0);
    expect(view.allowed).toBe(10_000_000);
  });

  it('offline, lists the shelf saved when last online and says so', async () => {
    const { store } = await setUp();
    const host = new FakeHost(); // serves nothing: every request fails
    const shelf = new Shelf({ base: BASE, fetcher: host, store, sha256 });
    await shelf.open();
    expect(shelf.view().volumes).toHaveLength(3);
    expect(shelf.view().notice).toMatch(/找不到书架目录.*上次取得的书架/);
  });

  it('lists the shelf saved when last online at once, before the network answers, then the network’s', async () => {
    const { store, host } = await setUp();
    host.faults.set(`${BASE}shelf.json`, { kind: 'hold' });
    const shelf = new Shelf({ base: BASE, fetcher: host, store, sha256 });
    const opening = shelf.open();
    // shelf.json is held on its way for as long as the test wants: a listing now came from the store.
    const listed = await Promise.race([
      new Promise<ShelfView>((resolve) => shelf.subscribe((v) => v.volumes.length && resolve(v))),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('nothing listed before shelf.json came')), 2000),
      ),
    ]);
    while (host.holding === 0) await new Promise((go) => setTimeout(go, 0));
    expect(listed.status).toBe('ready');
    expect(listed.volumes.map((v) => v.volume.year)).toEqual(YEARS);
    let opened = false;
    void opening.then(() => (opened = true));
    // A held request pauses at each third of the file: let it go until the shelf has opened.
    while (!opened) {
      host.release();
      await new Promise((go) => setTimeout(go, 0));
    }
    expect(shelf.view().notice).toBeUndefined();
    expect(shelf.view().volumes).toHaveLength(3);
  });

  it('with no network and nothing saved, says the catalogue is unavailable', async () => {
    const shelf = new Shelf({ base: BASE, fetcher: new FakeHost(), store: new FakeStore(), sha256 });
    await shelf.open();
    expect(shelf.view().status).toBe('unavailable');
    expect(shelf.view().error).toMatch(/书架目录/);
  });

  it('says a damaged shelf.json is the editors’ to fix, naming the field', async () => {
    const host = new FakeHost();
    await fakeShelf(host, YEARS);
    const json = JSON.parse(new TextDecoder().decode(host.files.get(`${BASE}shelf.json`)));
    json.volumes[1].files[0].path = '../../bookmarks';
    host.files.set(`${BASE}shelf.json`, utf8Encode(JSON.stringify(json)));
    const shelf = new Shelf({ base: BASE, fetcher: host, store: new FakeStore(), sha256 });
    await shelf.open();
    expect(shelf.view().error).toMatch(/volumes\[1\]\.files\[0\]\.path.*编辑部/);
  });

  it('clears files a download cut off by a closed app left behind, and keeps installed ones', async () => {
    const { store, shelf } = await setUp();
    await shelf.download('gov-2018');
    store.files.set('volumes/gov-2017/volume.json', utf8Encode('half'));
    const again = new Shelf({ base: BASE, fetcher: new FakeHost(), store, sha256 });
    await again.open();
    expect(volumeFiles(store)).toEqual([
      'volumes/gov-2018/search-index.json',
      'volumes/gov-2018/volume.json',
    ]);
    expect(store.files.has('other/notes')).toBe(true);
  });

  it('lists the years on the phone before the sweep of leftovers ends; a download started then is not swept', async () => {
    const { store, host } = await setUp();
    store.files.set('volumes/gov-2018/volume.json', utf8Encode('half'));
    // The sweep's listing of the store waits until the test lets it go (a slow store).
    let letGo = () => {};
    const held = new Promise<void>((go) => (letGo = go));
    let listed = 0;
    const list = store.list.bind(store);
    store.list = async () => {
      listed++;
      await held;
      return list();
    };
    const shelf = new Shelf({ base: BASE, fetcher: host, store, sha256 });
    const rows = new Promise<ShelfView>((resolve) => shelf.subscribe((v) => v.volumes.length && resolve(v)));
    const opening = shelf.open();
    expect((await rows).volumes.map((v) => v.state.kind)).toEqual(['bundled', 'absent', 'absent']);
    while (listed === 0) await new Promise((go) => setTimeout(go, 0));
    const downloading = shelf.download('gov-2017');
    for (let i = 0; i < 20; i++) await new Promise((go) => setTimeout(go, 0));
    expect(volumeFiles(store)).toEqual(['volumes/gov-2018/volume.json']);
    letGo();
    await Promise.all([downloading, opening]);
    expect(shelf.view().volumes.map((v) => v.state.kind)).toEqual(['bundled', 'absent', 'installed']);
    expect(volumeFiles(store)).toEqual([
      'volumes/gov-2017/search-index.json',
      'volumes/gov-2017/volume.json',
    ]);
  });

  it('reads the years on the phone ahead (prime), without the network: the first view lists them', async () => {
    const { store } = await setUp();
    const host = new FakeHost();
    const shelf = new Shelf({ base: BASE, fetcher: host, store, sha256 });
    await shelf.prime();
    expect(host.requested).toEqual([]);
    expect(shelf.view().status).toBe('ready');
    expect(shelf.view().volumes.map((v) => v.volume.year)).toEqual(YEARS);
  });
});

describe('Shelf: downloading', () => {
  it('shows progress, then the volume is on the phone and counted in the space used', async () => {
    const { store, shelf, views, state, manifest } = await setUp(10_000_000);
    await shelf.download('gov-2018');
    const progress = views
      .flatMap((v) => v.volumes.filter((x) => x.volume.id === 'gov-2018').map((x) => x.state))
      .filter((s): s is Extract<VolumeState, { kind: 'downloading' }> => s.kind === 'downloading')
      .map((s) => s.received);
    expect(progress.length).toBeGreaterThanOrEqual(4);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(state('gov-2018')).toEqual({ kind: 'installed', bytes: manifest.volumes[1].bytes });
    expect(shelf.view().used).toBe(manifest.volumes[1].bytes);
    expect(volumeFiles(store)).toEqual([
      'volumes/gov-2018/search-index.json',
      'volumes/gov-2018/volume.json',
    ]);
  });

  it('two downloads at once both end installed (the installed set loses neither)', async () => {
    const { shelf, state, store } = await setUp();
    await Promise.all([shelf.download('gov-2018'), shelf.download('gov-2017')]);
    expect([state('gov-2018').kind, state('gov-2017').kind]).toEqual(['installed', 'installed']);
    const again = new Shelf({ base: BASE, fetcher: new FakeHost(), store, sha256 });
    await again.open();
    expect(again.view().volumes.map((v) => v.state.kind)).toEqual(['bundled', 'installed', 'installed']);
  });

  it('does not download the bundled volume', async () => {
    const { shelf, host } = await setUp();
    const before = host.requested.length;
    await shelf.download('gov-2019');
    expect(host.requested.length).toBe(before);
  });
});

type FaultCase = [string, (host: FakeHost) => void, RegExp];
const file = (year: number, path: string) => `${BASE}gov-${year}/${path}`;

describe('Shelf: a failed download leaves nothing half-installed and offers 重试', () => {
  const cases: FaultCase[] = [
    [
      'a 404 on the second file',
      (h) => h.faults.set(file(2018, 'search-index.json'), { kind: 'status', status: 404 }),
      /找不到文件 gov-2018\/search-index\.json（404）/,
    ],
    ['a wrong hash', (h) => h.faults.set(file(2018, 'search-index.json'), { kind: 'tamper' }), /校验未通过/],
    [
      'a cut connection',
      (h) => h.faults.set(file(2018, 'search-index.json'), { kind: 'cut', after: 1500 }),
      /网络中断/,
    ],
  ];

  it.each(cases)('%s', async (_name, fault, message) => {
    const { host, store, shelf, state } = await setUp();
    await shelf.download('gov-2017'); // already installed: must stay so
    fault(host);
    const before = new Map(store.files);
    await shelf.download('gov-2018');
    const failed = state('gov-2018');
    expect(failed.kind).toBe('failed');
    if (failed.kind === 'failed') {
      expect(failed.failure.message).toMatch(message);
      expect(failed.failure.message).toMatch(/已下载的部分已清除/);
    }
    expect(store.files).toEqual(before);
    expect(state('gov-2017').kind).toBe('installed');
    // 重试, once the host is fixed, installs it.
    host.faults.clear();
    await shelf.download('gov-2018');
    expect(state('gov-2018').kind).toBe('installed');
  });

  it('a cancel stops the download, removes what it wrote, and leaves the volume 未下载 (no failure)', async () => {
    const { host, store, shelf, state } = await setUp();
    host.faults.set(file(2018, 'search-index.json'), { kind: 'hold' });
    const before = new Map(store.files);
    const running = shelf.download('gov-2018');
    await new Promise((r) => setTimeout(r, 0));
    expect(host.holding).toBe(1);
    expect(state('gov-2018').kind).toBe('downloading');
    expect(store.files.has('volumes/gov-2018/volume.json')).toBe(true);
    shelf.cancel('gov-2018');
    await running;
    const cancelled = state('gov-2018');
    expect(cancelled.kind).toBe('absent');
    expect(stateLabel(cancelled)).toBe('未下载');
    expect(store.files).toEqual(before);
  });

  it('a full phone: refused before any byte is fetched when the allowance is known', async () => {
    const { host, store, shelf, state } = await setUp(4000);
    const before = host.requested.length;
    await shelf.download('gov-2018');
    const full = state('gov-2018');
    expect(full.kind === 'failed' && full.failure.message).toMatch(/存储空间不足.*需要 6 KB，剩余 [0-3] KB/);
    expect(host.requested.length).toBe(before);
    expect(volumeFiles(store)).toEqual([]);
  });

  it('a full phone found while writing: the written file is removed', async () => {
    class FillsUp extends FakeStore {
      override async write(path: string, bytes: Uint8Array): Promise<void> {
        if (path.endsWith('search-index.json')) throw new StoreFullError();
        return super.write(path, bytes);
      }
    }
    const { store, shelf, state } = await setUp(undefined, new FillsUp());
    await shelf.download('gov-2018');
    const full = state('gov-2018');
    expect(full.kind === 'failed' && full.failure.kind).toBe('full');
    expect(volumeFiles(store)).toEqual([]);
  });
});

describe('Shelf: deleting', () => {
  it('deletes a downloaded volume and frees its space; the others stay', async () => {
    const { store, shelf, state } = await setUp();
    await shelf.download('gov-2018');
    await shelf.download('gov-2017');
    await shelf.remove('gov-2018');
    expect(state('gov-2018').kind).toBe('absent');
    expect(state('gov-2017').kind).toBe('installed');
    expect(volumeFiles(store)).toEqual([
      'volumes/gov-2017/search-index.json',
      'volumes/gov-2017/volume.json',
    ]);
    expect(shelf.view().used).toBe(6000);
    expect(store.files.has('other/notes')).toBe(true);
  });

  it('dismissing a failure returns the volume to not downloaded', async () => {
    const { host, shelf, state } = await setUp();
    host.faults.set(file(2018, 'volume.json'), { kind: 'status', status: 404 });
    await shelf.download('gov-2018');
    await shelf.remove('gov-2018');
    expect(state('gov-2018').kind).toBe('absent');
  });

  it('failure notices are dismissed when the reader leaves or acts, except the one spared', async () => {
    const { host, shelf, state, views } = await setUp();
    host.faults.set(file(2018, 'volume.json'), { kind: 'status', status: 404 });
    host.faults.set(file(2017, 'volume.json'), { kind: 'status', status: 404 });
    await shelf.download('gov-2018');
    await shelf.download('gov-2017');
    shelf.dismissFailures('gov-2017');
    expect(state('gov-2018').kind).toBe('absent');
    expect(state('gov-2017').kind).toBe('failed');
    const seen = views.length;
    shelf.dismissFailures();
    expect(state('gov-2017').kind).toBe('absent');
    expect(views.length).toBe(seen + 1);
    shelf.dismissFailures();
    expect(views.length).toBe(seen + 1);
  });
});
