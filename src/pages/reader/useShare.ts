import { useShareAppMessage, useShareTimeline } from '@tarojs/taro';
import { readerUrl } from '../../core/reader/deepLink';
import type { Placed } from '../../core/volume/model';
import { volume } from '../../app/library';

/** Sharing to a chat or to Moments carries the block's title and opens the block. */
export function useShare(here: Placed | undefined, title: string): void {
  useShareAppMessage(() => ({ title, path: here ? readerUrl({ id: here.block.id }) : '/pages/index/index' }));
  useShareTimeline(() => ({ title: `${title} · ${volume.title}`, query: here ? `id=${here.block.id}` : '' }));
}
