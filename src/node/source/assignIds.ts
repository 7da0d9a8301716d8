import { placeId } from '../../core/volume/ids';
import type { Block, Category } from '../../core/volume/types';
import type { Problem } from '../errors';
import type { Located } from './parseCategory';

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
  for (const { category, file, located } of categories) {
    const at = (o: object) => located.get(o) ?? { line: 0 };
    category.id = claim(
      at(category).explicitId ?? placeId('category', [category.title]),
      file,
      at(category).line,
    );
    for (const section of category.sections) {
      const sectionPlace = [category.title, section.title];
      section.id = claim(at(section).explicitId ?? placeId('section', sectionPlace), file, at(section).line);
      const counts = new Map<string, number>();
      for (const block of section.blocks) {
        const name = `${block.kind}:${blockName(block)}`;
        const ordinal = (counts.get(name) ?? 0) + 1;
        counts.set(name, ordinal);
        const place = [...sectionPlace, blockName(block), ...(ordinal > 1 ? [String(ordinal)] : [])];
        block.id = claim(at(block).explicitId ?? placeId(block.kind, place), file, at(block).line);
      }
    }
  }
  return problems;
}
