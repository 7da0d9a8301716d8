import { Highlighted } from '../../components/Highlighted';
import { Box, Span } from '../../components/plain';
import { TableView } from '../../components/TableView';
import { partAnchor } from '../../core/reader/anchors';
import type { HitMap } from '../../core/reader/hits';
import type { Credit } from '../../core/volume/credits';
import { pageLabel, type Placed } from '../../core/volume/model';

interface Props {
  placed: Placed;
  hits: HitMap;
  /** The hit "第 n 处" points at. */
  current: number;
  credit?: Credit;
  /** The title of the block a run's credit is printed after, when it is not this one. */
  signedAfter?: string;
  selected?: number;
  onSelect(index: number | undefined): void;
}

/** 条目阅读: the block as printed, set for reading, hits highlighted; tap a paragraph for its actions. */
export function EntryView({ placed, hits, current, credit, signedAfter, selected, onSelect }: Props) {
  const { block, category, section } = placed;
  const title =
    block.kind === 'entry'
      ? `【${block.title}】`
      : block.kind === 'table'
        ? `表${block.number}　${block.title}`
        : block.caption;
  // An entry's heading is shown in 【】: its title's ranges move by one. A photo's caption is part 0.
  const titlePart = block.kind === 'figure' ? 0 : -1;
  const creditPart =
    block.kind === 'entry' ? block.paragraphs.length : block.kind === 'table' ? block.rows.length + 1 : 1;
  return (
    <Box className="entry">
      {block.kind === 'figure' && <Span className="figure-label">图片说明</Span>}
      <Box id={partAnchor(titlePart)} className="entry-title">
        <Highlighted
          text={title}
          ranges={hits.ranges(titlePart, block.kind === 'entry' ? 1 : 0)}
          firstHit={hits.first(titlePart)}
          anchored
          current={current}
        />
      </Box>
      <Span className="entry-meta">
        {category.title} › {section.title || '（无分目）'} · {pageLabel(block.pages)}
      </Span>
      {block.kind === 'entry' &&
        block.paragraphs.map((text, i) => (
          <Box
            key={i}
            id={partAnchor(i)}
            className={`paragraph ${selected === i ? 'selected' : ''}`}
            onClick={() => onSelect(selected === i ? undefined : i)}
          >
            <Highlighted
              className="para-text"
              text={text}
              ranges={hits.ranges(i)}
              firstHit={hits.first(i)}
              anchored
              current={current}
            />
          </Box>
        ))}
      {block.kind === 'table' && (
        <TableView table={block} hitsIn={(row, cell) => hits.cell(row, cell)} current={current} />
      )}
      {credit && (
        <Box className="credit">
          {/* A credit printed after this block is one of its searched parts (textParts): hits show. */}
          <Highlighted
            text={`（${credit.names}）`}
            ranges={credit.own ? hits.ranges(creditPart, 1) : []}
            firstHit={hits.first(creditPart)}
            anchored
            current={current}
          />
          {!credit.own && signedAfter && (
            <Span className="credit-note">署名印在本分目“{signedAfter}”之后，同属此组</Span>
          )}
        </Box>
      )}
    </Box>
  );
}
