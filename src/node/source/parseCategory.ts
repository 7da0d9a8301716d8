import type Token from 'markdown-it/lib/token.mjs';
import { CategoryBuilder, type ParsedCategory } from './categoryBuilder';
import { closingIndex, lineOf, markdownTokens } from './markdownTokens';
import { unsupportedMarkup } from './unsupportedMarkup';

export type { Located, ParsedCategory } from './categoryBuilder';

/**
 * Parse one category file of a volume source. markdown-it (CommonMark + GFM tables) does the Markdown;
 * this walks its block tokens and hands each block (heading, paragraph, table, page mark) to a
 * CategoryBuilder, which checks that they form a category → sections → blocks and names the line of
 * anything that does not. Pages are PDF pages here; the caller adds the manifest's page offset.
 */
export function parseCategory(source: string, file: string): ParsedCategory {
  const builder = new CategoryBuilder(file, source.split('\n'));
  const tokens = markdownTokens(source);
  for (let i = 0; i < tokens.length; i++) i = handBlock(tokens, i, builder);
  return builder.finish();
}

/** Hand the block starting at `tokens[i]` to the builder; returns the index of its last token. */
function handBlock(tokens: Token[], i: number, builder: CategoryBuilder): number {
  const t = tokens[i];
  const line = lineOf(t);
  switch (t.type) {
    case 'heading_open':
      builder.heading(Number(t.tag.slice(1)), tokens[i + 1], line);
      return i + 2;
    case 'paragraph_open':
      builder.paragraph(tokens[i + 1], line);
      return i + 2;
    case 'table_open': {
      const end = closingIndex(tokens, i);
      builder.table(tokens.slice(i, end + 1), line);
      return end;
    }
    case 'html_block':
      builder.htmlBlock(t.content, line);
      return i;
    default: {
      const unsupported = unsupportedMarkup(t.type);
      if (!unsupported) return i;
      builder.unsupported(unsupported, line);
      return closingIndex(tokens, i);
    }
  }
}
