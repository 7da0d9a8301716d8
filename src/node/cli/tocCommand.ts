import type { Command } from 'commander';
import type { Volume } from '../../core/volume/types';
import { loadBuilt } from '../build/loadBuilt';
import { isShelfDir } from '../shelf/builtShelf';
import { formatToc } from './format';
import { shelfToc } from './shelfToc';

/** The table of contents as outside tools read it: ids, kinds, titles and pages. */
function tocJson(volume: Volume) {
  const categories = volume.categories.map((c) => ({
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
  return { id: volume.id, title: volume.title, categories };
}

/** `yearbook toc`: the table of contents of a built volume, as text or JSON. */
export function addTocCommand(cli: Command): void {
  cli
    .command('toc')
    .description('print the table of contents of a built volume (or of every volume of a built shelf)')
    .argument('<built-dir>')
    .option('--json', 'print JSON instead of text')
    .action((dir: string, o: { json?: boolean }) => {
      if (isShelfDir(dir)) return shelfToc(dir, o); // a shelf: every volume's contents
      const volume = loadBuilt(dir);
      if (o.json) process.stdout.write(`${JSON.stringify(tocJson(volume), null, 2)}\n`);
      else process.stdout.write(`${formatToc(volume)}\n`);
    });
}
