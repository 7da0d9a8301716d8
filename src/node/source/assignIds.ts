import { placeId } from '../../core/volume/ids';
import type { Block, Category } from '../../core/volume/types';
import type { Problem } from '../errors';
import type { Located } from './parseCategory';

/** `[name]` the first time a name is seen, `[name, "n"]` the n-th time (n ≥ 2). */
function withOrdinal(place: string[], counts: Map<string, number>, kind = ''): string[] {
  const key = `${kind}:${place.join('/')}`;
  const ordinal = (counts.get(key) ?? 0) + 1;
  counts.set(key, ordinal);
  return ordinal > 1 ? [...place, String(ordinal)] : place;
}

/** What a block is called in its section: its title, table title (or number) or caption. */
export function blockName(block: Block): string {
  if (block.kind === 'entry') return block.title;
  if (block.kind === 'table') return block.title || `表${block.number}`;
  return block.caption;
}

/**
 * Give every category, section and block its id: the one the editor wrote ({#id}) or one derived from
 * its place. Titles that repeat within a section take an ordinal from the second on, so the first
 * keeps its id when a second is added. Two things with one id are reported with both lines.
 */
export function assignIds(
  categories: Array<{ category: Category; file: string; located: Map<object, Located> }>,
): Problem[] {
  const seen = new Map<string, { file: string; line: number }>();
  const problems: Problem[] = [];
  const claim = (id: string, file: string, line: number) => {
    const earlier = seen.get(id);
    if (earlier) {
      problems.push({
        file,
        line,
        message: `duplicate id "${id}" (also at ${earlier.file}:${earlier.line}); give one of them another {#id} or another title`,
      });
    } else seen.set(id, { file, line });
    return id;
  };
  const categoryCounts = new Map<string, number>();
  for (const { category, file, located } of categories) {
    const at = (o: object) => located.get(o) ?? { line: 0 };
    const categoryPlace = withOrdinal([category.title], categoryCounts);
    category.id = claim(
      at(category).explicitId ?? placeId('category', categoryPlace),
      file,
      at(category).line,
    );
    const sectionCounts = new Map<string, number>();
    for (const section of category.sections) {
      // A section title that repeats in its category (a chapter printed twice) takes an ordinal too.
      const sectionPlace = [...categoryPlace, ...withOrdinal([section.title], sectionCounts)];
      section.id = claim(at(section).explicitId ?? placeId('section', sectionPlace), file, at(section).line);
      const counts = new Map<string, number>();
      for (const block of section.blocks) {
        const place = [...sectionPlace, ...withOrdinal([blockName(block)], counts, block.kind)];
        block.id = claim(at(block).explicitId ?? placeId(block.kind, place), file, at(block).line);
      }
    }
  }
  return problems;
}
