import { useDidShow } from '@tarojs/taro';
import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { getShelf } from '../../app/shelf';
import { libraryNow, openVolume, volumesOnPhone } from '../../app/volumes';
import { SearchSession, type SessionDeps, type SessionState, type VolumeList } from './session';
import { absentVolumes } from './years';

/** The volumes on the phone (no network) and those the saved 书架 lists but the phone lacks. */
async function listVolumes(): Promise<VolumeList> {
  const onPhone = await volumesOnPhone();
  const listed =
    (await getShelf()
      ?.listedVolumes()
      .catch(() => undefined)) ?? [];
  return { onPhone, absent: absentVolumes(listed, onPhone) };
}

/** The app's volumes, searches, texts and clock, as the session needs them. */
const appDeps: SessionDeps = {
  volumes: listVolumes,
  opened: (volume) => libraryNow(volume)?.openedSearch(),
  open: (volume) => openVolume(volume).then((library) => library.loadSearch()),
  ensureBlocks: (volume, ids) => libraryNow(volume)?.ensureBlocks(ids) ?? [],
  later(f, ms) {
    const timer = setTimeout(f, ms);
    return () => clearTimeout(timer);
  },
  frame(f) {
    const id = requestAnimationFrame(f);
    return () => cancelAnimationFrame(id);
  },
  now: () => Date.now(),
};

/**
 * The search page's session (see session.ts) and its state, redrawn on each change. An answer to a
 * key is drawn within the key's own event (flushSync), not in a task after it: the results reach the
 * next frame.
 */
export function useSearchSession(): [SessionState, SearchSession] {
  const [state, setState] = useState<SessionState | undefined>();
  const session = useMemo(
    () =>
      new SearchSession(appDeps, (next, urgent) =>
        urgent ? flushSync(() => setState(next)) : setState(next),
      ),
    [],
  );
  useEffect(() => () => session.dispose(), [session]);
  // A reader opens this page to search: the indexes start loading now, not at the first query.
  useEffect(() => void session.prepare(), [session]);
  // Back from the 书架 (a tab page stays alive): a year downloaded or deleted there is searched or not.
  const shownBefore = useRef(false);
  useDidShow(() => {
    if (shownBefore.current) session.refresh();
    shownBefore.current = true;
  });
  return [state ?? session.current, session];
}
