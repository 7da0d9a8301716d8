import { Text, View } from '@tarojs/components';
import { Press } from '../../components/plain';
import { openTab } from '../../platform/navigation';

interface Props {
  /** The block's place in reading order, from 1, and how many blocks the volume has. */
  position: number;
  count: number;
  /** Opened from Moments: a page alone, with nowhere to go. */
  single: boolean;
}

/** Home from anywhere, a shared link included, and where this block stands in the volume. */
export function Wayfinding({ position, count, single }: Props) {
  const home = () => openTab('/pages/index/index');
  return (
    <View className="wayfinding">
      {single ? (
        <View />
      ) : (
        <Press className="tool" onClick={home} aria-label="返回目录">
          ‹ 目录
        </Press>
      )}
      <Text className="position" aria-label={`全书第 ${position} 条，共 ${count} 条`}>
        {position} / {count}
      </Text>
    </View>
  );
}
