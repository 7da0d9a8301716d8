import { Text, View } from '@tarojs/components';
import { Press } from '../../components/plain';

interface Props {
  /** The paragraph's printed page. */
  page: number;
  onCopy(): void;
  onReadPage(): void;
  onClose(): void;
}

/**
 * A tapped paragraph's actions in a sheet at the bottom of the screen, where the thumb is, however
 * long the paragraph: the paragraph's own end may be screens away.
 */
export function ParagraphSheet({ page, onCopy, onReadPage, onClose }: Props) {
  return (
    <View className="sheet-layer">
      <View className="sheet-scrim" onClick={onClose} />
      <View className="sheet" role="dialog" aria-label="本段操作">
        <Text className="sheet-note">本段在第 {page} 页 · 长按文字可选取一句</Text>
        <View className="sheet-actions">
          <Press className="button primary" onClick={onCopy} aria-label="复制本段（附出处）">
            复制本段
          </Press>
          <Press className="button" onClick={onReadPage} aria-label="从本段所在页浏览">
            看原页
          </Press>
          <Press className="button" onClick={onClose} aria-label="关闭">
            取消
          </Press>
        </View>
      </View>
    </View>
  );
}
