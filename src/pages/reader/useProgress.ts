import { useDidHide, usePageScroll, useUnload } from '@tarojs/taro';
import { useRef } from 'react';
import { saveProgress } from '../../core/reader/progress';
import type { Placed } from '../../core/volume/model';
import { taroStorage } from '../../platform/storage';
import { bundledId, type VolumeLibrary } from '../../app/volumes';

/**
 * Where the reader is in 条目阅读 of a volume, saved when the page hides or closes, for "continue reading".
 * The page view's scrolling is not the entry's: it is not counted.
 */
export function useProgress(
  library: VolumeLibrary | undefined,
  here: Placed | undefined,
  title: string,
  reading: boolean,
): void {
  const scrollTop = useRef(0);
  usePageScroll((e) => {
    if (reading) scrollTop.current = e.scrollTop;
  });
  const remember = () => {
    if (here && library) {
      const progress = {
        volume: library.id,
        id: here.block.id,
        title,
        scrollTop: scrollTop.current,
        at: Date.now(),
      };
      saveProgress(taroStorage, progress, bundledId);
    }
  };
  useDidHide(remember);
  useUnload(remember);
}
