import type { Block, Volume } from '../volume/types';
import { blockTitle } from '../volume/model';

export interface CitationPlace {
  block: Block;
  category: string;
  section: string;
}

/**
 * A reference in GB/T 7714-2015 style for a contribution in a monograph (析出文献):
 * 作者. 题名[M]//年鉴书名: 类目·分目. 出版地: 出版者, 出版年: 页码.
 * Blocks without an author credit start with the title; a photo's supplier is not its author.
 */
export function citation(volume: Volume, place: CitationPlace): string {
  const { block } = place;
  const author = block.kind !== 'figure' && block.credit ? `${block.credit.replace(/\s+/g, ', ')}. ` : '';
  const title = block.kind === 'entry' ? block.title : blockTitle(block);
  const where = [place.category, place.section].filter(Boolean).join('·');
  const pages =
    block.pages[0] === block.pages[1] ? `${block.pages[0]}` : `${block.pages[0]}-${block.pages[1]}`;
  const published = volume.published ?? volume.year + 1;
  return `${author}${title}[M]//${volume.title}${where ? `: ${where}` : ''}. ${volume.place}: ${volume.publisher}, ${published}: ${pages}.`;
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
