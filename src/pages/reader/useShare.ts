import { useShareAppMessage, useShareTimeline } from '@tarojs/taro';
import { readerUrl } from '../../core/reader/deepLink';
import type { Placed } from '../../core/volume/model';
import type { VolumeLibrary } from '../../app/volumes';

/**
 * Sharing to a chat or to Moments carries the block's title and opens the block in its volume. A
 * downloaded volume is named (`v=`); the bundled one is not, so links shared before the shelf and
 * after read the same.
 */
export function useShare(library: VolumeLibrary | undefined, here: Placed | undefined, title: string): void {
  const volume = library && !library.bundled ? library.id : undefined;
  useShareAppMessage(() => ({
    title,
    path: here ? readerUrl({ id: here.block.id, volume }) : '/pages/index/index',
  }));
  useShareTimeline(() => ({
    title: `${title} · ${library?.volume.title ?? ''}`,
    query: here ? `id=${here.block.id}${volume ? `&v=${volume}` : ''}` : '',
  }));
}
