/**
 * What the app prepares once start-up is over and the reader has not asked for anything yet (the
 * browser says it is idle): the 书架's rows read from the phone (installed set and the catalogue
 * saved when last online; no network), and in H5 the 书架 page's own script, so a tap on 书架 draws
 * every year at once instead of fetching a chunk and then waiting on storage. Only where the
 * platform has requestIdleCallback (H5): a mini-program's pages are in its package already, and it
 * has no idle signal to wait for. What it needs is imported then, so the app's entry script stays as
 * small as it was (the pages load these modules anyway). Returns a cancel.
 */
export function prepareWhenIdle(): () => void {
  if (typeof requestIdleCallback !== 'function') return () => undefined;
  const id = requestIdleCallback(
    () => {
      void import('./shelf').then(({ getShelf }) => getShelf()?.prime()).catch(() => undefined);
      if (process.env.TARO_ENV === 'h5') void import('../pages/shelf/index').catch(() => undefined);
    },
    { timeout: 3000 },
  );
  return () => cancelIdleCallback(id);
}
