import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './paths';

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Run the real `yearbook` binary (compiled by `npm run compile`), as an editor would. */
export function yearbook(...args: string[]): Run {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/yearbook.js'), ...args], {
    encoding: 'utf8',
    input: '',
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
