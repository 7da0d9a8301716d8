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
  /** The volume's name (shortVolumeLabel), said beside the position for every volume, the bundled one too. */
  label: string;
}

/**
 * Home from anywhere, a shared link included, and which volume this is and where this block stands in
 * it; part of the reader's sticky head, so it stays in view however far the text is scrolled.
 */
export function Wayfinding({ position, count, single, volume, label }: Props) {
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
        <Text className="volume-name">{`${label} · `}</Text>
        <Text className="position" aria-label={`全书第 ${position} 条，共 ${count} 条`}>
          {position} / {count}
        </Text>
      </View>
    </View>
  );
}
