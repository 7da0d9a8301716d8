import { Box, Press, Span } from '../../components/plain';
import type { VolumeCount } from '../../core/shelf/shelfSearch';
import type { VolumeStatus } from './session';
import { absentLine, emptyLine, emptyVolumes, volumeList, type NamedVolume } from './years';

interface Props {
  volumes: VolumeStatus[];
  /** Each searched volume's count for the query: those with none are named. */
  counts: VolumeCount[];
  absent: NamedVolume[];
  onRetry(): void;
  onShelf(): void;
}

/**
 * Which volumes the answer does not cover, said rather than left out: volumes searched that hold
 * nothing (无结果), volumes still opening, volumes whose index failed to open (with 重试), and volumes
 * listed on the 书架 but not downloaded (to the 书架), each named by its label (volumeLabel).
 */
export function Coverage({ volumes, counts, absent, onRetry, onShelf }: Props) {
  const opening = volumes.filter((v) => v.state === 'opening');
  const failed = volumes.filter((v) => v.state === 'failed');
  // One volume failing alone is the page's index notice (nothing can be searched).
  const named = volumes.length > 1 ? failed : [];
  // With one volume, its count in the summary says it all.
  const empty = volumes.length > 1 ? emptyVolumes(counts) : [];
  return (
    <>
      {empty.length > 0 && (
        <Box className="coverage-note empty-volumes" role="note">
          {emptyLine(empty)}
        </Box>
      )}
      {opening.length > 0 && volumes.length > 1 && (
        <Box className="coverage-note" role="status">
          正在打开 {volumeList(opening)} 的索引…
        </Box>
      )}
      {named.length > 0 && (
        <Box className="notice failed-volumes" role="alert">
          <Span className="notice-text">
            {volumeList(named)} 未能打开，未检索（{named[0].error}）。
          </Span>
          <Press className="button retry" onClick={onRetry} aria-label="重新打开未能打开的年份">
            重试
          </Press>
        </Box>
      )}
      {absent.length > 0 && (
        <Box className="notice absent" role="note">
          <Span className="notice-text">{absentLine(absent)}</Span>
          <Press className="button to-shelf" onClick={onShelf} aria-label="到书架下载">
            书架
          </Press>
        </Box>
      )}
    </>
  );
}
