import type Token from 'markdown-it/lib/token.mjs';
import type { Table } from '../../core/volume/types';
import { inlineText } from './inlineText';
import { lineOf } from './markdownTokens';
import type { PageTracker } from './pageTracker';
import { cellCount } from './tableCells';

/**
 * Fill a table from the tokens of the GFM table under its `### 表 N` heading: the header row gives
 * the columns, every other row is a row. Returns the problems as `[line, message]`: a row whose
 * written cells do not match the columns (markdown-it would pad or cut it silently), or no rows.
 */
export function fillTable(
  table: Table,
  group: Token[],
  source: { lines: string[]; line: number },
  pages: PageTracker,
): Array<[number, string]> {
  const problems: Array<[number, string]> = [];
  let row: string[] | undefined;
  let rowLine = source.line;
  let header = true;
  for (const token of group) {
    if (token.type === 'thead_close') header = false;
    if (token.type === 'tr_open') {
      row = [];
      rowLine = lineOf(token);
    }
    if (token.type === 'inline' && row) {
      const cell = inlineText(token);
      pages.pass(cell.marks);
      if (!header) pages.cell(table, table.rows.length, cell.marks);
      row.push(cell.text);
    }
    if (token.type === 'tr_close' && row) {
      if (header) table.columns = row;
      else {
        const written = cellCount(source.lines[rowLine - 1] ?? '');
        if (written !== table.columns.length)
          problems.push([rowLine, wrongCells(written, table.columns.length)]);
        table.rows.push(row);
      }
    }
  }
  if (table.rows.length === 0) problems.push([source.line, `表 ${table.number} has no rows`]);
  return problems;
}

function wrongCells(written: number, columns: number): string {
  return `this row has ${written} cells but the table has ${columns} columns; add or merge cells so every row has ${columns}`;
}
