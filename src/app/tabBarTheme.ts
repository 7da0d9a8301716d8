import Taro from '@tarojs/taro';

let applied: boolean | undefined;

/**
 * The tab bar's colours for the day or the night theme (its icons read on both). Night mode is the
 * reader's own setting, not only the system's, so WeChat's darkmode theme file cannot follow it.
 */
export function applyTabBarTheme(night: boolean): void {
  if (applied === night) return;
  Taro.setTabBarStyle({
    color: night ? '#a39988' : '#6b6152',
    selectedColor: night ? '#d0745f' : '#9b2c1f',
    backgroundColor: night ? '#262421' : '#fbf8f2',
    borderStyle: night ? 'white' : 'black', // as app.json launches by day: a visible line on either paper
  })
    .then(() => (applied = night))
    // Outside a tab page (the reader) there is no tab bar to style: the next tab page shown will.
    .catch(() => undefined);
}
