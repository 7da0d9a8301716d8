import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { ensureBlocks, loadSearch, openedSearch } from '../../app/library';
import { SearchSession, type SessionDeps, type SessionState } from './session';

/** The app's search, texts and clock, as the session needs them. */
const appDeps: SessionDeps = {
  opened: openedSearch,
  open: loadSearch,
  ensureBlocks,
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
  // A reader opens this page to search: the index starts loading now, not at the first query.
  useEffect(() => void loadSearch().catch(() => undefined), []);
  return [state ?? session.current, session];
}
