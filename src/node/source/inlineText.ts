import type Token from 'markdown-it/lib/token.mjs';
import { joinWrapped } from '../../core/text/spacing';
import { PAGE_MARK } from './markdownText';

/** A page mark found inside a line of text: printed page `page` begins at character `offset`. */
export type InlineMark = [offset: number, page: number];

/** The text of a paragraph, heading or table cell as the volume holds it, and the page marks inside it. */
export interface InlineText {
  text: string;
  marks: InlineMark[];
}

/**
 * The text of an inline token, with page marks taken out and remembered as `[offset, page]`.
 * An editor may wrap a long paragraph: each written line is joined to the next as wrapped print is
 * (no space inside Chinese text, one between two Latin letters), and the paragraph is trimmed. The
 * offsets are those of the finished text, so a mark on the third written line lands where the
 * reader sees that character, however the editor wrapped the lines.
 */
export function inlineText(token: Token): InlineText {
  const lines = writtenLines(token);
  let text = '';
  const marks: InlineMark[] = [];
  for (const line of lines) {
    text = joinWrapped(text, line.text);
    // joinWrapped only ever adds before `line.text`, so the line ends where the joined text ends.
    const start = text.length - line.text.length;
    for (const [offset, page] of line.marks) marks.push([start + offset, page]);
  }
  const trimmed = text.trim();
  const lead = text.length - text.trimStart().length;
  const clamp = (offset: number) => Math.min(Math.max(offset - lead, 0), trimmed.length);
  return { text: trimmed, marks: marks.map(([offset, page]) => [clamp(offset), page]) };
}

/** The lines as the editor wrote them, each with the page marks inside it. */
function writtenLines(token: Token): InlineText[] {
  const lines: InlineText[] = [{ text: '', marks: [] }];
  const append = (content: string) => {
    // Text that itself holds a line break (literal HTML written over two lines) wraps there too.
    const [first, ...rest] = content.split('\n');
    lines[lines.length - 1].text += first;
    for (const part of rest) lines.push({ text: part, marks: [] });
  };
  for (const child of token.children ?? []) {
    const line = lines[lines.length - 1];
    const mark = child.type === 'html_inline' ? PAGE_MARK.exec(child.content) : null;
    if (mark) line.marks.push([line.text.length, Number(mark[1])]);
    else if (child.type === 'softbreak' || child.type === 'hardbreak') lines.push({ text: '', marks: [] });
    else append(child.content); // Text, and HTML that is not a page mark: the editor's text, kept as text.
  }
  return lines;
}
