import { Text, View } from '@tarojs/components';
import { useRef } from 'react';
import { Press } from '../../components/plain';
import { pagePartAnchor } from '../../core/reader/anchors';
import type { PrintedPage } from '../../core/reader/pageView';

interface TouchLike {
  touches: Array<{ clientX: number }>;
  changedTouches: Array<{ clientX: number }>;
}

interface Props {
  page: PrintedPage;
  index: number;
  count: number;
  onTurn(delta: number): void;
  onOpen(id: string): void;
}

/** 页面浏览: one printed page (page N of M) with its section headings; swipe or the buttons turn it. */
export function PageView({ page, index, count, onTurn, onOpen }: Props) {
  const startX = useRef<number | undefined>(undefined);
  return (
    <View
      className="printed-page"
      onTouchStart={(e) => (startX.current = (e as unknown as TouchLike).touches[0]?.clientX)}
      onTouchEnd={(e) => {
        const dx = ((e as unknown as TouchLike).changedTouches[0]?.clientX ?? 0) - (startX.current ?? 0);
        if (startX.current !== undefined && Math.abs(dx) > 60) onTurn(dx < 0 ? 1 : -1);
        startX.current = undefined;
      }}
    >
      <View className="page-head" aria-live="polite">
        <Text className="page-number">
          第 {page.page} 页（{index + 1} / {count}）
        </Text>
      </View>
      {page.fragments.map((f, i) => (
        <View key={`${f.id}-${i}`} className={`fragment kind-${f.kind}`}>
          {f.section && <Text className="fragment-section">{f.section}</Text>}
          {f.title && (
            <View
              id={f.kind === 'figure' ? pagePartAnchor(f.id, 0) : undefined}
              className="fragment-title"
              role="link"
              aria-label={`打开 ${f.title}`}
              onClick={() => onOpen(f.id)}
            >
              {f.kind === 'figure' ? `图　${f.title}` : f.title}
            </View>
          )}
          {f.parts.map((p) => (
            <Text
              key={p.index}
              id={pagePartAnchor(f.id, p.index)}
              className={`fragment-text ${p.continued ? 'continued' : ''}`}
              userSelect
            >
              {p.text}
            </Text>
          ))}
          {f.credit && <Text className="credit">（{f.credit}）</Text>}
        </View>
      ))}
      <View className="pager">
        <Press className="button" disabled={index === 0} onClick={() => onTurn(-1)} aria-label="上一页">
          上一页
        </Press>
        <Press
          className="button"
          disabled={index === count - 1}
          onClick={() => onTurn(1)}
          aria-label="下一页"
        >
          下一页
        </Press>
      </View>
    </View>
  );
}
