/** A problem in an input file, located precisely enough for an editor to fix it. */
export interface Problem {
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  message: string;
}

export function formatProblem(p: Problem): string {
  return p.line > 0 ? `${p.file}:${p.line}: ${p.message}` : `${p.file}: ${p.message}`;
}

/** Thrown by the toolchain for bad input; the CLI prints its problems, never a stack trace. */
export class InputError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'InputError';
  }

  static at(file: string, line: number, message: string): InputError {
    return new InputError([{ file, line, message }]);
  }
}
