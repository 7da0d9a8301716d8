import { Box, Press, Span } from '../../components/plain';
import { formatBytes } from '../../core/shelf/bytes';
import { percent, stateLabel, type VolumeView } from '../../core/shelf/volumeState';
import { volumeLabel } from '../../core/shelf/volumeLabel';

/** What a row can ask for; the page decides (e.g. asks before deleting). */
export interface VolumeActions {
  download(id: string): void;
  cancel(id: string): void;
  remove(id: string, title: string, bytes: number): void;
  /** The row itself tapped: open the volume's contents, or ask to download it. */
  open(view: VolumeView): void;
}

/** One volume of the shelf: its name (volumeLabel), size, state, and the one action that state allows. */
export function VolumeRow({ view, actions }: { view: VolumeView; actions: VolumeActions }) {
  const { volume, state } = view;
  const label = stateLabel(state);
  const name = volumeLabel(volume);
  return (
    <Box className={`volume state-${state.kind}`} data-volume={volume.id}>
      <Box className="volume-line">
        <Box
          className="volume-main"
          role={state.kind === 'bundled' || state.kind === 'installed' ? 'link' : 'button'}
          aria-label={
            state.kind === 'bundled' || state.kind === 'installed'
              ? `打开 ${name} 的目录`
              : `${name}，${label}`
          }
          onClick={() => actions.open(view)}
        >
          <Span className="volume-title">{name}</Span>
          <Span className="volume-meta">
            {formatBytes(volume.bytes)} · <Span className="volume-state">{label}</Span>
          </Span>
        </Box>
        {state.kind === 'absent' && (
          <Press
            className="button primary act"
            aria-label={`下载 ${name}`}
            onClick={() => actions.download(volume.id)}
          >
            下载
          </Press>
        )}
        {state.kind === 'downloading' && (
          <Press
            className="button act"
            aria-label={`取消下载 ${name}`}
            onClick={() => actions.cancel(volume.id)}
          >
            取消
          </Press>
        )}
        {state.kind === 'installed' && (
          <Press
            className="button act"
            aria-label={`删除 ${name}`}
            onClick={() => actions.remove(volume.id, name, state.bytes)}
          >
            删除
          </Press>
        )}
        {state.kind === 'failed' && (
          <Press
            className="button primary act"
            aria-label={`重试下载 ${name}`}
            onClick={() => actions.download(volume.id)}
          >
            重试
          </Press>
        )}
      </Box>
      {state.kind === 'downloading' && (
        <Box
          className="progress"
          role="progressbar"
          aria-label={`${name} 下载进度`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent(state.received, state.total)}
        >
          <Box className="progress-fill" style={{ width: `${percent(state.received, state.total)}%` }} />
        </Box>
      )}
      {state.kind === 'downloading' && (
        <Span className="progress-text">
          {formatBytes(state.received)} / {formatBytes(state.total)}
        </Span>
      )}
      {state.kind === 'failed' && (
        <Box className="failure" role="alert">
          {state.failure.message}
        </Box>
      )}
    </Box>
  );
}
