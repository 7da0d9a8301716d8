import type { Block } from '../../core/volume/types';
import { normalizeSpacing } from '../../core/text/spacing';

const HEADING_ID = /\s*\{#([^}]*)\}\s*$/;

/** A heading's text and the id `{#…}` the editor fixed after it, if any. */
export function headingText(raw: string): { text: string; spaced: string; explicitId?: string } {
  const explicitId = HEADING_ID.exec(raw)?.[1];
  const written = raw.replace(HEADING_ID, '');
  return { text: normalizeSpacing(written), spaced: written.trim(), explicitId };
}

/**
 * The block a `###` heading opens: ### 【entry】, ### 表 N　title or ### 图　caption; undefined for
 * anything else. Matched on `spaced` (before spacing is normalised): the space after 表 N or 图
 * separates the label from the title.
 */
export function blockOfHeading(
  heading: { text: string; spaced: string },
  pages: [number, number],
): Block | undefined {
  const entry = /^【(.+)】$/.exec(heading.text);
  if (entry) return { kind: 'entry', id: '', title: entry[1], paragraphs: [], pages };
  const table = /^表\s*([0-9]+(?:-[0-9]+)?)(?:\s+(.*))?$/.exec(heading.spaced);
  if (table) {
    const title = normalizeSpacing(table[2] ?? '');
    return { kind: 'table', id: '', number: table[1], title, columns: [], rows: [], pages };
  }
  const figure = /^图\s+(.+)$/.exec(heading.spaced);
  if (figure) return { kind: 'figure', id: '', caption: normalizeSpacing(figure[1]), pages };
  return undefined;
}
