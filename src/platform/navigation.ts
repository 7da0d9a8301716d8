import Taro from '@tarojs/taro';

/**
 * Open a tab page (目录, 检索) from any page. When switching fails (a page opened alone, from a
 * link or a code, may have no tab bar to switch in), the app is relaunched at that tab instead.
 */
export function openTab(url: string): Promise<unknown> {
  return Taro.switchTab({ url }).catch(() => Taro.reLaunch({ url }));
}
