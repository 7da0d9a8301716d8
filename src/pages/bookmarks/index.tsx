import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { Press } from '../../components/plain';
import type { Bookmark } from '../../core/reader/bookmarks';
import { readerUrl } from '../../core/reader/deepLink';
import { timeAgo } from '../../core/reader/relativeTime';
import { getBookmarks } from '../../app/library';
import { isBundled, libraryNow, openVolume, volumesOnPhone } from '../../app/volumes';
import { useSettings } from '../../app/useSettings';
import { copyText } from '../../platform/clipboard';
import { volumeLabel } from '../../core/shelf/volumeLabel';
import './index.scss';

const UNDO_MS = 6000;

/**
 * The volumes on the phone (null until known), their libraries opened so that a bookmark whose entry a
 * volume no longer has can be told from one whose volume is not downloaded.
 */
function useVolumesOnPhone(items: Bookmark[]): Set<string> | null {
  const [onPhone, setOnPhone] = useState<Set<string> | null>(null);
  const [, setOpened] = useState(0);
  const refresh = () =>
    void volumesOnPhone().then((list) => {
      const ids = new Set(list.map((v) => v.id));
      setOnPhone(ids);
      for (const id of new Set(items.map((b) => b.volume)))
        if (ids.has(id) && !libraryNow(id))
          openVolume(id)
            .then(() => setOpened((n) => n + 1))
            .catch(() => undefined);
    });
  useEffect(refresh, [items]);
  useDidShow(refresh);
  return onPhone;
}

/** The title of a bookmark's volume: as saved, else the volume's own when it is open, else its id. */
const volumeTitle = (b: Bookmark): string => b.volumeTitle ?? libraryNow(b.volume)?.volume.title ?? b.volume;

/** The bookmarks as text: one volume's headed by its title (as before the shelf), several volumes' by none. */
function exportText(items: Bookmark[]): string {
  const lines = items.map((b) => `${b.title}（${volumeTitle(b)} · ${b.category} › ${b.section}）`);
  const titles = new Set(items.map(volumeTitle));
  const head = titles.size === 1 ? `${[...titles][0]} · 我的收藏` : '我的收藏';
  return [head, ...lines].join('\n');
}

/** What a bookmark's line says of its volume and whether it can be opened. */
function volumeNote(
  b: Bookmark,
  onPhone: Set<string> | null,
): { gone: boolean; absent: boolean; note: string } {
  const year = b.year ?? libraryNow(b.volume)?.volume.year;
  const title = b.volumeTitle ?? libraryNow(b.volume)?.volume.title;
  // Named as everywhere else (its title); an old bookmark without a saved title by its year.
  const label = title ? volumeLabel({ title, year: year ?? 0 }) : year ? `${year}年卷` : b.volume;
  const absent = !!onPhone && !onPhone.has(b.volume) && !isBundled(b.volume);
  const library = libraryNow(b.volume);
  const gone = !absent && !!library && !library.findPlaced(b.id);
  return { gone, absent, note: absent ? `${label} · 未下载` : label };
}

/** 收藏: newest first, with its year and how long ago; removable (and undoable); exportable as text. */
export default function BookmarksPage() {
  const { night } = useSettings();
  const [items, setItems] = useState<Bookmark[]>(() => getBookmarks().list());
  const [now, setNow] = useState(Date.now());
  useDidShow(() => {
    setItems(getBookmarks().list());
    setNow(Date.now());
  });
  const onPhone = useVolumesOnPhone(items);
  const notice = getBookmarks().notice;

  // The last removal can be undone for a few seconds: a tap on 删除 is easily a slip of the thumb.
  const [removed, setRemoved] = useState<Bookmark>();
  useEffect(() => {
    if (!removed) return;
    const timer = setTimeout(() => setRemoved(undefined), UNDO_MS);
    return () => clearTimeout(timer);
  }, [removed]);
  const change = (what: string, run: () => void) => {
    try {
      run();
      setItems(getBookmarks().list());
    } catch (error) {
      Taro.showModal({ title: `未能${what}`, content: String((error as Error).message), showCancel: false });
    }
  };
  const remove = (b: Bookmark) =>
    change('删除', () => {
      getBookmarks().remove(b.volume, b.id);
      setRemoved(b);
    });
  const undo = () =>
    change('恢复', () => {
      if (removed) getBookmarks().add(removed);
      setRemoved(undefined);
    });
  const exportAll = () => copyText(exportText(items), `已复制 ${items.length} 条收藏`);

  return (
    <View className={`page bookmarks ${night ? 'night' : ''}`}>
      {notice && (
        <View className="notice" role="status">
          {notice}
        </View>
      )}
      {items.length === 0 ? (
        <Text className="empty">还没有收藏。阅读时点“☆ 收藏”即可保存条目、表格和图片。</Text>
      ) : (
        <View className="head">
          <Text>{items.length} 条收藏</Text>
          <Press className="button" onClick={exportAll} aria-label="导出收藏为文本">
            导出
          </Press>
        </View>
      )}
      {items.map((b) => {
        const { gone, absent, note } = volumeNote(b, onPhone);
        const url = readerUrl({ id: b.id, volume: isBundled(b.volume) ? undefined : b.volume });
        return (
          <View
            key={`${b.volume}/${b.id}`}
            className={`bookmark ${gone ? 'gone' : ''} ${absent ? 'absent' : ''}`}
            data-volume={b.volume}
          >
            <View
              className="bookmark-main"
              role="link"
              aria-label={absent ? `${b.title}：${note}，可下载` : `打开 ${b.title}`}
              onClick={() => !gone && Taro.navigateTo({ url })}
            >
              <Text className="bookmark-title">{b.title}</Text>
              <Text className="bookmark-meta">
                <Text className="bookmark-volume">{note}</Text>
                {` · ${gone ? '条目已删除 · ' : ''}${b.category} › ${b.section} · ${timeAgo(b.addedAt, now)}`}
              </Text>
            </View>
            <View
              className="remove"
              role="button"
              aria-label={`删除收藏 ${b.title}`}
              onClick={() => remove(b)}
            >
              删除
            </View>
          </View>
        );
      })}
      {removed && (
        <View className="undo-bar" role="status">
          <Text className="undo-text">已删除“{removed.title}”</Text>
          <Press className="button" onClick={undo} aria-label={`撤销删除 ${removed.title}`}>
            撤销
          </Press>
        </View>
      )}
    </View>
  );
}
