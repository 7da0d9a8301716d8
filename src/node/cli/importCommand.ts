import { type Command, InvalidArgumentError } from 'commander';
import { formatProblem } from '../errors';
import { importVolume } from '../import/importVolume';

function integer(value: string): number {
  if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

/** `yearbook import`: raw PDF text → a volume source for the editor to proofread. */
export function addImportCommand(cli: Command): void {
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
}
