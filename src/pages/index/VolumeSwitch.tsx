import { useEffect, useState } from 'react';
import { Box, Span } from '../../components/plain';
import { volumesOnPhone, type VolumeOnPhoneInfo } from '../../app/volumes';

interface Props {
  /** The volume shown. */
  current: string;
  year: number;
  onChoose: (id: string) => void;
  onShelf: () => void;
}

/**
 * Which year the contents show, and the other years on the phone to switch to (the 书架 for the
 * rest). The list is asked for when opened: downloads change it.
 */
export function VolumeSwitch({ current, year, onChoose, onShelf }: Props) {
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
        aria-label={`${year}年卷，切换年份`}
        onClick={() => setOpen(!open)}
      >
        <Span className="volume-switch-year">{year}年卷</Span>
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
              <Span className="volume-choice-year">{v.year}</Span>
              <Span className="volume-choice-title">{v.title}</Span>
              <Span className="volume-choice-note">{v.bundled ? '附带' : '已下载'}</Span>
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
