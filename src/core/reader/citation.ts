import type { Block, Volume } from '../volume/types';
import { authorsOf, type Credit } from '../volume/credits';
import { blockTitle } from '../volume/model';
import { pageOf } from './pageView';

export interface CitationPlace {
  block: Block;
  category: string;
  section: string;
  /**
   * The credit covering the block (`sectionCredits`): an entry signed by a later one of its run is
   * still by that writer. Without it, only a credit printed after the block itself names an author.
   */
  credit?: Credit;
  /** The paragraph (or table row) quoted, as numbered in `breaks`: cited at its own printed page. */
  part?: number;
}

/**
 * A reference in GB/T 7714-2015 style for a contribution in a monograph (析出文献):
 * 作者. 题名[M]//编者. 年鉴书名: 类目·分目. 出版地: 出版者, 出版年: 页码.
 * Blocks without an author start with the title; a photo's supplier is not its author; the
 * volume's editor (编纂委员会) is named only when the manifest gives it.
 */
export function citation(volume: Volume, place: CitationPlace): string {
  const { block } = place;
  const credit =
    place.credit ?? (block.credit ? { names: block.credit, own: true, signedAfter: block.id } : undefined);
  const authors = authorsOf(block, credit);
  const author = authors.length ? `${authors.join(', ')}. ` : '';
  const title = block.kind === 'entry' ? block.title : blockTitle(block);
  const editor = volume.editor ? `${volume.editor}. ` : '';
  const where = [place.category, place.section].filter(Boolean).join('·');
  const published = volume.published ?? volume.year + 1;
  return `${author}${title}[M]//${editor}${volume.title}${where ? `: ${where}` : ''}. ${volume.place}: ${volume.publisher}, ${published}: ${citedPages(block, place.part)}.`;
}

/** The pages a quotation stands on: the part's own (a page may turn inside it), else the block's. */
function citedPages(block: Block, part: number | undefined): string {
  let [first, last] = block.pages;
  if (part !== undefined && block.kind !== 'figure') {
    const text = block.kind === 'entry' ? block.paragraphs[part] : block.rows[part]?.join('');
    if (text !== undefined) [first, last] = [pageOf(block, part, 0), pageOf(block, part, text.length)];
  }
  return first === last ? `${first}` : `${first}-${last}`;
}

/** A paragraph (or the whole entry) as copied: the text, then the reference on its own line. */
export function copyWithCitation(text: string, volume: Volume, place: CitationPlace): string {
  return `${text}\n——${citation(volume, place)}`;
}

/** The whole block as text, as the reader copies it. */
export function blockAsText(block: Block): string {
  if (block.kind === 'entry')
    return [`【${block.title}】`, ...block.paragraphs, ...(block.credit ? [`（${block.credit}）`] : [])].join(
      '\n',
    );
  if (block.kind === 'table') {
    return [
      blockTitle(block),
      block.columns.join('\t'),
      ...block.rows.map((r) => r.join('\t')),
      ...(block.credit ? [`（${block.credit}）`] : []),
    ].join('\n');
  }
  return [block.caption, ...(block.credit ? [`（${block.credit}）`] : [])].join('\n');
}
