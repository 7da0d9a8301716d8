import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { readerUrl } from '../../core/reader/deepLink';
import { loadProgress, type Progress } from '../../core/reader/progress';
import { blockTitle } from '../../core/volume/model';
import type { Block } from '../../core/volume/types';
import { volume } from '../../app/library';
import { useSettings } from '../../app/useSettings';
import { taroStorage } from '../../platform/storage';
import './index.scss';

const KIND: Record<Block['kind'], string> = { entry: '', table: '表', figure: '图' };
/** A volume larger than this shows its sections folded; a tap opens one (a full yearbook has 1,100 entries). */
const FOLD_ABOVE = 200;
const folding = placedCount() > FOLD_ABOVE;

function placedCount(): number {
  return volume.categories.reduce((n, c) => n + c.sections.reduce((m, s) => m + s.blocks.length, 0), 0);
}

/** 目录导航: the cover facts, "continue reading", a search box, and categories → sections → blocks. */
export default function Home() {
  const { night } = useSettings();
  const [progress, setProgress] = useState<Progress | undefined>(() => loadProgress(taroStorage));
  useDidShow(() => setProgress(loadProgress(taroStorage)));
  const open = (id: string) => Taro.navigateTo({ url: readerUrl({ id }) });
  const [unfolded, setUnfolded] = useState<Set<string>>(() => new Set());
  const toggle = (id: string) =>
    setUnfolded((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <View className={`page home ${night ? 'night' : ''}`}>
      <View className="cover">
        <Text className="cover-title">{volume.title}</Text>
        <Text className="cover-facts">
          {volume.year}年资料 · {volume.place}：{volume.publisher}
        </Text>
      </View>
      <View
        className="search-box"
        role="search"
        aria-label="检索全书"
        onClick={() => Taro.switchTab({ url: '/pages/search/index' })}
      >
        <Text>检索全书</Text>
      </View>
      {progress && (
        <View
          className="continue"
          role="link"
          aria-label={`继续阅读 ${progress.title}`}
          onClick={() => open(progress.id)}
        >
          <Text className="continue-label">继续阅读</Text>
          <Text className="continue-title">{progress.title}</Text>
        </View>
      )}
      {volume.categories.map((category) => (
        <View key={category.id} className="category">
          <Text className="category-title">{category.title}</Text>
          {category.subtitle && <Text className="category-subtitle">{category.subtitle}</Text>}
          {category.sections.map((section) => (
            <View key={section.id} className="section">
              {section.title && (
                <View
                  className="section-title"
                  role={folding ? 'button' : undefined}
                  aria-expanded={folding ? unfolded.has(section.id) : undefined}
                  onClick={() => folding && toggle(section.id)}
                >
                  {folding ? `${unfolded.has(section.id) ? '▾' : '▸'} ` : ''}
                  {section.title}
                  {folding && <Text className="section-count">{section.blocks.length}</Text>}
                </View>
              )}
              {(!folding || unfolded.has(section.id) || !section.title ? section.blocks : []).map((block) => (
                <View
                  key={block.id}
                  className={`toc-item kind-${block.kind}`}
                  role="link"
                  aria-label={`${KIND[block.kind]}${block.kind === 'entry' ? block.title : blockTitle(block)}，第${block.pages[0]}页`}
                  onClick={() => open(block.id)}
                >
                  <Text className="toc-title">
                    {block.kind === 'entry'
                      ? block.title
                      : block.kind === 'table'
                        ? blockTitle(block)
                        : `图　${block.caption}`}
                  </Text>
                  <Text className="toc-page">{block.pages[0]}</Text>
                </View>
              ))}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
