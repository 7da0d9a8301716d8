import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { findBlock } from '../../core/volume/model';
import { buildVolume } from '../build/buildVolume';
import { loadBuilt } from '../build/loadBuilt';
import { InputError, formatProblem } from '../errors';
import { importVolume } from '../import/importVolume';
import { readSource } from '../source/readSource';
import { formatBlock, formatToc } from './format';
import { addSearchCommand } from './searchCommand';
import { addStatsCommand } from './statsCommand';
import { isShelfDir } from '../shelf/builtShelf';
import { addShelfCommand } from './shelfCommand';
import { shelfToc } from './shelfToc';

function integer(value: string): number {
  if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

export function program(): Command {
  const cli = new Command('yearbook')
    .description('掌上年鉴 editor toolchain: raw PDF text → proofread Markdown source → built volume')
    .showHelpAfterError()
    .exitOverride();

  cli
    .command('import')
    .description('turn raw PDF text (one file per category 类目) into a volume source directory')
    .argument('<raw...>', 'raw text files (UTF-8, UTF-16 with BOM or GB18030/GBK; LF or CRLF)')
    .requiredOption('-o, --out <source-dir>', 'the volume source directory to write')
    .option('--id <id>', 'volume id for the manifest, e.g. shangcheng-2019')
    .option('--title <title>', 'volume title, e.g. 上城年鉴（2019）')
    .option('--year <year>', 'the year the volume records', integer)
    .option('--publisher <name>', 'publisher')
    .option('--place <place>', 'place of publication')
    .option('--published <year>', 'the year the book was published', integer)
    .option('--first-page <n>', 'PDF page number of the first raw page', integer, 1)
    .option('--force', 'overwrite a source directory that already holds a volume')
    .action((raw: string[], o) => {
      const report = importVolume(raw, { ...o, firstPage: o.firstPage });
      for (const w of report.warnings) process.stderr.write(`warning: ${formatProblem(w)}\n`);
      process.stdout.write(
        `imported ${raw.length} file(s) (${report.encodings.join(', ')}) → ${o.out}: ${report.files.join(', ')}\n`,
      );
    });

  cli
    .command('build')
    .description('check a volume source and write the built volume (volume.json + search-index.json)')
    .argument('<source-dir>')
    .requiredOption('-o, --out <built-dir>', 'where to write the built volume')
    .action((source: string, o: { out: string }) => {
      const started = Date.now();
      const { volume, files } = buildVolume(source, o.out);
      const blocks = volume.categories.flatMap((c) => c.sections.flatMap((s) => s.blocks));
      process.stdout.write(
        `built ${volume.title}: ${volume.categories.length} categories, ${blocks.length} blocks → ${o.out} (${Object.keys(files).join(', ')}) in ${Date.now() - started} ms\n`,
      );
    });

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

  cli
    .command('toc')
    .description('print the table of contents of a built volume')
    .argument('<built-dir>')
    .option('--json', 'print JSON instead of text')
    .action((dir: string, o: { json?: boolean }) => {
      if (isShelfDir(dir)) return shelfToc(dir, o); // a shelf: every volume's contents
      const volume = loadBuilt(dir);
      if (o.json) {
        const toc = volume.categories.map((c) => ({
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
        process.stdout.write(
          `${JSON.stringify({ id: volume.id, title: volume.title, categories: toc }, null, 2)}\n`,
        );
      } else process.stdout.write(`${formatToc(volume)}\n`);
    });

  cli
    .command('show')
    .description('print one entry, table or figure of a built volume')
    .argument('<built-dir>')
    .argument('<id>')
    .action((dir: string, id: string) => {
      const volume = loadBuilt(dir);
      const placed = findBlock(volume, id);
      if (!placed)
        throw InputError.at(
          dir,
          0,
          `no entry, table or figure has the id "${id}"; \`yearbook toc ${dir}\` lists them`,
        );
      process.stdout.write(
        `${formatBlock(placed.block, `${placed.category.title} › ${placed.section.title}`)}\n`,
      );
    });
  addSearchCommand(cli);
  addStatsCommand(cli);
  addShelfCommand(cli);
  return cli;
}

/** Entry point: problems go to stderr with a non-zero exit, never as a stack trace. */
export function main(argv: string[]): void {
  try {
    program().parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof InputError) {
      for (const p of error.problems) process.stderr.write(`error: ${formatProblem(p)}\n`);
      process.exitCode = 1;
      return;
    }
    const e = error as NodeJS.ErrnoException;
    process.stderr.write(`error: ${e.code ? `${e.code}: ` : ''}${e.message}\n`);
    if (process.env.YEARBOOK_DEBUG) process.stderr.write(`${e.stack}\n`);
    process.exitCode = 2;
  }
}
