import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { Box, Span } from '../../components/plain';
import { readerUrl, volumeParam } from '../../core/reader/deepLink';
import { loadProgress, type Progress } from '../../core/reader/progress';
import { chooseVolume, currentVolume } from '../../app/currentVolume';
import { useSettings } from '../../app/useSettings';
import { useVolume } from '../../app/useVolume';
import { bundledId, volumeOf } from '../../app/volumes';
import { volumeLabel } from '../../core/shelf/volumeLabel';
import { taroStorage } from '../../platform/storage';
import { Contents } from './Contents';
import { VolumeSwitch } from './VolumeSwitch';
import './index.scss';

/** The volume to show: a link's `v=` (H5), else the one chosen last (a tab opened by switchTab has no URL). */
function useShownVolume(): [string | undefined, (id: string | undefined) => void] {
  const router = useRouter();
  const [id, setId] = useState<string | undefined>(() => {
    const linked = volumeParam(router.params ?? {});
    if (linked) chooseVolume(linked);
    return linked ?? currentVolume();
  });
  useDidShow(() => setId(currentVolume()));
  const choose = (next: string | undefined) => {
    chooseVolume(next);
    setId(currentVolume());
  };
  return [id, choose];
}

/** 目录导航: the volume's cover facts and year (switchable), "continue reading", a search box, and its contents. */
export default function Home() {
  const { night } = useSettings();
  const [id, choose] = useShownVolume();
  const status = useVolume(id);
  // A volume deleted since it was chosen: the contents fall back to the bundled volume.
  useEffect(() => {
    if (status.kind === 'absent' || status.kind === 'failed') choose(undefined);
  }, [status]);
  const library = status.kind === 'ready' ? status.library : undefined;
  const [progress, setProgress] = useState<Progress>();
  useEffect(() => setProgress(library && loadProgress(taroStorage, library.id, bundledId)), [library]);
  useDidShow(() => setProgress(library && loadProgress(taroStorage, library.id, bundledId)));
  if (!library)
    return (
      <Box className={`page home ${night ? 'night' : ''}`}>
        <Span className="loading">正在打开这一卷……</Span>
      </Box>
    );
  const { volume } = library;
  const open = (blockId: string) =>
    Taro.navigateTo({ url: readerUrl({ id: blockId, volume: volumeOf(library) }) });
  const toShelf = () => Taro.navigateTo({ url: '/pages/shelf/index' });
  return (
    <Box className={`page home ${night ? 'night' : ''}`} data-volume={library.id}>
      <Box className="cover">
        <Span className="cover-title">{volume.title}</Span>
        <Span className="cover-facts">
          {volume.year}年资料 · {volume.place}：{volume.publisher}
        </Span>
      </Box>
      <VolumeSwitch current={library.id} label={volumeLabel(volume)} onChoose={choose} onShelf={toShelf} />
      <Box
        className="search-box"
        role="search"
        aria-label="检索全书"
        onClick={() => Taro.switchTab({ url: '/pages/search/index' })}
      >
        <Span>检索全书</Span>
      </Box>
      <Box className="search-box shelf-link" role="link" onClick={toShelf}>
        <Span>书架 · 历年年鉴</Span>
      </Box>
      {progress && (
        <Box
          className="continue"
          role="link"
          aria-label={`继续阅读 ${progress.title}`}
          onClick={() => open(progress.id)}
        >
          <Span className="continue-label">继续阅读</Span>
          <Span className="continue-title">{progress.title}</Span>
        </Box>
      )}
      <Contents key={library.id} volume={volume} onOpen={open} />
    </Box>
  );
}
