import Taro from '@tarojs/taro';

/**
 * Copy text and say so. WeChat refuses setClipboardData unless the publisher declares the clipboard
 * in the mini-program's privacy guide; the reader then gets a clear explanation, not silence.
 */
export async function copyText(text: string, done = '已复制'): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data: text });
    Taro.showToast({ title: done, icon: 'success', duration: 1500 });
    return true;
  } catch (error) {
    const message = (error as { errMsg?: string })?.errMsg ?? String(error);
    Taro.showModal({
      title: '未能复制',
      content: /privacy|auth|permission|scope/i.test(message)
        ? '小程序未获准使用剪贴板（需在隐私保护指引中声明剪贴板）。可长按文字，用系统的复制。'
        : `复制失败：${message}。可长按文字，用系统的复制。`,
      showCancel: false,
    });
    return false;
  }
}
