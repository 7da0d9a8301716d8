import Taro, { usePageNotFound } from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import './app.scss';

/** The app shell: pages render what the core computes; shared state lives in src/app/library.ts. */
function App({ children }: PropsWithChildren) {
  // A mistyped or outdated link to a page the app does not have: say so, never a blank page.
  usePageNotFound(({ path }) => {
    const route = encodeURIComponent(String(path ?? '').slice(0, 60));
    Taro.reLaunch({ url: `/pages/reader/index?route=${route}` }).catch(() => undefined);
  });
  return children;
}

export default App;
