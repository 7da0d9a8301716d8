import Taro from '@tarojs/taro';

/** Whether the system reports dark mode (WeChat with darkmode: true in app.json; the browser's media query). */
export function systemDark(): boolean {
  try {
    if (process.env.TARO_ENV === 'h5') {
      return typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-color-scheme: dark)').matches;
    }
    return Taro.getSystemInfoSync().theme === 'dark';
  } catch {
    return false;
  }
}
