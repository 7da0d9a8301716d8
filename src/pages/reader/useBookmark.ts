import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { StorageError } from '../../core/reader/storage';
import type { Placed } from '../../core/volume/model';
import { getBookmarks } from '../../app/library';
import type { VolumeLibrary } from '../../app/volumes';

/** Whether the block is bookmarked, and a toggle that says what it did (or why it could not). */
export function useBookmark(library: VolumeLibrary | undefined, placed: Placed | undefined, title: string) {
  const [bookmarked, setBookmarked] = useState(false);
  useEffect(() => {
    setBookmarked(!!library && !!placed && getBookmarks().has(library.id, placed.block.id));
  }, [library, placed]);
  const toggle = () => {
    if (!placed || !library) return;
    try {
      const now = getBookmarks().toggle({
        id: placed.block.id,
        volume: library.id,
        year: library.volume.year,
        volumeTitle: library.volume.title,
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
