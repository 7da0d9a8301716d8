import { ScrollView } from '@tarojs/components';
import { Highlighted } from './Highlighted';
import { Box } from './plain';
import type { Table } from '../core/volume/types';

interface Props {
  table: Table;
  /** Whether a cell holds a search hit (row 0 is the header, r + 1 row r). */
  hitCell?: (row: number, cell: number) => boolean;
}

/** Column widths in ems from the longest cell, so short columns stay narrow and long ones wrap. */
function columnWidths(table: Table): number[] {
  return table.columns.map((c, i) => {
    const longest = Math.max([...c].length, ...table.rows.map((r) => [...(r[i] ?? '')].length));
    return Math.min(16, Math.max(3, Math.ceil(longest * 0.9) + 1));
  });
}

/** A printed table as a grid that scrolls sideways on a narrow screen. */
export function TableView({ table, hitCell }: Props) {
  const widths = columnWidths(table);
  const row = (cells: string[], index: number, header: boolean) => (
    <Box key={index} className={`tr ${header ? 'th' : ''}`} id={`part-${index}`}>
      {cells.map((cell, c) => (
        <Box
          key={c}
          className={`td ${hitCell?.(index, c) ? 'hit-cell' : ''}`}
          style={{ width: `${widths[c]}em` }}
        >
          <Highlighted text={cell} />
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
