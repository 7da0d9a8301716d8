import { Highlighted } from '../../components/Highlighted';
import { Box, Span, Press } from '../../components/plain';
import { TableView } from '../../components/TableView';
import { pageLabel, type Placed } from '../../core/volume/model';
import type { HitMap } from './hits';

interface Props {
  placed: Placed;
  hits: HitMap;
  selected?: number;
  onSelect(index: number | undefined): void;
  onCopyPart(index: number): void;
  onReadPage(index: number): void;
}

/** 条目阅读: the block as printed, set for reading, hits highlighted; tap a paragraph for its actions. */
export function EntryView({ placed, hits, selected, onSelect, onCopyPart, onReadPage }: Props) {
  const { block, category, section } = placed;
  const actions = (index: number) =>
    selected === index && (
      <Box className="part-actions">
        <Press
          className="button small"
          onClick={(e) => (e.stopPropagation(), onCopyPart(index))}
          aria-label="复制本段（附出处）"
        >
          复制本段
        </Press>
        <Press
          className="button small"
          onClick={(e) => (e.stopPropagation(), onReadPage(index))}
          aria-label="从本段所在页浏览"
        >
          看原页
        </Press>
      </Box>
    );
  const title =
    block.kind === 'entry'
      ? `【${block.title}】`
      : block.kind === 'table'
        ? `表${block.number}　${block.title}`
        : block.caption;
  return (
    <Box className="entry">
      {block.kind === 'figure' && <Span className="figure-label">图片说明</Span>}
      <Box id={block.kind === 'figure' ? 'part-0' : 'part--1'} className="entry-title">
        {block.kind === 'figure' ? (
          <Highlighted text={title} ranges={hits.ranges(0)} firstHit={hits.first(0)} />
        ) : (
          // An entry's heading is shown in 【】: its title's ranges move by one.
          <Highlighted
            text={title}
            ranges={hits.ranges(-1, block.kind === 'entry' ? 1 : 0)}
            firstHit={hits.first(-1)}
          />
        )}
      </Box>
      <Span className="entry-meta">
        {category.title} › {section.title || '（无分目）'} · {pageLabel(block.pages)}
      </Span>
      {block.kind === 'entry' &&
        block.paragraphs.map((text, i) => (
          <Box
            key={i}
            id={`part-${i}`}
            className={`paragraph ${selected === i ? 'selected' : ''}`}
            onClick={() => onSelect(selected === i ? undefined : i)}
          >
            <Highlighted className="para-text" text={text} ranges={hits.ranges(i)} firstHit={hits.first(i)} />
            {actions(i)}
          </Box>
        ))}
      {block.kind === 'table' && <TableView table={block} hitCell={(row, cell) => hits.cell(row, cell)} />}
      {block.credit && <Highlighted className="credit" text={`（${block.credit}）`} />}
    </Box>
  );
}
