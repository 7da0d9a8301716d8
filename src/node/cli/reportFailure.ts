import { InputError, formatProblem } from '../errors';

/**
 * How the CLI ends on a failure, for the commands that throw and for those whose action finishes after
 * `parse` has returned (yearbook shelf): problems go to stderr as `file:line: message` with exit 1,
 * anything else as one line with exit 2, never as a stack trace (unless YEARBOOK_DEBUG is set).
 */
export function reportFailure(error: unknown): void {
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
