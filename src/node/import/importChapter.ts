import { normalizeSpacing } from '../../core/text/spacing';
import { InputError, type Problem } from '../errors';
import type { DraftBlock, DraftCategory, DraftEntry, DraftSection, DraftTable } from './draft';
import { lineWidth, paragraphsOf, type TextLine } from './paragraphs';
import { creditAtEnd, isLatinLine, isSectionHeading, tableLabel } from './patterns';
import { printedLines, type PrintedLine } from './printedLines';
import { tableRows, type TableLine } from './tableRows';

export interface ImportedChapter {
  category: DraftCategory;
  /** Places the importer had to guess; the editor should look at them. */
  warnings: Problem[];
}

interface OpenEntry {
  entry: DraftEntry;
  lines: TextLine[];
}

interface OpenTable {
  table: DraftTable;
  lines: TableLine[];
}

/**
 * Turn the raw text of one printed chapter (类目) into its structure. One pass over the printed lines
 * with a line of lookahead: an entry stays open while a table or photo interrupts it, so text that
 * resumes after them (often mid-sentence, on the next page) rejoins the entry it belongs to.
 */
export function importChapter(text: string, file: string, firstPage = 1): ImportedChapter {
  const lines = printedLines(text, firstPage);
  const warnings: Problem[] = [];
  const warn = (line: PrintedLine, message: string) => warnings.push({ file, line: line.line, message });

  const head = lines[0];
  if (!head || head.text.startsWith('【') || [...normalizeSpacing(head.text)].length > 30) {
    throw InputError.at(
      file,
      head?.line ?? 0,
      "expected the chapter's running head (the category title) on the first line",
    );
  }
  const category: DraftCategory = { title: normalizeSpacing(head.text), page: head.page, sections: [] };
  let i = 1;
  if (lines[1] && isLatinLine(lines[1].text)) {
    category.subtitle = lines[1].text.replace(/\s+/g, ' ');
    i = 2;
  }

  let section: DraftSection | undefined;
  let open: OpenEntry | undefined;
  let table: OpenTable | undefined;
  let lastTouched: DraftBlock | undefined;
  let entries = 0;

  const currentSection = (line: PrintedLine): DraftSection => {
    if (!section) {
      section = { title: '', page: line.page, blocks: [] };
      category.sections.push(section);
    }
    return section;
  };
  const closeEntry = () => {
    if (open) open.entry.paragraphs = paragraphsOf(open.lines);
    open = undefined;
  };
  const closeTable = () => {
    if (table) table.table.rows.push(...tableRows(table.lines, table.table.columns.length));
    table = undefined;
  };
  const addText = (line: PrintedLine, body: string, width: number) => {
    if (!open) {
      warn(line, 'text outside any entry: kept in an entry titled 未命名条目; give it its 【title】');
      open = {
        entry: { kind: 'entry', title: '未命名条目', titlePage: line.page, paragraphs: [] },
        lines: [],
      };
      currentSection(line).blocks.push(open.entry);
    }
    open.lines.push({ text: body, page: line.page, width });
    lastTouched = open.entry;
  };

  for (; i < lines.length; i++) {
    const line = lines[i];
    const t = line.text;
    const next = lines[i + 1];
    const credit = creditAtEnd(t);

    if (table) {
      const ends =
        line.startsPage ||
        t.startsWith('【') ||
        tableLabel(t) ||
        credit ||
        (next && (tableLabel(next.text) || creditAtEnd(next.text)?.supplied)) ||
        (next && !next.startsPage && isSectionHeading(t) && next.text.startsWith('【'));
      if (!ends) {
        table.lines.push({ text: t, page: line.page });
        continue;
      }
      closeTable();
    }

    const label = tableLabel(t);
    if (next && !label && tableLabel(next.text) && !tableLabel(next.text)?.continued) {
      // A table's title is printed on the line above "表 N".
      i = startTable(next, t, i + 1);
      continue;
    }
    if (label) {
      i = label.continued ? continueTable(line, label.number, i) : startTable(line, '', i);
      continue;
    }

    const nextCredit = next && creditAtEnd(next.text);
    if (nextCredit?.supplied && nextCredit.before === '') {
      lastTouched = figure(line, normalizeSpacing(t), nextCredit.credit);
      i++;
      continue;
    }
    if (credit?.supplied) {
      lastTouched = figure(line, normalizeSpacing(credit.before), credit.credit);
      continue;
    }
    if (next && isSectionHeading(t) && next.text.startsWith('【')) {
      closeEntry();
      section = { title: normalizeSpacing(t), page: line.page, blocks: [] };
      category.sections.push(section);
      continue;
    }
    if (t.startsWith('【')) {
      closeEntry();
      i = startEntry(line, i);
      continue;
    }
    if (credit) {
      if (credit.before) addText(line, credit.before, lineWidth(t));
      if (lastTouched && lastTouched.kind !== 'figure' && !lastTouched.credit) {
        lastTouched.credit = credit.credit;
        if (lastTouched.kind === 'entry') closeEntry();
      } else {
        warn(line, `a credit （${credit.credit}） with no entry or table before it; it was dropped`);
      }
      continue;
    }
    addText(line, t, lineWidth(t));
  }
  closeTable();
  closeEntry();

  if (entries === 0) {
    throw InputError.at(
      file,
      0,
      'no entry titles 【…】 found: this does not look like the text of a yearbook chapter',
    );
  }
  return { category, warnings };

  function figure(line: PrintedLine, caption: string, credit: string): DraftBlock {
    const block: DraftBlock = { kind: 'figure', caption, credit, page: line.page };
    if (!caption) warn(line, 'a photo credit without a caption');
    currentSection(line).blocks.push(block);
    return block;
  }

  function startEntry(line: PrintedLine, at: number): number {
    let joined = line.text;
    let end = at;
    while (!joined.includes('】') && end + 1 < lines.length && end - at < 2) {
      end++;
      joined += lines[end].text;
    }
    const close = joined.indexOf('】');
    if (close < 0) {
      warn(line, 'an entry title opened with 【 is never closed with 】');
      addText(line, line.text, lineWidth(line.text));
      return at;
    }
    const entry: DraftEntry = {
      kind: 'entry',
      title: normalizeSpacing(joined.slice(1, close)),
      titlePage: line.page,
      paragraphs: [],
    };
    entries++;
    currentSection(line).blocks.push(entry);
    open = { entry, lines: [] };
    lastTouched = entry;
    const body = joined.slice(close + 1).trim();
    if (body) open.lines.push({ text: body, page: lines[end].page, width: lineWidth(lines[end].text) });
    return end;
  }

  function startTable(labelLine: PrintedLine, title: string, at: number): number {
    const label = tableLabel(labelLine.text);
    const header = lines[at + 1];
    const draft: DraftTable = {
      kind: 'table',
      number: label?.number ?? '',
      title: normalizeSpacing(title),
      page: labelLine.page,
      columns: header ? header.text.split(/\s+/).map(normalizeSpacing) : [],
      rows: [],
    };
    if (draft.columns.length < 2) warn(labelLine, `表 ${draft.number} has no header row of column names`);
    currentSection(labelLine).blocks.push(draft);
    table = { table: draft, lines: [] };
    lastTouched = draft;
    return at + 1;
  }

  function continueTable(line: PrintedLine, number: string, at: number): number {
    const earlier = category.sections
      .flatMap((s) => s.blocks)
      .filter((b): b is DraftTable => b.kind === 'table' && b.number === number)
      .pop();
    if (!earlier) {
      warn(line, `续表 ${number} continues a table 表 ${number} that was not found before it`);
      return startTable(line, '', at);
    }
    table = { table: earlier, lines: [] };
    lastTouched = earlier;
    const header = lines[at + 1];
    const repeatsHeader =
      header && header.text.split(/\s+/).map(normalizeSpacing).join('|') === earlier.columns.join('|');
    return repeatsHeader ? at + 1 : at;
  }
}
