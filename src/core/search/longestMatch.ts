/** One piece of a text cut against a vocabulary. */
export interface Piece {
  text: string;
  /** Whether the vocabulary holds the piece; an unknown piece is one character. */
  known: boolean;
}

/**
 * Greedy longest match: from the left, the longest run of at most `longest` characters (code points)
 * that the vocabulary holds, else one character marked unknown (上城区人民政府 → 上城区 | 人民政府). How
 * the runtime cuts a query into the volume's words, and how the benchmark's peers cut one as their
 * users do (docusaurus-search-local cuts Chinese queries this way).
 */
export function longestMatch(text: string, isWord: (word: string) => boolean, longest: number): Piece[] {
  const chars = [...text];
  const out: Piece[] = [];
  for (let i = 0; i < chars.length;) {
    let length = Math.min(longest, chars.length - i);
    while (length > 1 && !isWord(chars.slice(i, i + length).join(''))) length--;
    const piece = chars.slice(i, i + length).join('');
    out.push({ text: piece, known: length > 1 || isWord(piece) });
    i += length;
  }
  return out;
}
