import { normalizeSpacing } from '../../core/text/spacing';
import { InputError } from '../errors';
import { ChapterBuilder, type ImportedChapter } from './chapterBuilder';
import type { DraftCategory } from './draft';
import {
  credit,
  entryTitle,
  figure,
  sectionHeading,
  tableRow,
  tableStart,
  text,
  type LineReader,
} from './lineReaders';
import { isLatinLine } from './patterns';
import { printedLines, type PrintedLine } from './printedLines';

export type { ImportedChapter } from './chapterBuilder';

/** Each printed line goes to the first reader that recognises it; `text` takes whatever is left. */
const READERS: LineReader[] = [tableRow, tableStart, figure, sectionHeading, entryTitle, credit, text];

/**
 * Turn the raw text of one printed chapter (类目) into its structure, in three stages: the printed
 * lines with their pages (printedLines), the running head (the category title and English subtitle),
 * then one pass over the body with a line of lookahead, each line read by the first reader that knows
 * what it is and handed to a ChapterBuilder.
 */
export function importChapter(text: string, file: string, firstPage = 1): ImportedChapter {
  const lines = printedLines(text, firstPage);
  const { category, bodyStart } = runningHead(lines, file);
  const chapter = new ChapterBuilder(category, file);
  for (let i = bodyStart; i < lines.length; i++) i = readLine(lines, i, chapter);
  return chapter.finish();
}

function readLine(lines: PrintedLine[], i: number, chapter: ChapterBuilder): number {
  for (const read of READERS) {
    const last = read(lines, i, chapter);
    if (last !== undefined) return last;
  }
  return i; // Unreachable: `text` takes every line.
}

/** The chapter's title on its first line, and its English subtitle on the second if there is one. */
function runningHead(lines: PrintedLine[], file: string): { category: DraftCategory; bodyStart: number } {
  const head = lines[0];
  if (!head || head.text.startsWith('【') || [...normalizeSpacing(head.text)].length > 30) {
    throw InputError.at(
      file,
      head?.line ?? 0,
      "expected the chapter's running head (the category title) on the first line",
    );
  }
  const category: DraftCategory = { title: normalizeSpacing(head.text), page: head.page, sections: [] };
  if (!lines[1] || !isLatinLine(lines[1].text)) return { category, bodyStart: 1 };
  category.subtitle = lines[1].text.replace(/\s+/g, ' ');
  return { category, bodyStart: 2 };
}
