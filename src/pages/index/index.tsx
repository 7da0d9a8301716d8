import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { Box, Span } from '../../components/plain';
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
    <Box className={`page home ${night ? 'night' : ''}`}>
      <Box className="cover">
        <Span className="cover-title">{volume.title}</Span>
        <Span className="cover-facts">
          {volume.year}年资料 · {volume.place}：{volume.publisher}
        </Span>
      </Box>
      <Box
        className="search-box"
        role="search"
        aria-label="检索全书"
        onClick={() => Taro.switchTab({ url: '/pages/search/index' })}
      >
        <Span>检索全书</Span>
      </Box>
      <Box
        className="search-box shelf-link"
        role="link"
        onClick={() => Taro.navigateTo({ url: '/pages/shelf/index' })}
      >
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
      {volume.categories.map((category) => (
        <Box key={category.id} className="category">
          <Span className="category-title">{category.title}</Span>
          {category.subtitle && <Span className="category-subtitle">{category.subtitle}</Span>}
          {category.sections.map((section) => (
            <Box key={section.id} className="section">
              {section.title && (
                <Box
                  className="section-title"
                  role={folding ? 'button' : undefined}
                  aria-expanded={folding ? unfolded.has(section.id) : undefined}
                  onClick={() => folding && toggle(section.id)}
                >
                  {folding ? `${unfolded.has(section.id) ? '▾' : '▸'} ` : ''}
                  {section.title}
                  {folding && <Span className="section-count">{section.blocks.length}</Span>}
                </Box>
              )}
              {(!folding || unfolded.has(section.id) || !section.title ? section.blocks : []).map((block) => (
                <Box
                  key={block.id}
                  className={`toc-item kind-${block.kind}`}
                  role="link"
                  aria-label={`${KIND[block.kind]}${block.kind === 'entry' ? block.title : blockTitle(block)}，第${block.pages[0]}页`}
                  onClick={() => open(block.id)}
                >
                  <Span className="toc-title">
                    {block.kind === 'entry'
                      ? block.title
                      : block.kind === 'table'
                        ? blockTitle(block)
                        : `图　${block.caption}`}
                  </Span>
                  <Span className="toc-page">{block.pages[0]}</Span>
                </Box>
              ))}
            </Box>
          ))}
        </Box>
      ))}
    </Box>
  );
}
