import { ScrollView } from '@tarojs/components';
import { useState } from 'react';
import { partAnchor } from '../core/reader/anchors';
import type { HitRanges } from '../core/reader/hits';
import type { Table } from '../core/volume/types';
import { Highlighted } from './Highlighted';
import { Box, Press, Span } from './plain';

interface Props {
  table: Table;
  /** The search hits starting in a cell (row 0 is the header, r + 1 row r). */
  hitsIn?: (row: number, cell: number) => HitRanges;
  /** The hit "第 n 处" points at. */
  current?: number;
}

const NO_HITS: HitRanges = { ranges: [], first: 0 };

/** Column widths in ems from the longest cell, so short columns stay narrow and long ones wrap. */
function columnWidths(table: Table): number[] {
  return table.columns.map((c, i) => {
    const longest = Math.max([...c].length, ...table.rows.map((r) => [...(r[i] ?? '')].length));
    return Math.min(16, Math.max(3, Math.ceil(longest * 0.9) + 1));
  });
}

/**
 * The cards' label column in ems (of the label's own size): wide enough for the longest column name
 * on one line, so 实事项目内容 does not break before its last character; past 7 characters a name
 * wraps rather than squeeze the values of a 375 px screen.
 */
function labelWidth(table: Table): number {
  const longest = Math.max(0, ...table.columns.map((c) => [...c].length));
  return Math.min(7.2, Math.max(3, longest + 0.2));
}

/**
 * A printed table. On a phone a grid of three long columns is wider than the screen, so each row
 * is first shown as a card of labelled fields that fits any width; the printed grid (scrolling
 * sideways) is one tap away. Both are sized in ems, so they follow A−/A+.
 */
export function TableView({ table, hitsIn = () => NO_HITS, current }: Props) {
  const [grid, setGrid] = useState(false);
  const cell = (text: string, row: number, c: number) => {
    const hits = hitsIn(row, c);
    return <Highlighted text={text} ranges={hits.ranges} firstHit={hits.first} anchored current={current} />;
  };
  return (
    <Box className="table-view">
      <Box className="table-layout">
        <Span className="table-layout-note">
          {grid ? '原表：左右滑动查看各列' : `逐行显示，共 ${table.rows.length} 行`}
        </Span>
        <Press
          className="tool"
          onClick={() => setGrid(!grid)}
          aria-label={grid ? '逐行显示表格' : '按原表显示表格'}
        >
          {grid ? '逐行显示' : '原表'}
        </Press>
      </Box>
      {grid ? <Grid table={table} cell={cell} /> : <Cards table={table} cell={cell} />}
    </Box>
  );
}

type Cell = (text: string, row: number, c: number) => JSX.Element;

function Cards({ table, cell }: { table: Table; cell: Cell }) {
  const label = { width: `${labelWidth(table)}em` };
  return (
    <Box className="table-cards">
      {table.rows.map((r, i) => (
        <Box key={i} id={partAnchor(i + 1)} className="table-card">
          {r.map((text, c) => (
            <Box key={c} className={`field ${c === 0 ? 'field-first' : ''}`}>
              {/* The header's hits are drawn (and anchored) once, in the first card. */}
              <Span className="field-label" style={label}>
                {i === 0 ? cell(table.columns[c], 0, c) : table.columns[c]}
              </Span>
              <Span className="field-value">{cell(text, i + 1, c)}</Span>
            </Box>
          ))}
        </Box>
      ))}
    </Box>
  );
}

function Grid({ table, cell }: { table: Table; cell: Cell }) {
  const widths = columnWidths(table);
  const row = (cells: string[], index: number, header: boolean) => (
    <Box key={index} className={`tr ${header ? 'th' : ''}`} id={header ? undefined : partAnchor(index)}>
      {cells.map((text, c) => (
        <Box key={c} className="td" style={{ width: `${widths[c]}em` }}>
          {cell(text, index, c)}
        </Box>
      ))}
    </Box>
  );
  return (
    <ScrollView scrollX className="table-scroll" enhanced showScrollbar>
      <Box className="table" style={{ width: `${widths.reduce((a, b) => a + b, 0)}em` }}>
        {row(table.columns, 0, true)}
        {table.rows.map((r, i) => row(r, i + 1, false))}
      </Box>
    </ScrollView>
  );
}
