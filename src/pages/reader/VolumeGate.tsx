import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { LoadFailed } from '../../components/LoadFailed';
import { VolumeAbsent } from '../../components/VolumeAbsent';
import { readerUrl, type ReaderTarget } from '../../core/reader/deepLink';
import type { VolumeStatus } from '../../app/useVolume';

/**
 * What the reader shows before its volume is ready: opening it; not on the phone (asks to download,
 * then the entry opens); a downloaded file unreadable (重试 reopens the link).
 */
export function VolumeGate({
  status,
  target,
}: {
  status: Exclude<VolumeStatus, { kind: 'ready' }>;
  target: ReaderTarget;
}) {
  if (status.kind === 'opening')
    return (
      <Text className="loading" aria-live="polite">
        正在打开这一卷……
      </Text>
    );
  if (status.kind === 'absent') return <VolumeAbsent id={status.id} />;
  return <LoadFailed what={status.message} onRetry={async () => Taro.reLaunch({ url: readerUrl(target) })} />;
}
