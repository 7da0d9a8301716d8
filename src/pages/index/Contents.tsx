import { useState } from 'react';
import { Box, Span } from '../../components/plain';
import { blockTitle } from '../../core/volume/model';
import type { Block, Volume } from '../../core/volume/types';

const KIND: Record<Block['kind'], string> = { entry: '', table: '表', figure: '图' };
/** A volume larger than this shows its sections folded; a tap opens one (a full yearbook has 1,100 entries). */
const FOLD_ABOVE = 200;

function blockCount(volume: Volume): number {
  return volume.categories.reduce((n, c) => n + c.sections.reduce((m, s) => m + s.blocks.length, 0), 0);
}

/** A volume's categories → sections → blocks; a tapped block opens. */
export function Contents({ volume, onOpen }: { volume: Volume; onOpen: (id: string) => void }) {
  const folding = blockCount(volume) > FOLD_ABOVE;
  const [unfolded, setUnfolded] = useState<Set<string>>(() => new Set());
  const toggle = (id: string) =>
    setUnfolded((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <>
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
                  onClick={() => onOpen(block.id)}
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
    </>
  );
}
