import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { Block, Category, Entry, PageBreak, Section, Table } from '../../core/volume/types';
import { ID_PATTERN } from '../../core/volume/ids';
import { joinWrapped, normalizeSpacing } from '../../core/text/spacing';
import type { Problem } from '../errors';
import { PAGE_MARK } from './markdownText';
import { cellCount } from './tableCells';

/** Where each parsed thing stood in the source, for messages and for ids the editor fixed. */
export interface Located {
  line: number;
  explicitId?: string;
}

export interface ParsedCategory {
  category: Category;
  located: Map<object, Located>;
  problems: Problem[];
}

const md = new MarkdownIt('commonmark', { html: true }).enable('table');

const CREDIT = /^（([\p{Script=Han}·\s]+)）$/u;
const HEADING_ID = /\s*\{#([^}]*)\}\s*$/;

/**
 * Parse one category file of a volume source. markdown-it (CommonMark + GFM tables) does the Markdown;
 * this walks its tokens and checks that they form a category → sections → blocks, naming the line of
 * anything that does not. Pages are PDF pages here; the caller adds the manifest's page offset.
 */
export function parseCategory(source: string, file: string): ParsedCategory {
  const problems: Problem[] = [];
  const located = new Map<object, Located>();
  const lines = source.split('\n');
  const tokens = md.parse(source, {});
  const problem = (line: number, message: string): void => {
    problems.push({ file, line, message });
  };

  let category: Category | undefined;
  let section: Section | undefined;
  let block: Block | undefined;
  let blockHasCredit = false;
  let page = 1;
  /** A page mark standing between paragraphs: the next paragraph starts that page. */
  let pendingPage: number | undefined;
  let badHeading = false;

  const lineOf = (t: Token) => (t.map ? t.map[0] + 1 : 0);

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const line = lineOf(t);
    switch (t.type) {
      case 'heading_open': {
        const inlineToken = tokens[i + 1];
        i += 2;
        heading(Number(t.tag.slice(1)), inlineText(inlineToken).text, line);
        break;
      }
      case 'paragraph_open': {
        const startPage = pendingPage;
        pendingPage = undefined;
        const inlineToken = tokens[i + 1];
        i += 2;
        paragraph(inlineText(inlineToken), line, startPage);
        break;
      }
      case 'table_open': {
        const end = tokens.findIndex((x, k) => k > i && x.type === 'table_close');
        table(tokens.slice(i, end + 1), line);
        i = end;
        break;
      }
      case 'html_block': {
        const m = PAGE_MARK.exec(t.content.trim());
        if (m) {
          page = Number(m[1]);
          pendingPage = page;
        } else problem(line, 'HTML is not part of a volume source; write it as text (escape < as \\<)');
        break;
      }
      default:
        if (t.type.endsWith('_open') || ['fence', 'code_block', 'hr'].includes(t.type)) {
          problem(line, `${describe(t.type)} is not part of a volume source; ${fixFor(t.type)}`);
          i = skipTo(tokens, i);
        }
    }
  }
  closeBlock();
  if (!category) {
    problem(0, 'no category heading: a category file starts with "# 类目名称"');
    category = { id: '', title: '', sections: [] };
  }
  return { category, located, problems };

  function heading(level: number, raw: string, line: number): void {
    const idMatch = HEADING_ID.exec(raw);
    const text = normalizeSpacing(raw.replace(HEADING_ID, ''));
    const explicitId = idMatch?.[1];
    if (explicitId !== undefined && !ID_PATTERN.test(explicitId)) {
      problem(line, `the id {#${explicitId}} must be 1–24 lower-case letters, digits or hyphens`);
    }
    if (level === 1) {
      if (category) return problem(line, 'a second category heading (#): one category per file');
      category = { id: '', title: text, sections: [] };
      located.set(category, { line, explicitId });
      return;
    }
    if (!category) return problem(line, 'a heading before the category heading "# 类目名称"');
    if (level === 2) {
      closeBlock();
      badHeading = false;
      section = { id: '', title: text, blocks: [] };
      category.sections.push(section);
      located.set(section, { line, explicitId });
      block = undefined;
      return;
    }
    if (level > 3) {
      return problem(
        line,
        `heading level ${level} is not used: # category, ## section, ### 【entry】, 表 N or 图`,
      );
    }
    closeBlock();
    badHeading = false;
    const pages: [number, number] = [page, page];
    pendingPage = undefined;
    // Matched before spacing is normalised: the space after 表 N or 图 separates the label from the title.
    const spaced = raw.replace(HEADING_ID, '').trim();
    const entry = /^【(.+)】$/.exec(text);
    const tableHead = /^表\s*([0-9]+(?:-[0-9]+)?)(?:\s+(.*))?$/.exec(spaced);
    const figure = /^图\s+(.+)$/.exec(spaced);
    if (entry) block = { kind: 'entry', id: '', title: entry[1], paragraphs: [], pages };
    else if (tableHead) {
      const title = normalizeSpacing(tableHead[2] ?? '');
      block = { kind: 'table', id: '', number: tableHead[1], title, columns: [], rows: [], pages };
    } else if (figure) block = { kind: 'figure', id: '', caption: normalizeSpacing(figure[1]), pages };
    else {
      block = undefined;
      badHeading = true;
      return problem(
        line,
        `"### ${text}" is not a block: write an entry as ### 【标题】, a table as ### 表 4　标题, a photo as ### 图　说明`,
      );
    }
    blockHasCredit = false;
    if (!section) {
      section = { id: '', title: '', blocks: [] };
      category.sections.push(section);
      located.set(section, { line });
    }
    section.blocks.push(block);
    located.set(block, { line, explicitId });
  }

  function paragraph(
    content: { text: string; marks: Array<[number, number]> },
    line: number,
    startPage: number | undefined,
  ): void {
    const text = content.text;
    if (!category) return problem(line, 'text before the category heading "# 类目名称"');
    if (!section && !block && category.sections.length === 0 && category.subtitle === undefined) {
      category.subtitle = text;
      return;
    }
    const credit = CREDIT.exec(text);
    if (!block) {
      if (badHeading) return; // Already reported at the heading; its text would only repeat the report.
      return problem(line, 'text outside a block: start an entry with ### 【标题】 above it');
    }
    if (blockHasCredit) {
      return problem(line, 'text after the credit （…）: the credit closes its block, so move it to the end');
    }
    if (credit) {
      // Names stay apart ("郑远 应博为"): one space between them, as the importer writes it.
      block.credit = credit[1].trim().replace(/\s+/g, ' ');
      blockHasCredit = true;
      return;
    }
    if (block.kind !== 'entry') {
      return problem(
        line,
        `text after a ${block.kind === 'table' ? 'table' : 'photo'} must be its credit （…）; start an entry with ### 【标题】`,
      );
    }
    const index = block.paragraphs.length;
    if (startPage !== undefined) addBreak(block, index, 0, startPage);
    for (const [offset, p] of content.marks) addBreak(block, index, offset, p);
    block.paragraphs.push(text);
  }

  function table(group: Token[], line: number): void {
    if (!block || block.kind !== 'table' || block.columns.length > 0) {
      return problem(line, 'a table needs its own heading above it: ### 表 N　标题');
    }
    const t: Table = block;
    let row: string[] | undefined;
    let rowLine = line;
    let header = true;
    for (const token of group) {
      if (token.type === 'thead_close') header = false;
      if (token.type === 'tr_open') {
        row = [];
        rowLine = lineOf(token);
      }
      if (token.type === 'inline' && row) {
        const cell = inlineText(token);
        if (!header && cell.marks.length) addBreak(t, t.rows.length, 0, cell.marks[0][1]);
        row.push(cell.text);
      }
      if (token.type === 'tr_close' && row) {
        const written = cellCount(lines[rowLine - 1] ?? '');
        if (header) t.columns = row;
        else {
          if (written !== t.columns.length) {
            problem(
              rowLine,
              `this row has ${written} cells but the table has ${t.columns.length} columns; add or merge cells so every row has ${t.columns.length}`,
            );
          }
          t.rows.push(row);
        }
      }
    }
    if (t.rows.length === 0) problem(line, `表 ${t.number} has no rows`);
  }

  /** A new printed page begins inside a block, at paragraph (or row) `index`, character `offset`. */
  function addBreak(target: Entry | Table, index: number, offset: number, p: number): void {
    if (p === target.pages[1]) return;
    const b: PageBreak = [index, offset, p];
    (target.breaks ??= []).push(b);
    target.pages[1] = p;
  }

  function closeBlock(): void {
    if (block?.kind === 'entry' && block.paragraphs.length === 0) {
      problem(
        located.get(block)?.line ?? 0,
        `the entry 【${block.title}】 has no text; write its text below the title or delete it`,
      );
    }
    block = undefined;
  }

  /** The text of an inline token, with page marks taken out and remembered as `[offset, page]`. */
  function inlineText(token: Token): { text: string; marks: Array<[number, number]> } {
    let text = '';
    const marks: Array<[number, number]> = [];
    for (const child of token.children ?? []) {
      if (child.type === 'html_inline') {
        const m = PAGE_MARK.exec(child.content);
        if (m) {
          marks.push([text.length, Number(m[1])]);
          page = Number(m[1]);
          continue;
        }
        text += child.content; // Not a page mark: the editor's text, kept as text.
      } else if (child.type === 'softbreak' || child.type === 'hardbreak') {
        text = joinWrapped(text, '');
        text += '\n';
      } else if (child.type === 'image') {
        text += child.content;
      } else {
        text += child.content;
      }
    }
    // An editor may wrap a long paragraph: a line break inside Chinese text joins without a space.
    text = text.split('\n').reduce((acc, part) => joinWrapped(acc, part));
    return { text: text.trim(), marks };
  }
}

function skipTo(tokens: Token[], i: number): number {
  const open = tokens[i];
  if (!open.type.endsWith('_open')) return i;
  let depth = 0;
  for (let k = i; k < tokens.length; k++) {
    if (tokens[k].type === open.type) depth++;
    if (tokens[k].type === open.type.replace('_open', '_close')) depth--;
    if (depth === 0) return k;
  }
  return tokens.length;
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
