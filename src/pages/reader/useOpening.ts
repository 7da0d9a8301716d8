import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import type { ReaderTarget } from '../../core/reader/deepLink';
import type { HitMap } from '../../core/reader/hits';
import { openingPlace } from '../../core/reader/openingPlace';
import { loadProgress } from '../../core/reader/progress';
import type { Placed } from '../../core/volume/model';
import { bundledId, type VolumeLibrary } from '../../app/volumes';
import { taroStorage } from '../../platform/storage';
import { afterDraw, scrollToAnchor, scrollToOffset } from './scroll';

/**
 * Once a block is drawn: its title in the navigation bar, and the page scrolled to where it should
 * open (a search's first hit, a linked paragraph, or where the reader stopped last time).
 */
export function useOpening(
  library: VolumeLibrary | undefined,
  here: Placed | undefined,
  hits: HitMap | undefined,
  target: ReaderTarget | undefined,
  scope: string,
  covered: number,
  title: string,
): void {
  useEffect(() => {
    if (!here || !hits) return;
    Taro.setNavigationBarTitle({ title }).catch(() => undefined);
    const place = openingPlace({
      blockId: here.block.id,
      hits: hits.total,
      part: target?.paragraph,
      progress: library && loadProgress(taroStorage, library.id, bundledId),
    });
    if (!place) return;
    afterDraw(() =>
      'anchor' in place ? scrollToAnchor(scope, place.anchor, covered) : scrollToOffset(place.top),
    );
    // Once a block and its hits: not again when a bar's height or the title's words change.
  }, [here, hits, target]);
}
