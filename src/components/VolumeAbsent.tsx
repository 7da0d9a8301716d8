import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { formatBytes } from '../core/shelf/bytes';
import { useEffect } from 'react';
import { percent } from '../core/shelf/volumeState';
import { volumeLabel } from '../core/shelf/volumeLabel';
import { useShelfVolume } from '../app/shelf';
import { openTab } from '../platform/navigation';
import { Press } from './plain';
import './VolumeAbsent.scss';

interface Props {
  id: string;
  /** What the reader was opening in that volume (a bookmark's or a link's title), if known. */
  what?: string;
}

/** The heading and the words under it, by what the shelf knows of the volume. */
function wording(
  found: ReturnType<typeof useShelfVolume>['found'],
  available: boolean,
  what: string | undefined,
): { heading: string; text: string } {
  if (!found)
    // Not in the shelf's catalogue (a mistyped or old link): nothing to name or download.
    return {
      heading: '找不到这一卷',
      text: available
        ? '手机上和书架上都没有这一卷，可能是链接有误，或这一卷已经撤下。可以在书架上看看有哪些年鉴。'
        : '手机上没有这一卷，这一版程序只能阅读随程序附带的一卷。',
    };
  const { state, volume } = found;
  const name = volumeLabel(volume);
  if (state.kind === 'downloading')
    return {
      heading: `正在下载 ${percent(state.received, state.total)}%`,
      text: `正在把${name}下载到手机上，下载完就会打开。`,
    };
  const size = `（${formatBytes(volume.bytes)}）`;
  return {
    heading: '这一卷未下载',
    text: `${what ? `“${what}”在` : '这一卷是'}${name}，还没有下载到手机上。下载${size}后可离线阅读。`,
  };
}

/**
 * A bookmark, link or code into a volume that is not on the phone: it says so and asks before
 * downloading (the size is shown, the reader decides); the download runs on the 书架's installer, and
 * the page that showed this opens the volume when it is installed. Never a broken reader. A volume
 * the shelf does not know is "找不到这一卷", with no id: the reader could do nothing with it.
 */
export function VolumeAbsent({ id, what }: Props) {
  const { found, download, cancel, available, dismissFailure } = useShelfVolume(id);
  const state = found?.state;
  const name = found ? volumeLabel(found.volume) : '';
  const { heading, text } = wording(found, available, what);
  // A failure notice is for now: it goes when the reader leaves this page.
  useEffect(() => dismissFailure, [dismissFailure]);
  return (
    <View className="volume-absent" role="alert" data-volume={id}>
      <Text className="volume-absent-title">{heading}</Text>
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
          <Press className="button primary" onClick={download} aria-label={`下载 ${name}`}>
            {state.kind === 'failed' ? '重试下载' : `下载（${formatBytes(found.volume.bytes)}）`}
          </Press>
        )}
        {state?.kind === 'downloading' && (
          <Press className="button" onClick={cancel} aria-label={`取消下载 ${name}`}>
            取消
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
