import Taro, { usePageNotFound } from '@tarojs/taro';
import { useEffect, type PropsWithChildren } from 'react';
import { prepareWhenIdle } from './app/idleWork';
import './app.scss';

/** The app shell: pages render what the core computes; shared state lives in src/app/library.ts. */
function App({ children }: PropsWithChildren) {
  // A mistyped or outdated link to a page the app does not have: say so, never a blank page.
  usePageNotFound(({ path }) => {
    const route = encodeURIComponent(String(path ?? '').slice(0, 60));
    Taro.reLaunch({ url: `/pages/reader/index?route=${route}` }).catch(() => undefined);
  });
  useEffect(prepareWhenIdle, []);
  return children;
}

export default App;
