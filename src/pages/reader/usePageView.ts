import Taro from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { pagePartAnchor, partAnchor } from '../../core/reader/anchors';
import { readerUrl } from '../../core/reader/deepLink';
import { pageIndexOf, printedPages, readingPlaceOn, type PrintedPage } from '../../core/reader/pageView';
import type { Placed } from '../../core/volume/model';
import { volumeOf, type VolumeLibrary } from '../../app/volumes';
import { afterDraw, scrollToAnchor, scrollToOffset } from './scroll';

/** Where to scroll once the page has drawn the mode or page just chosen. */
type Pending = { anchor: string; covered: number } | { top: number } | undefined;

/**
 * 条目阅读 ⇄ 页面浏览 kept in step: the page view opens at the part being read (not at its page's
 * top), a turned page starts at its first line, and 条目 goes back to what the page shows.
 */
export function usePageView(
  library: VolumeLibrary | undefined,
  here: Placed | undefined,
  scope: string,
  barsCovered: number,
  pageCovered: number,
) {
  const [mode, setMode] = useState<'entry' | 'page'>('entry');
  const [pageIndex, setPageIndex] = useState(0);
  const [pending, setPending] = useState<Pending>();
  // The chapter (category) as printed, built when the reader first turns to the page view.
  const pagesOf = useRef<{ category?: string; pages: PrintedPage[] }>({ pages: [] });
  const pages = (): PrintedPage[] => {
    if (here && library && pagesOf.current.category !== here.category.id)
      pagesOf.current = {
        category: here.category.id,
        pages: printedPages(library.loadedPlaced(here.category.id)),
      };
    return pagesOf.current.pages;
  };
  useEffect(() => {
    if (!pending) return;
    afterDraw(() =>
      'anchor' in pending
        ? scrollToAnchor(scope, pending.anchor, pending.covered)
        : scrollToOffset(pending.top),
    );
  }, [pending, scope]);

  /** The page view at the page printing `part` (numbered as in `breaks`), scrolled to it. */
  const openPage = (part: number) => {
    if (!here) return;
    setPageIndex(pageIndexOf(pages(), here.block, part));
    setMode('page');
    setPending({ anchor: pagePartAnchor(here.block.id, part), covered: pageCovered });
  };
  const turn = (delta: number) => {
    setPageIndex((i) => Math.min(pages().length - 1, Math.max(0, i + delta)));
    setPending({ top: 0 });
  };
  const backToEntry = () => {
    const place = here && pages()[pageIndex] && readingPlaceOn(pages()[pageIndex], here.block.id);
    if (!here || !place) return setMode('entry');
    if (place.id !== here.block.id)
      return void Taro.redirectTo({
        url: readerUrl({ id: place.id, volume: library && volumeOf(library), paragraph: place.part }),
      });
    setMode('entry');
    setPending({ anchor: partAnchor(place.part), covered: barsCovered });
  };
  /** 原页 ⇄ 条目: `part` is the part being read, numbered as `textParts` numbers them. */
  const toggle = (part: number) => {
    if (mode === 'page') return backToEntry();
    // textParts counts a table's header as part 0; breaks (and the page view) count rows from 0.
    openPage(Math.max(0, here?.block.kind === 'table' ? part - 1 : part));
  };
  return {
    mode,
    page: mode === 'page' ? pages()[pageIndex] : undefined,
    pageIndex,
    count: mode === 'page' ? pages().length : 0,
    openPage,
    turn,
    backToEntry,
    toggle,
  };
}
