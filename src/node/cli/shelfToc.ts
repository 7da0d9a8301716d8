import path from 'node:path';
import { loadBuilt } from '../build/loadBuilt';
import { readBuiltShelf } from '../shelf/builtShelf';
import { formatToc, tocCategories } from './format';

/** `yearbook toc <shelf-dir>`: every volume's contents, newest first, each under its year. */
export function shelfToc(dir: string, o: { json?: boolean }): void {
  const shelf = readBuiltShelf(dir);
  const volumes = shelf.volumes.map((v) => ({ ...v, volume: loadBuilt(path.join(dir, v.id)) }));
  if (o.json) {
    const toc = volumes.map((v) => ({
      id: v.id,
      title: v.title,
      year: v.year,
      bundled: v.bundled,
      categories: tocCategories(v.volume),
    }));
    process.stdout.write(`${JSON.stringify({ id: shelf.id, title: shelf.title, volumes: toc }, null, 2)}\n`);
    return;
  }
  const out = [`书架 ${shelf.title}  [${shelf.id}]　${volumes.length} 卷`];
  for (const v of volumes)
    out.push('', `━━ ${v.year} [${v.id}]${v.bundled ? '　随应用' : ''} ━━`, formatToc(v.volume));
  process.stdout.write(`${out.join('\n')}\n`);
}
