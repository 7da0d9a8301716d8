import { Bookmarks, BOOKMARKS_KEY, type Bookmark } from '../../../src/core/reader/bookmarks';
import { SearchHistory } from '../../../src/core/reader/history';
import { MemoryStorage, StorageError } from '../../../src/core/reader/storage';

const mark = (id: string, addedAt: number): Bookmark => ({
  id,
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
    const b = new Bookmarks(storage);
    b.add(mark('a', 1));
    b.add(mark('b', 3));
    b.add(mark('c', 2));
    expect(new Bookmarks(storage).list().map((x) => x.id)).toEqual(['b', 'c', 'a']);
    expect(b.toggle(mark('a', 9))).toBe(false);
    expect(b.has('a')).toBe(false);
    expect(b.toggle(mark('a', 9))).toBe(true);
    expect(new Bookmarks(storage).list()[0].id).toBe('a');
  });

  it('keep the earlier bookmarks and say so when the storage is full', () => {
    const storage = new FullStorage();
    const b = new Bookmarks(storage);
    b.add(mark('a', 1));
    storage.full = true;
    expect(() => b.add(mark('b', 2))).toThrow(StorageError);
    expect(() => b.add(mark('b', 2))).toThrow('存储空间已满');
    expect(b.list().map((x) => x.id)).toEqual(['a']);
    expect(new Bookmarks(storage).list().map((x) => x.id)).toEqual(['a']);
  });

  it.each([
    ['a corrupt record', 'not json at all', /已损坏/],
    ['a record from a future version', { version: 2, items: [{ id: 'x' }] }, /另一版本（2）/],
  ])('set aside %s with a notice, never crash', (_, stored, notice) => {
    const storage = new MemoryStorage();
    storage.set(BOOKMARKS_KEY, stored);
    const b = new Bookmarks(storage);
    expect(b.notice).toMatch(notice);
    expect(b.list()).toEqual([]);
    expect(storage.get(`${BOOKMARKS_KEY}.setaside`)).toEqual(stored);
  });

  it('drop only the items that cannot be read', () => {
    const storage = new MemoryStorage();
    storage.set(BOOKMARKS_KEY, { version: 1, items: [mark('a', 1), { id: 3 }, mark('b', 2)] });
    const b = new Bookmarks(storage);
    expect(b.list().map((x) => x.id)).toEqual(['b', 'a']);
    expect(b.notice).toMatch(/1 条收藏无法读取/);
  });
});

describe('search history', () => {
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
