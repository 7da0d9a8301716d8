import fs from 'node:fs';
import path from 'node:path';

const DOC = path.resolve(__dirname, '../../docs/benchmarks.md');

/**
 * Replace one benchmark's section of docs/benchmarks.md (between `<!-- name -->` and
 * `<!-- /name -->`), or append it, leaving the other benchmarks' sections as they were.
 */
export function writeBenchSection(name: string, report: string): void {
  const start = `<!-- ${name} -->`;
  const end = `<!-- /${name} -->`;
  const previous = fs.existsSync(DOC) ? fs.readFileSync(DOC, 'utf8') : '# Benchmarks\n';
  const section = `${start}\n${report}${end}`;
  const next =
    previous.includes(start) && previous.includes(end)
      ? previous.slice(0, previous.indexOf(start)) +
        section +
        previous.slice(previous.indexOf(end) + end.length)
      : `${previous.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(DOC, next);
}
