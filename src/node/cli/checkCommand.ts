import type { Command } from 'commander';
import { readSource } from '../source/readSource';

/** `yearbook check`: every problem of a source, with file and line, and nothing written. */
export function addCheckCommand(cli: Command): void {
  cli
    .command('check')
    .description('check a volume source without writing anything; lists every problem with file and line')
    .argument('<source-dir>')
    .action((source: string) => {
      const volume = readSource(source);
      const counts = { entry: 0, table: 0, figure: 0 };
      volume.categories.forEach((c) => c.sections.forEach((s) => s.blocks.forEach((b) => counts[b.kind]++)));
      process.stdout.write(`ok: ${counts.entry} entries, ${counts.table} tables, ${counts.figure} figures\n`);
    });
}
