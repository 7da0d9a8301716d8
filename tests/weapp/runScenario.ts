import { execFile } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../helpers/paths';
import type { PhoneOptions } from './recordedWx';

// The child runs the TypeScript sources as they are (transpiled only; `npm run typecheck` types them).
const HOOK = `const ts = require('typescript'); const fs = require('fs');
require.extensions['.ts'] = (m, file) => m._compile(ts.transpileModule(fs.readFileSync(file, 'utf8'), {
  fileName: file, compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
}).outputText, file);
require(process.argv[1]);`;

/** What child.ts reports of one scenario. */
export interface Report {
  name: string;
  error?: string;
  largestSetData: { bytes: number; route: string };
  apis: string[];
}

/**
 * Run one scenario on the build in `dist`, in a process of its own (child.ts): a page's chunk runs
 * once a process, and a new process is a new launch of the app, as on a phone. `phone` is added to
 * the scenario's own phone options (what only the test knows, such as a shelf built in a temp folder).
 */
export function runScenario(dist: string, name: string, phone?: PhoneOptions): Promise<Report> {
  const args = [path.join(__dirname, 'child.ts'), dist, name, ...(phone ? [JSON.stringify(phone)] : [])];
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-e', HOOK, ...args],
      { cwd: ROOT, timeout: 90_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const line = stdout.split('\n').find((l) => l.startsWith('@@weapp-report '));
        if (!line) return reject(new Error(`${name}: no report (${error?.message})\n${stderr.slice(-2000)}`));
        resolve(JSON.parse(line.slice('@@weapp-report '.length)) as Report);
      },
    );
  });
}
