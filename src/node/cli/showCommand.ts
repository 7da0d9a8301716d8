import type { Command } from 'commander';
import { findBlock } from '../../core/volume/model';
import { loadBuilt } from '../build/loadBuilt';
import { InputError } from '../errors';
import { formatBlock } from './format';

/** `yearbook show`: one entry, table or photo of a built volume, as printed. */
export function addShowCommand(cli: Command): void {
  cli
    .command('show')
    .description('print one entry, table or figure of a built volume')
    .argument('<built-dir>')
    .argument('<id>')
    .action((dir: string, id: string) => {
      const placed = findBlock(loadBuilt(dir), id);
      if (!placed) {
        throw InputError.at(
          dir,
          0,
          `no entry, table or figure has the id "${id}"; \`yearbook toc ${dir}\` lists them`,
        );
      }
      process.stdout.write(
        `${formatBlock(placed.block, `${placed.category.title} › ${placed.section.title}`)}\n`,
      );
    });
}
