import { useEffect, useState } from 'react';
import { Box, Span } from '../../components/plain';
import { volumesOnPhone, type VolumeOnPhoneInfo } from '../../app/volumes';
import { volumeLabel } from '../../core/shelf/volumeLabel';

interface Props {
  /** The volume shown. */
  current: string;
  /** The shown volume's name (volumeLabel). */
  label: string;
  onChoose: (id: string) => void;
  onShelf: () => void;
}

/**
 * Which year the contents show, and the other years on the phone to switch to (the 书架 for the
 * rest). The list is asked for when opened: downloads change it.
 */
export function VolumeSwitch({ current, label, onChoose, onShelf }: Props) {
  const [open, setOpen] = useState(false);
  const [volumes, setVolumes] = useState<VolumeOnPhoneInfo[]>([]);
  useEffect(() => {
    if (!open) return;
    let live = true;
    void volumesOnPhone().then((list) => live && setVolumes(list));
    return () => {
      live = false;
    };
  }, [open]);
  return (
    <Box className="volume-switch">
      <Box
        className="volume-switch-head"
        role="button"
        aria-expanded={open}
        aria-label={`${label}，切换年份`}
        onClick={() => setOpen(!open)}
      >
        <Span className="volume-switch-year">{label}</Span>
        <Span className="volume-switch-action">{open ? '收起 ▴' : '切换年份 ▾'}</Span>
      </Box>
      {open && (
        <Box className="volume-switch-list">
          {volumes.map((v) => (
            <Box
              key={v.id}
              className={`volume-choice ${v.id === current ? 'current' : ''}`}
              role="button"
              data-volume={v.id}
              aria-current={v.id === current}
              onClick={() => (setOpen(false), onChoose(v.id))}
            >
              <Span className="volume-choice-title">{volumeLabel(v)}</Span>
              <Span className="volume-choice-note">{v.bundled ? '随程序附带' : '已下载'}</Span>
            </Box>
          ))}
          <Box className="volume-choice more" role="link" onClick={onShelf}>
            <Span className="volume-choice-title">更多年份：书架 ›</Span>
          </Box>
        </Box>
      )}
    </Box>
  );
}
