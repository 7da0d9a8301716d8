import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Press } from './plain';

/** 条目不存在: an unknown or malformed id or scene; always a way back, never a blank page. */
export function NotFound({ id }: { id?: string }) {
  const home = () => {
    Taro.switchTab({ url: '/pages/index/index' }).catch(() => Taro.reLaunch({ url: '/pages/index/index' }));
  };
  return (
    <View className="not-found" role="alert">
      <Text className="not-found-title">条目不存在</Text>
      <Text className="not-found-text">
        {id ? `没有编号为“${id}”的条目，` : '链接不完整，'}它可能已在新版年鉴中调整。
      </Text>
      <Press className="button primary" onClick={home} aria-label="返回目录">
        返回目录
      </Press>
    </View>
  );
}
