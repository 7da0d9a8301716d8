import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

/** CommonMark + GFM tables; HTML is on so that page marks `<!-- page N -->` arrive as tokens. */
const md = new MarkdownIt('commonmark', { html: true }).enable('table');

/** The block tokens of a category file. */
export function markdownTokens(source: string): Token[] {
  return md.parse(source, {});
}

/** The 1-based source line a token starts on (0 when markdown-it gives none). */
export function lineOf(token: Token): number {
  return token.map ? token.map[0] + 1 : 0;
}

/** The index of the token that closes `tokens[i]` (`i` itself for a token that opens nothing). */
export function closingIndex(tokens: Token[], i: number): number {
  const open = tokens[i];
  if (!open.type.endsWith('_open')) return i;
  const close = open.type.replace('_open', '_close');
  let depth = 0;
  for (let k = i; k < tokens.length; k++) {
    if (tokens[k].type === open.type) depth++;
    if (tokens[k].type === close) depth--;
    if (depth === 0) return k;
  }
  return tokens.length;
}
