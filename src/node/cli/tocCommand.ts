import type { Command } from 'commander';
import type { Volume } from '../../core/volume/types';
import { loadBuilt } from '../build/loadBuilt';
import { isShelfDir } from '../shelf/builtShelf';
import { formatToc, tocCategories } from './format';
import { shelfToc } from './shelfToc';

function tocJson(volume: Volume) {
  return { id: volume.id, title: volume.title, categories: tocCategories(volume) };
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
