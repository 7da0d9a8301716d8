import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { formatBytes } from '../core/shelf/bytes';
import { percent } from '../core/shelf/volumeState';
import { useShelfVolume } from '../app/shelf';
import { openTab } from '../platform/navigation';
import { Press } from './plain';
import './VolumeAbsent.scss';

interface Props {
  id: string;
  title: string;
  year?: number;
  /** What the reader was opening in that volume (a bookmark's or a link's title), if known. */
  what?: string;
}

/**
 * A bookmark, link or code into a volume that is not on the phone: it says so and asks before
 * downloading (the size is shown, the reader decides); the download runs on the 书架's installer, and
 * the page that showed this opens the volume when it is installed. Never a broken reader.
 */
export function VolumeAbsent({ id, title, year, what }: Props) {
  const { found, download, cancel, available } = useShelfVolume(id);
  const state = found?.state;
  const name = year ? `${year}年卷《${title}》` : `《${title}》`;
  const size = found ? `（${formatBytes(found.volume.bytes)}）` : '';
  const text = found
    ? `${what ? `“${what}”在` : '这一卷是'}${name}，还没有下载到手机上。下载${size}后可离线阅读。`
    : available
      ? `${name}不在手机上，书架目录里也没有找到它（可能还没有取得书架目录，或编辑部已撤下这一卷）。`
      : `${name}不在手机上，这一版程序没有书架，只能阅读随程序附带的一卷。`;
  return (
    <View className="volume-absent" role="alert" data-volume={id}>
      <Text className="volume-absent-title">这一卷未下载</Text>
      <Text className="volume-absent-text">{text}</Text>
      {state?.kind === 'downloading' && (
        <View
          className="volume-absent-progress"
          role="progressbar"
          aria-valuenow={percent(state.received, state.total)}
        >
          <View
            className="volume-absent-fill"
            style={{ width: `${percent(state.received, state.total)}%` }}
          />
        </View>
      )}
      {state?.kind === 'failed' && <Text className="volume-absent-failure">{state.failure.message}</Text>}
      <View className="volume-absent-actions">
        {found && (state?.kind === 'absent' || state?.kind === 'failed') && (
          <Press className="button primary" onClick={download} aria-label={`下载 ${title}`}>
            {state.kind === 'failed' ? '重试下载' : `下载${size}`}
          </Press>
        )}
        {state?.kind === 'downloading' && (
          <Press className="button" onClick={cancel} aria-label={`取消下载 ${title}`}>
            {`取消 ${percent(state.received, state.total)}%`}
          </Press>
        )}
        {available && (
          <Press
            className="button"
            onClick={() => Taro.navigateTo({ url: '/pages/shelf/index' })}
            aria-label="打开书架"
          >
            书架
          </Press>
        )}
        <Press className="button" onClick={() => openTab('/pages/index/index')} aria-label="返回目录">
          返回目录
        </Press>
      </View>
    </View>
  );
}
