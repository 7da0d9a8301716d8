/** Markdown a volume source does not use: lists, quotations, code blocks, rules (and what to write instead). */
export function unsupportedMarkup(type: string): string | undefined {
  if (!type.endsWith('_open') && !['fence', 'code_block', 'hr'].includes(type)) return undefined;
  return `${describe(type)} is not part of a volume source; ${fixFor(type)}`;
}

function describe(type: string): string {
  if (type.startsWith('bullet_list') || type.startsWith('ordered_list')) return 'a list';
  if (type.startsWith('blockquote')) return 'a quotation block (>)';
  if (type === 'fence' || type === 'code_block') return 'a code block (or a line indented by four spaces)';
  if (type === 'hr') return 'a horizontal rule (---)';
  return type.replace('_open', '');
}

function fixFor(type: string): string {
  if (type.startsWith('ordered_list')) return 'if it is text, escape the number as 1\\.';
  if (type.startsWith('bullet_list')) return 'if it is text, escape the mark as \\- or \\+';
  if (type === 'code_block') return 'remove the indentation';
  return 'write it as plain paragraphs';
}
