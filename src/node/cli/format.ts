import type { Block, Volume } from '../../core/volume/types';
import { blockTitle, pageLabel } from '../../core/volume/model';

const KIND: Record<Block['kind'], string> = { entry: '条目', table: '表格', figure: '图片' };

/** The table of contents as an editor checks it in a terminal. */
export function formatToc(volume: Volume): string {
  const out = [`${volume.title}（${volume.year}年资料）　${volume.place}：${volume.publisher}`];
  for (const c of volume.categories) {
    out.push(`类目 ${c.title}${c.subtitle ? ` / ${c.subtitle}` : ''}  [${c.id}]`);
    for (const s of c.sections) {
      out.push(`  分目 ${s.title || '（无分目）'}  [${s.id}]`);
      for (const b of s.blocks)
        out.push(`    ${KIND[b.kind]} ${blockTitle(b)}  ${pageLabel(b.pages)}  [${b.id}]`);
    }
  }
  return out.join('\n');
}

/** One block in full, as printed. */
export function formatBlock(block: Block, where: string): string {
  const out = [
    `${KIND[block.kind]}　${block.kind === 'entry' ? `【${block.title}】` : blockTitle(block)}`,
    `${where}　${pageLabel(block.pages)}　[${block.id}]`,
    '',
  ];
  if (block.kind === 'entry') block.paragraphs.forEach((p) => out.push(`　　${p}`));
  if (block.kind === 'table') {
    out.push(block.columns.join(' | '));
    block.rows.forEach((r) => out.push(r.join(' | ')));
  }
  if (block.credit) out.push('', `（${block.credit}）`);
  return out.join('\n');
}

/** A volume's contents as outside tools read them (`toc --json`): ids, kinds, titles and pages. */
export function tocCategories(volume: Volume) {
  return volume.categories.map((c) => ({
    id: c.id,
    title: c.title,
    sections: c.sections.map((s) => ({
      id: s.id,
      title: s.title,
      blocks: s.blocks.map((b) => ({
        id: b.id,
        kind: b.kind,
        title: b.kind === 'figure' ? b.caption : b.title,
        pages: b.pages,
      })),
    })),
  }));
}
