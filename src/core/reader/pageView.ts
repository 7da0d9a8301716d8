import type { Block, PageBreak } from '../volume/types';
import { blockTitle, type Placed } from '../volume/model';

/** What of one block is printed on one page. */
export interface PageFragment {
  id: string;
  kind: Block['kind'];
  /** The section's (分目) heading, when the section begins with this block on this page. */
  section?: string;
  /** The block's heading, when the block begins on this page (a photo's caption is its heading). */
  title?: string;
  /** Entry paragraphs (sliced where a page cut them), table rows, or the caption. */
  parts: Array<{ index: number; text: string; continued: boolean }>;
  credit?: string;
}

export interface PrintedPage {
  page: number;
  fragments: PageFragment[];
}

/**
 * The chapter as printed, page by page (页面浏览), rebuilt from each block's pages and its page breaks.
 * Blocks are laid out in reading order, so a photo printed mid-entry follows that entry's fragment.
 */
export function printedPages(placed: Placed[]): PrintedPage[] {
  const pages = new Map<number, PageFragment[]>();
  const put = (page: number, fragment: PageFragment) => {
    const list = pages.get(page) ?? [];
    list.push(fragment);
    pages.set(page, list);
  };
  for (const { block, section } of placed) {
    const pieces = splitByPage(block);
    const opensSection = section.blocks[0]?.id === block.id && !!section.title;
    pieces.forEach((piece, i) => {
      const last = i === pieces.length - 1;
      put(piece.page, {
        id: block.id,
        kind: block.kind,
        ...(i === 0 && opensSection ? { section: section.title } : {}),
        ...(i === 0 ? { title: block.kind === 'entry' ? `【${block.title}】` : blockTitle(block) } : {}),
        parts: piece.parts,
        ...(last && block.credit ? { credit: block.credit } : {}),
      });
    });
  }
  return [...pages.entries()].sort((a, b) => a[0] - b[0]).map(([page, fragments]) => ({ page, fragments }));
}

/** The page a part of a block (paragraph or row index, character offset) is printed on. */
export function pageOf(block: Block, index = 0, offset = 0): number {
  let page = block.pages[0];
  const breaks: PageBreak[] = block.kind === 'figure' ? [] : (block.breaks ?? []);
  for (const [i, o, p] of breaks) if (i < index || (i === index && o <= offset)) page = p;
  return page;
}

function splitByPage(block: Block): Array<{ page: number; parts: PageFragment['parts'] }> {
  // A photo's caption is its heading: printed once, not again as its text.
  if (block.kind === 'figure') return [{ page: block.pages[0], parts: [] }];
  const texts = block.kind === 'entry' ? block.paragraphs : block.rows.map((r) => r.join('　'));
  const out: Array<{ page: number; parts: PageFragment['parts'] }> = [{ page: block.pages[0], parts: [] }];
  const breaks = block.breaks ?? [];
  texts.forEach((text, index) => {
    const cuts = breaks.filter((b) => b[0] === index);
    let start = 0;
    for (const [, offset, page] of cuts) {
      if (offset > start)
        out[out.length - 1].parts.push({ index, text: text.slice(start, offset), continued: start > 0 });
      out.push({ page, parts: [] });
      start = offset;
    }
    out[out.length - 1].parts.push({ index, text: text.slice(start), continued: start > 0 });
  });
  return out.filter((piece, i) => piece.parts.length > 0 || i === 0);
}

/** The index in `pages` of the page a part of a block is printed on (0 when it is not there). */
export function pageIndexOf(pages: PrintedPage[], block: Block, part = 0): number {
  const page = pageOf(block, part);
  return Math.max(
    0,
    pages.findIndex((p) => p.page === page),
  );
}

/** What to read when leaving a printed page for 条目阅读: a block and the first of its parts on the page. */
export interface ReadingPlace {
  id: string;
  /** The part, numbered as `textParts` (and `partAnchor`) number them: a table's row r is r + 1. */
  part: number;
}

/**
 * Back from the page view to the entry being read there: the block that was open when it shows
 * on this page, else the first block the page prints (an entry continued from the page before
 * counts: it is what the page opens with).
 */
export function readingPlaceOn(page: PrintedPage, openId: string): ReadingPlace | undefined {
  const fragment = page.fragments.find((f) => f.id === openId) ?? page.fragments[0];
  if (!fragment) return undefined;
  const first = fragment.parts[0]?.index ?? 0;
  return { id: fragment.id, part: fragment.kind === 'table' ? first + 1 : first };
}
