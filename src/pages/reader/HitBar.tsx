import { Text, View } from '@tarojs/components';
import { Press } from '../../components/plain';

interface Props {
  query: string;
  current: number;
  total: number;
  step(delta: number): void;
}

/** "“query” 第 n / N 处" with ‹ › to the hit before or after; sticks under the toolbar. */
export function HitBar({ query, current, total, step }: Props) {
  return (
    <View className="hit-bar" aria-live="polite">
      <Text className="hit-count">
        “{query}” 第 {current + 1} / {total} 处
      </Text>
      <Press className="tool step" onClick={() => step(-1)} aria-label="上一处">
        ‹
      </Press>
      <Press className="tool step" onClick={() => step(1)} aria-label="下一处">
        ›
      </Press>
    </View>
  );
}
