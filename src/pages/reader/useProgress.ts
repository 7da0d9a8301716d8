import { useDidHide, usePageScroll, useUnload } from '@tarojs/taro';
import { useRef } from 'react';
import { saveProgress } from '../../core/reader/progress';
import type { Placed } from '../../core/volume/model';
import { taroStorage } from '../../platform/storage';

/**
 * Where the reader is in 条目阅读, saved when the page hides or closes, for "continue reading".
 * The page view's scrolling is not the entry's: it is not counted.
 */
export function useProgress(here: Placed | undefined, title: string, reading: boolean): void {
  const scrollTop = useRef(0);
  usePageScroll((e) => {
    if (reading) scrollTop.current = e.scrollTop;
  });
  const remember = () => {
    if (here)
      saveProgress(taroStorage, { id: here.block.id, title, scrollTop: scrollTop.current, at: Date.now() });
  };
  useDidHide(remember);
  useUnload(remember);
}
