import { useCallback, useEffect, useState } from 'react';
import { Shelf } from '../core/shelf/shelf';
import type { ShelfView } from '../core/shelf/volumeState';
import { shelfBase, shelfDeps } from '../platform/shelf';

let shared: Shelf | null | undefined;

/** The app's one Shelf (downloads go on while the reader looks at other pages); none without a base URL. */
export function getShelf(): Shelf | undefined {
  if (shared === undefined) {
    const base = shelfBase();
    shared = base ? new Shelf(shelfDeps(base)) : null;
  }
  return shared ?? undefined;
}

const UNCONFIGURED: ShelfView = {
  status: 'unavailable',
  volumes: [],
  used: 0,
  error: '这一版程序没有配置书架地址（YEARBOOK_SHELF_URL），只能阅读随程序附带的一卷。',
};

/** The 书架 as the page shows it, kept current, with its actions. */
export function useShelf() {
  const shelf = getShelf();
  const [view, setView] = useState<ShelfView>(() => shelf?.view() ?? UNCONFIGURED);
  useEffect(() => {
    if (!shelf) return undefined;
    const off = shelf.subscribe(setView);
    setView(shelf.view());
    void shelf.open();
    return off;
  }, [shelf]);
  const download = useCallback((id: string) => void shelf?.download(id), [shelf]);
  const cancel = useCallback((id: string) => shelf?.cancel(id), [shelf]);
  const remove = useCallback((id: string) => void shelf?.remove(id), [shelf]);
  const reload = useCallback(() => void shelf?.open(true), [shelf]);
  return { view, download, cancel, remove, reload };
}
