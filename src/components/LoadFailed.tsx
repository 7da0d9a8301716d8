import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Press } from './plain';

/**
 * A text that could not be loaded (no network on a phone, a subpackage missing): said as such, never
 * as “条目不存在”, with 重试 in place — the reader stays where it was and tries again when asked.
 */
export function LoadFailed({ what, onRetry }: { what: string; onRetry: () => Promise<unknown> }) {
  const [trying, setTrying] = useState(false);
  const retry = () => {
    setTrying(true);
    onRetry()
      .catch(() => undefined)
      .finally(() => setTrying(false));
  };
  return (
    <View className="load-failed" role="alert">
      <Text className="load-failed-title">未能载入正文</Text>
      <Text className="load-failed-text">“{what}”的正文没有下载成功，可能是网络不通。请检查网络后再试。</Text>
      <Press className="button primary load-failed-retry" onClick={retry} disabled={trying} aria-label="重试">
        {trying ? '正在重试……' : '重试'}
      </Press>
    </View>
  );
}
