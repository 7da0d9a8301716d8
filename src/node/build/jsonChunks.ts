/**
 * A JSON text cut into pieces, each stored as a JSON string of at most `maxBytes` (UTF-8), so that a
 * file too large for one WeChat package (2 MB) can live in several and be read back with
 * `JSON.parse` of each piece, joined, then parsed again. The cut knows nothing of what the text
 * holds: a change of the search index's format cannot break it.
 */
export function jsonChunks(text: string, maxBytes: number): string[] {
  if (maxBytes < 64) throw new Error(`jsonChunks: ${maxBytes} bytes is too small for a piece`);
  const pieces: string[] = [];
  const budget = maxBytes - 2; // the quotes around each piece
  // A character takes at most 6 bytes in a JSON string (\uXXXX), so a step always fits a piece.
  const STEP = Math.min(2048, Math.floor(budget / 6));
  let start = 0;
  let bytes = 0;
  let at = 0;
  while (at < text.length) {
    const end = Math.min(text.length, at + STEP);
    const size = Buffer.byteLength(JSON.stringify(text.slice(at, end))) - 2;
    if (bytes + size > budget && at > start) {
      pieces.push(JSON.stringify(text.slice(start, at)));
      start = at;
      bytes = 0;
      continue;
    }
    if (size > budget) throw new Error(`jsonChunks: ${maxBytes} bytes cannot hold ${STEP} characters`);
    bytes += size;
    at = end;
  }
  if (start < text.length || pieces.length === 0) pieces.push(JSON.stringify(text.slice(start)));
  return pieces;
}
