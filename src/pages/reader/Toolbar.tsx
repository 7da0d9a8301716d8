import { View } from '@tarojs/components';
import { Press } from '../../components/plain';

interface Props {
  night: boolean;
  bookmarked: boolean;
  mode: 'entry' | 'page';
  onFont(step: number): void;
  onNight(): void;
  onBookmark(): void;
  onCopy(): void;
  onMode(): void;
}

/** The reader's sticky row of settings and actions; each control a thumb's size (44 px at 375). */
export function Toolbar({ night, bookmarked, mode, onFont, onNight, onBookmark, onCopy, onMode }: Props) {
  return (
    <View className="toolbar" role="toolbar" aria-label="阅读设置">
      <Press className="tool" onClick={() => onFont(-1)} aria-label="缩小字号">
        A−
      </Press>
      <Press className="tool" onClick={() => onFont(1)} aria-label="放大字号">
        A+
      </Press>
      <Press className="tool" onClick={onNight} aria-label={night ? '日间模式' : '夜间模式'}>
        {night ? '日间' : '夜间'}
      </Press>
      <Press
        className={`tool ${bookmarked ? 'on' : ''}`}
        onClick={onBookmark}
        aria-label={bookmarked ? '取消收藏' : '收藏'}
        aria-pressed={bookmarked}
      >
        {bookmarked ? '★ 已收藏' : '☆ 收藏'}
      </Press>
      <Press className="tool" onClick={onCopy} aria-label="复制全文（附出处）">
        复制
      </Press>
      <Press className="tool" onClick={onMode} aria-label={mode === 'entry' ? '页面浏览' : '条目阅读'}>
        {mode === 'entry' ? '原页' : '条目'}
      </Press>
    </View>
  );
}
