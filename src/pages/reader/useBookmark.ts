import Taro from '@tarojs/taro';
import { useState } from 'react';
import { StorageError } from '../../core/reader/storage';
import type { Placed } from '../../core/volume/model';
import { getBookmarks } from '../../app/library';

/** Whether the block is bookmarked, and a toggle that says what it did (or why it could not). */
export function useBookmark(placed: Placed | undefined, title: string) {
  const [bookmarked, setBookmarked] = useState(() => !!placed && getBookmarks().has(placed.block.id));
  const toggle = () => {
    if (!placed) return;
    try {
      const now = getBookmarks().toggle({
        id: placed.block.id,
        kind: placed.block.kind,
        title,
        category: placed.category.title,
        section: placed.section.title,
        addedAt: Date.now(),
      });
      setBookmarked(now);
      Taro.showToast({ title: now ? '已收藏' : '已取消收藏', icon: 'none' });
    } catch (error) {
      Taro.showModal({
        title: '未能收藏',
        content: error instanceof StorageError ? `${error.message}。已有的收藏都还在。` : String(error),
        showCancel: false,
      });
    }
  };
  return { bookmarked, toggle };
}
