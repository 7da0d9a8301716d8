/**
 * How many cells an editor wrote on a GFM table row. markdown-it pads short rows and drops extra
 * cells silently, so the count is taken from the line itself: cells are separated by pipes that are
 * not escaped with a backslash, and the outer pipes are optional.
 */
export function cellCount(line: string): number {
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
  let count = 1;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') i++;
    else if (row[i] === '|') count++;
  }
  return count;
}
