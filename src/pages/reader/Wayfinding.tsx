import { Text, View } from '@tarojs/components';
import { Press } from '../../components/plain';
import { openTab } from '../../platform/navigation';
import { chooseVolume } from '../../app/currentVolume';

interface Props {
  /** The block's place in reading order, from 1, and how many blocks the volume has. */
  position: number;
  count: number;
  /** Opened from Moments: a page alone, with nowhere to go. */
  single: boolean;
  /** The volume being read (undefined: the bundled one): ‹ 目录 opens its contents. */
  volume?: string;
  /** A downloaded volume's year, said beside the position (the bundled volume's is not: it is the app's own). */
  year?: number;
}

/** Home from anywhere, a shared link included, and where this block stands in the volume. */
export function Wayfinding({ position, count, single, volume, year }: Props) {
  const home = () => {
    chooseVolume(volume);
    void openTab('/pages/index/index');
  };
  return (
    <View className="wayfinding">
      {single ? (
        <View />
      ) : (
        <Press className="tool" onClick={home} aria-label="返回目录">
          ‹ 目录
        </Press>
      )}
      <View className="where">
        {year !== undefined && <Text className="volume-year">{`${year}年卷 · `}</Text>}
        <Text className="position" aria-label={`全书第 ${position} 条，共 ${count} 条`}>
          {position} / {count}
        </Text>
      </View>
    </View>
  );
}
