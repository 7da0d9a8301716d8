import { joinWrapped, normalizeSpacing } from '../../core/text/spacing';
import type { DraftRow } from './draft';
import { lineWidth } from './paragraphs';

export interface TableLine {
  text: string;
  page: number;
}

/**
 * Split a table's printed lines into rows and cells. A row begins with a line whose first cell stands
 * apart (an ordinal "3", or "上政办函〔2018〕第9号 2018-02-24"); the rest of its lines fill the remaining
 * cells. Where two cells' lines follow each other, a cell ends on a line shorter than its others.
 */
export function tableRows(lines: TableLine[], columns: number): DraftRow[] {
  const groups: TableLine[][] = [];
  for (const line of lines) {
    if (isRowStart(line.text, columns) || groups.length === 0) groups.push([line]);
    else groups[groups.length - 1].push(line);
  }
  return groups.map((group) => ({ cells: rowCells(group, columns), page: group[0].page }));
}

function tokens(text: string): string[] {
  return text
    .replace(/\uFFFD/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

function isRowStart(text: string, columns: number): boolean {
  const parts = tokens(text);
  if (/^\d+$/.test(parts[0] ?? '')) return true;
  return parts.length >= 2 && parts.length <= columns && [...parts[0]].length <= 24;
}

function rowCells(group: TableLine[], columns: number): string[] {
  const cells = tokens(group[0].text);
  while (cells.length > columns) cells.splice(columns - 1, 2, `${cells[columns - 1]} ${cells[columns]}`);
  const rest = group.slice(1).map((l) => l.text.replace(/\uFFFD/g, ''));
  const missing = columns - cells.length;
  if (missing <= 0) {
    cells[cells.length - 1] = rest.reduce(joinWrapped, cells[cells.length - 1]);
  } else {
    cells.push(...splitCells(rest, missing));
  }
  return cells.map(normalizeSpacing);
}

/** Divide consecutive lines into `count` cells, ending a cell at a line shorter than the cell's widest. */
function splitCells(lines: string[], count: number): string[] {
  const cells: string[][] = [[]];
  let widest = 0;
  lines.forEach((line, k) => {
    const cell = cells[cells.length - 1];
    cell.push(line);
    const width = lineWidth(line);
    widest = Math.max(widest, width);
    const linesLeft = lines.length - k - 1;
    const cellsLeft = count - cells.length;
    if (cellsLeft > 0 && linesLeft >= cellsLeft && cell.length > 1 && width <= widest - 1.5) {
      cells.push([]);
      widest = 0;
    }
  });
  if (cells.length < count && lines.length >= count) return fallbackSplit(lines, count);
  while (cells.length < count) cells.push([]);
  return cells.map((cell) => cell.reduce(joinWrapped, ''));
}

/** No short line to go by: end the first cells at the narrowest lines. */
function fallbackSplit(lines: string[], count: number): string[] {
  const cuts = lines
    .slice(0, -1)
    .map((line, k) => ({ k, width: lineWidth(line) }))
    .sort((a, b) => a.width - b.width || a.k - b.k)
    .slice(0, count - 1)
    .map((c) => c.k)
    .sort((a, b) => a - b);
  const cells: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    cells.push(lines.slice(start, cut + 1).reduce(joinWrapped, ''));
    start = cut + 1;
  }
  cells.push(lines.slice(start).reduce(joinWrapped, ''));
  return cells;
}
