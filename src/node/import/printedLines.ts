/** One non-empty line of the raw text, with the PDF page it was printed on. */
export interface PrintedLine {
  /** Without the leading page-start space and trailing white space; U+FFFD (a lost tab) kept. */
  text: string;
  /** 1-based line number in the raw file, for messages. */
  line: number;
  page: number;
  startsPage: boolean;
}

/**
 * The PDF extraction marks the first line of every printed page with one leading space and leaves an
 * empty line after every printed line; empty lines carry nothing.
 */
export function printedLines(text: string, firstPage = 1): PrintedLine[] {
  const out: PrintedLine[] = [];
  let page = firstPage - 1;
  text.split('\n').forEach((raw, index) => {
    if (!raw.trim() || raw.trim() === '\uFFFD') return;
    const startsPage = /^ \S/.test(raw) || (out.length === 0 && page < firstPage);
    if (startsPage) page++;
    out.push({ text: raw.trim(), line: index + 1, page, startsPage });
  });
  return out;
}
