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
  // A view sent between the first render and the subscription is taken then; with none (the rows were
  // read when the app was idle), the page is not drawn a second time with the same rows.
  const [seen] = useState(() => shelf?.emitted ?? 0);
  useEffect(() => {
    if (!shelf) return undefined;
    const off = shelf.subscribe(setView);
    if (shelf.emitted !== seen) setView(shelf.view());
    void shelf.open();
    return off;
  }, [shelf, seen]);
  // Acting on one volume lets the other volumes' failure notices go (they are for the moment only).
  const download = useCallback(
    (id: string) => (shelf?.dismissFailures(id), void shelf?.download(id)),
    [shelf],
  );
  const cancel = useCallback((id: string) => (shelf?.dismissFailures(), shelf?.cancel(id)), [shelf]);
  const remove = useCallback((id: string) => (shelf?.dismissFailures(), void shelf?.remove(id)), [shelf]);
  const reload = useCallback(() => void shelf?.open(true), [shelf]);
  const dismissFailures = useCallback(() => shelf?.dismissFailures(), [shelf]);
  return { view, download, cancel, remove, reload, dismissFailures };
}

/**
 * One volume of the 书架 (its catalogue entry and state) and its download, for pages that offer to
 * download a volume they cannot show (a bookmark, a link, a code into a year not on the phone).
 */
export function useShelfVolume(id: string | undefined) {
  const shelf = getShelf();
  const find = (view: ShelfView) => view.volumes.find((v) => v.volume.id === id);
  const [found, setFound] = useState(() => (shelf ? find(shelf.view()) : undefined));
  useEffect(() => {
    if (!shelf || !id) return undefined;
    const off = shelf.subscribe((view) => setFound(find(view)));
    setFound(find(shelf.view()));
    void shelf.open();
    return off;
    // `find` reads only `id`.
  }, [shelf, id]);
  const download = useCallback(() => {
    if (shelf && id) void shelf.open().then(() => shelf.download(id));
  }, [shelf, id]);
  const cancel = useCallback(() => id && shelf?.cancel(id), [shelf, id]);
  const dismissFailure = useCallback(() => shelf?.dismissFailures(), [shelf]);
  return { found, download, cancel, dismissFailure, available: !!shelf };
}
