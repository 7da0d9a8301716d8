import Taro from '@tarojs/taro';

// The browser's query, made once: it stays current by itself, and every page's render asks it
// (making it anew each time was a measurable part of redrawing search results).
let darkQuery: MediaQueryList | undefined;

/** Whether the system reports dark mode (WeChat with darkmode: true in app.json; the browser's media query). */
export function systemDark(): boolean {
  try {
    if (process.env.TARO_ENV === 'h5') {
      if (typeof window === 'undefined' || !window.matchMedia) return false;
      darkQuery ??= window.matchMedia('(prefers-color-scheme: dark)');
      return darkQuery.matches;
    }
    return Taro.getSystemInfoSync().theme === 'dark';
  } catch {
    return false;
  }
}
