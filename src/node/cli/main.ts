import { Command, CommanderError } from 'commander';
import { addBuildCommand } from './buildCommand';
import { addCheckCommand } from './checkCommand';
import { reportFailure } from './reportFailure';
import { addImportCommand } from './importCommand';
import { addSearchCommand } from './searchCommand';
import { addShowCommand } from './showCommand';
import { addStatsCommand } from './statsCommand';
import { addShelfCommand } from './shelfCommand';
import { addTocCommand } from './tocCommand';

/** The `yearbook` command: one module a subcommand, registered here in the order `--help` lists them. */
export function program(): Command {
  const cli = new Command('yearbook')
    .description('掌上年鉴 editor toolchain: raw PDF text → proofread Markdown source → built volume')
    .showHelpAfterError()
    .exitOverride();
  addImportCommand(cli);
  addBuildCommand(cli);
  addCheckCommand(cli);
  addTocCommand(cli);
  addShowCommand(cli);
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
    reportFailure(error);
  }
}
