import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { Press } from '../../components/plain';
import type { Bookmark } from '../../core/reader/bookmarks';
import { readerUrl } from '../../core/reader/deepLink';
import { timeAgo } from '../../core/reader/relativeTime';
import { findPlaced, getBookmarks, volume } from '../../app/library';
import { useSettings } from '../../app/useSettings';
import { copyText } from '../../platform/clipboard';
import './index.scss';

const UNDO_MS = 6000;

/** 收藏: newest first, with how long ago; removable (and the removal undoable); exportable as text. */
export default function BookmarksPage() {
  const { night } = useSettings();
  const [items, setItems] = useState<Bookmark[]>(() => getBookmarks().list());
  const [now, setNow] = useState(Date.now());
  useDidShow(() => {
    setItems(getBookmarks().list());
    setNow(Date.now());
  });
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
      getBookmarks().remove(b.id);
      setRemoved(b);
    });
  const undo = () =>
    change('恢复', () => {
      if (removed) getBookmarks().add(removed);
      setRemoved(undefined);
    });
  const exportAll = () => {
    const lines = items.map((b) => `${b.title}（${volume.title} · ${b.category} › ${b.section}）`);
    copyText([`${volume.title} · 我的收藏`, ...lines].join('\n'), `已复制 ${items.length} 条收藏`);
  };

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
        const gone = !findPlaced(b.id);
        return (
          <View key={b.id} className={`bookmark ${gone ? 'gone' : ''}`}>
            <View
              className="bookmark-main"
              role="link"
              aria-label={`打开 ${b.title}`}
              onClick={() => !gone && Taro.navigateTo({ url: readerUrl({ id: b.id }) })}
            >
              <Text className="bookmark-title">{b.title}</Text>
              <Text className="bookmark-meta">
                {gone ? '条目已删除 · ' : ''}
                {b.category} › {b.section} · {timeAgo(b.addedAt, now)}
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
