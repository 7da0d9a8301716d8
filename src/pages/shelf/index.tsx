import Taro, { useDidHide } from '@tarojs/taro';
import { useEffect } from 'react';
import { Box, Press, Span } from '../../components/plain';
import { formatBytes } from '../../core/shelf/bytes';
import { volumeLabel } from '../../core/shelf/volumeLabel';
import type { ShelfView } from '../../core/shelf/volumeState';
import { useSettings } from '../../app/useSettings';
import { useShelf } from '../../app/shelf';
import { chooseVolume } from '../../app/currentVolume';
import { openTab } from '../../platform/navigation';
import { VolumeRow, type VolumeActions } from './VolumeRow';
import './index.scss';

/** The space line: what downloaded years take, and what the platform allows them. */
function usage(view: ShelfView): string {
  const count = view.volumes.filter((v) => v.state.kind === 'installed').length;
  const allowed = view.allowed !== undefined ? `，本机允许 ${formatBytes(view.allowed)}` : '';
  return `已下载 ${count} 卷，占用 ${formatBytes(view.used)}${allowed}`;
}

/** 书架: every year of the series, each downloadable, cancellable, deletable; failures said with 重试. */
export default function ShelfPage() {
  const { night } = useSettings();
  const { view, download, cancel, remove, reload, dismissFailures } = useShelf();
  // A failure notice is for now: leaving the page (or acting, see useShelf) lets it go.
  useDidHide(dismissFailures);
  useEffect(() => dismissFailures, [dismissFailures]);
  const actions: VolumeActions = {
    download,
    cancel,
    remove(id, title, bytes) {
      void Taro.showModal({
        title: '删除这一年？',
        content: `${title}（${formatBytes(bytes)}）将从手机上删除，需要时可再下载。收藏不受影响。`,
        confirmText: '删除',
        cancelText: '保留',
        confirmColor: '#9b2c1f',
      }).then((r) => r.confirm && remove(id));
    },
    open({ volume, state }) {
      if (state.kind === 'bundled' || state.kind === 'installed') {
        chooseVolume(volume.id);
        void openTab('/pages/index/index');
      } else if (state.kind === 'absent')
        void Taro.showModal({
          title: '下载这一年？',
          content: `${volumeLabel(volume)}还没有下载到手机上。下载（${formatBytes(volume.bytes)}）后可离线阅读。`,
          confirmText: '下载',
          cancelText: '不下载',
        }).then((r) => r.confirm && download(volume.id));
    },
  };
  return (
    <Box className={`page shelf ${night ? 'night' : ''}`}>
      <Box className="shelf-head">
        <Box className="shelf-top">
          <Press
            className="button shelf-back"
            onClick={() => openTab('/pages/index/index')}
            aria-label="返回目录"
          >
            ‹ 目录
          </Press>
          <Span className="shelf-title">{view.title ?? '书架'}</Span>
        </Box>
        <Box className="shelf-usage" role="status">
          {view.status === 'loading' ? '正在读取书架…' : usage(view)}
        </Box>
      </Box>
      {view.volumes.length > 0 && (
        <Span className="shelf-hint">
          点一卷打开它的目录。下载的卷保存在手机上，离线也能阅读；收藏和阅读位置记着各自的卷。
        </Span>
      )}
      {view.notice && <Span className="shelf-notice">{view.notice}</Span>}
      {view.error && (
        <Box className="shelf-error" role="alert">
          <Span>{view.error}</Span>
          <Press className="button primary act" aria-label="重试读取书架" onClick={reload}>
            重试
          </Press>
        </Box>
      )}
      {view.volumes.map((v) => (
        <VolumeRow key={v.volume.id} view={v} actions={actions} />
      ))}
    </Box>
  );
}
