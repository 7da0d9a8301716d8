/**
 * Text as it is written in a volume source. Chinese text needs almost no escaping; what Markdown
 * would take as syntax is escaped with a backslash, which markdown-it removes again when it parses.
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|]/g, (ch) => `\\${ch}`)
    .replace(/^(\s*)(#|>|[+\-=](?=\s|$))/, '$1\\$2')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** A page mark: where printed page `page` (of the PDF) begins. */
export function pageMark(page: number): string {
  return `<!-- page ${page} -->`;
}

export const PAGE_MARK = /^<!--\s*page\s+(\d+)\s*-->\s*$/;
