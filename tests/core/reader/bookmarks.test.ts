import { Bookmarks, BOOKMARKS_KEY, type Bookmark } from '../../../src/core/reader/bookmarks';
import { HISTORY_KEY, SearchHistory } from '../../../src/core/reader/history';
import { loadAllProgress, loadProgress, PROGRESS_KEY, saveProgress } from '../../../src/core/reader/progress';
import { MemoryStorage, StorageError } from '../../../src/core/reader/storage';

const BUNDLED = 'shangcheng-2019';
const mark = (id: string, addedAt: number, volume = BUNDLED): Bookmark => ({
  id,
  volume,
  kind: 'entry',
  title: `条目${id}`,
  category: '类目',
  section: '分目',
  addedAt,
});

/** Storage that refuses writes once full, as WeChat's 10 MB quota does. */
class FullStorage extends MemoryStorage {
  full = false;
  override set(key: string, value: unknown): void {
    if (this.full) throw new Error('QuotaExceededError: setStorage:fail exceed storage max size 10MB');
    super.set(key, value);
  }
}

describe('bookmarks', () => {
  it('lists newest first, survive a reload, and toggle', () => {
    const storage = new MemoryStorage();
    const b = new Bookmarks(storage, BUNDLED);
    b.add(mark('a', 1));
    b.add(mark('b', 3));
    b.add(mark('c', 2));
    expect(new Bookmarks(storage, BUNDLED).list().map((x) => x.id)).toEqual(['b', 'c', 'a']);
    expect(b.toggle(mark('a', 9))).toBe(false);
    expect(b.has(BUNDLED, 'a')).toBe(false);
    expect(b.toggle(mark('a', 9))).toBe(true);
    expect(new Bookmarks(storage, BUNDLED).list()[0].id).toBe('a');
  });

  it('keep the earlier bookmarks and say so when the storage is full', () => {
    const storage = new FullStorage();
    const b = new Bookmarks(storage, BUNDLED);
    b.add(mark('a', 1));
    storage.full = true;
    expect(() => b.add(mark('b', 2))).toThrow(StorageError);
    expect(() => b.add(mark('b', 2))).toThrow('存储空间已满');
    expect(b.list().map((x) => x.id)).toEqual(['a']);
    expect(new Bookmarks(storage, BUNDLED).list().map((x) => x.id)).toEqual(['a']);
  });

  it.each([
    ['a corrupt record', 'not json at all', /已损坏/],
    ['a record from a future version', { version: 3, items: [{ id: 'x' }] }, /另一版本（3）/],
  ])('set aside %s with a notice, never crash', (_, stored, notice) => {
    const storage = new MemoryStorage();
    storage.set(BOOKMARKS_KEY, stored);
    const b = new Bookmarks(storage, BUNDLED);
    expect(b.notice).toMatch(notice);
    expect(b.list()).toEqual([]);
    expect(storage.get(`${BOOKMARKS_KEY}.setaside`)).toEqual(stored);
  });

  it('drop only the items that cannot be read', () => {
    const storage = new MemoryStorage();
    storage.set(BOOKMARKS_KEY, { version: 2, items: [mark('a', 1), { id: 3 }, mark('b', 2)] });
    const b = new Bookmarks(storage, BUNDLED);
    expect(b.list().map((x) => x.id)).toEqual(['b', 'a']);
    expect(b.notice).toMatch(/1 条收藏无法读取/);
  });
});

describe('bookmarks across volumes', () => {
  it('keep the same entry id in two volumes apart', () => {
    const b = new Bookmarks(new MemoryStorage(), BUNDLED);
    b.add(mark('a', 1));
    b.add(mark('a', 2, 'gov-1985'));
    expect(b.has('gov-1985', 'a') && b.has(BUNDLED, 'a')).toBe(true);
    b.remove('gov-1985', 'a');
    expect(b.list().map((x) => [x.volume, x.id])).toEqual([[BUNDLED, 'a']]);
  });

  it('read a version 1 record (saved before the shelf) as the bundled volume’s, losing nothing', () => {
    const storage = new MemoryStorage();
    const old: Partial<Bookmark> = mark('a', 1);
    delete old.volume;
    storage.set(BOOKMARKS_KEY, { version: 1, items: [old, { ...old, id: 'b', addedAt: 2 }] });
    const b = new Bookmarks(storage, BUNDLED);
    expect(b.notice).toBeUndefined();
    expect(b.list().map((x) => [x.volume, x.id, x.title])).toEqual([
      [BUNDLED, 'b', '条目a'],
      [BUNDLED, 'a', '条目a'],
    ]);
    expect(b.has(BUNDLED, 'a')).toBe(true);
    // The next change writes version 2, the old ones kept.
    b.add(mark('c', 3, 'gov-1985'));
    expect(storage.get(BOOKMARKS_KEY)).toMatchObject({ version: 2 });
    expect(new Bookmarks(storage, 'another-bundled').list().map((x) => x.volume)).toEqual([
      'gov-1985',
      BUNDLED,
      BUNDLED,
    ]);
  });
});

describe('reading progress', () => {
  it('is kept per volume, and a version 1 place is the bundled volume’s', () => {
    const storage = new MemoryStorage();
    storage.set(PROGRESS_KEY, { id: 'e1', title: '旧位置', scrollTop: 120, at: 1 });
    expect(loadProgress(storage, BUNDLED, BUNDLED)).toMatchObject({
      id: 'e1',
      scrollTop: 120,
      volume: BUNDLED,
    });
    saveProgress(storage, { volume: 'gov-1985', id: 'e2', title: '新', scrollTop: 0, at: 2 }, BUNDLED);
    expect(loadProgress(storage, BUNDLED, BUNDLED)?.id).toBe('e1');
    expect(loadProgress(storage, 'gov-1985', BUNDLED)?.id).toBe('e2');
    expect(loadAllProgress(storage, BUNDLED).map((p) => p.volume)).toEqual(['gov-1985', BUNDLED]);
    storage.set(PROGRESS_KEY, 'garbage');
    expect(loadAllProgress(storage, BUNDLED)).toEqual([]);
  });
});

describe('search history', () => {
  it('reads a version 1 history as queries of the bundled volume', () => {
    const storage = new MemoryStorage();
    storage.set(HISTORY_KEY, { version: 1, items: ['最多跑一次', '城区'] });
    const h = new SearchHistory(storage, BUNDLED);
    expect(h.list()).toEqual(['最多跑一次', '城区']);
    expect(h.entries()[0]).toEqual({ query: '最多跑一次', volume: BUNDLED });
    h.add('城区');
    expect(new SearchHistory(storage, BUNDLED).entries().map((x) => [x.query, x.volume])).toEqual([
      ['城区', undefined],
      ['最多跑一次', BUNDLED],
      ['城区', BUNDLED],
    ]);
  });

  it('keeps the last 20 distinct queries, newest first, and clears', () => {
    const storage = new MemoryStorage();
    const h = new SearchHistory(storage);
    for (let i = 0; i < 25; i++) h.add(`词${i}`);
    h.add('词24');
    h.add('  ');
    expect(h.list()).toHaveLength(20);
    expect(new SearchHistory(storage).list()[0]).toBe('词24');
    h.clear();
    expect(new SearchHistory(storage).list()).toEqual([]);
  });
});
