import type { Command } from 'commander';
import { buildVolume } from '../build/buildVolume';

/** `yearbook build`: a checked source → volume.json, the search index and the app's parts. */
export function addBuildCommand(cli: Command): void {
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
}
