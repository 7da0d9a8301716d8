import fs from 'node:fs';
import path from 'node:path';
import { SCHEMA_VERSION, type Category, type Volume } from '../../core/volume/types';
import { brokenUtf8 } from '../encoding/decode';
import { InputError, type Problem } from '../errors';
import { assignIds } from './assignIds';
import { MANIFEST_FILE, parseManifest, type Manifest } from './manifest';
import { parseCategory, type Located } from './parseCategory';

type ParsedFile = { category: Category; file: string; located: Map<object, Located> };

/**
 * Read and check a volume source directory (volume.yml + one Markdown file per category). Every
 * problem in every file is collected before failing, so one `check` lists all of them.
 */
export function readSource(dir: string): Volume {
  const manifest = readManifest(dir);
  const { parsed, problems } = parseCategories(dir, manifest);
  problems.push(...assignIds(parsed));
  if (problems.length) throw new InputError(problems);
  const categories = parsed.map((p) => p.category);
  for (const category of categories) shiftPages(category, manifest.pageOffset);
  return {
    schemaVersion: SCHEMA_VERSION,
    id: manifest.id,
    title: manifest.title,
    year: manifest.year,
    publisher: manifest.publisher,
    place: manifest.place,
    ...(manifest.published ? { published: manifest.published } : {}),
    ...(manifest.editor ? { editor: manifest.editor } : {}),
    ...(manifest.edition ? { edition: manifest.edition } : {}),
    pageOffset: manifest.pageOffset,
    categories: categories.map(orderKeys),
  };
}

function readManifest(dir: string): Manifest {
  const manifestPath = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw InputError.at(
      dir,
      0,
      'not a directory: give the volume source directory (the one holding volume.yml)',
    );
  }
  if (!fs.existsSync(manifestPath))
    throw InputError.at(manifestPath, 0, 'missing: a volume source needs its manifest');
  const { manifest, problems } = parseManifest(readUtf8(manifestPath), manifestPath);
  if (!manifest) throw new InputError(problems);
  return manifest;
}

/** Every category file the manifest lists, parsed, with the problems of all of them. */
function parseCategories(dir: string, manifest: Manifest): { parsed: ParsedFile[]; problems: Problem[] } {
  const parsed: ParsedFile[] = [];
  const problems: Problem[] = [];
  for (const name of manifest.categories) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) {
      problems.push({
        file: path.join(dir, MANIFEST_FILE),
        line: 0,
        message: `the category file ${name} listed in categories does not exist`,
      });
      continue;
    }
    try {
      const result = parseCategory(readUtf8(file), file);
      problems.push(...result.problems);
      parsed.push({ category: result.category, file, located: result.located });
    } catch (error) {
      if (error instanceof InputError) problems.push(...error.problems);
      else throw error;
    }
  }
  return { parsed, problems };
}

/** Sources count PDF pages; the volume shows printed pages (PDF page + the manifest's pageOffset). */
function shiftPages(category: Category, offset: number): void {
  for (const section of category.sections) {
    for (const block of section.blocks) {
      block.pages = [block.pages[0] + offset, block.pages[1] + offset];
      if (block.kind !== 'figure' && block.breaks) {
        block.breaks = block.breaks.map(([i, o, p]) => [i, o, p + offset]);
      }
    }
  }
}

/** Key order fixed by construction, so the same source always serialises to the same bytes. */
function orderKeys(c: Category): Category {
  return {
    id: c.id,
    title: c.title,
    ...(c.subtitle ? { subtitle: c.subtitle } : {}),
    sections: c.sections.map((s) => ({
      id: s.id,
      title: s.title,
      blocks: s.blocks.map((b) => {
        if (b.kind === 'entry') {
          return {
            kind: b.kind,
            id: b.id,
            title: b.title,
            paragraphs: b.paragraphs,
            ...(b.credit ? { credit: b.credit } : {}),
            pages: b.pages,
            ...(b.breaks ? { breaks: b.breaks } : {}),
          };
        }
        if (b.kind === 'table') {
          return {
            kind: b.kind,
            id: b.id,
            number: b.number,
            title: b.title,
            columns: b.columns,
            rows: b.rows,
            ...(b.credit ? { credit: b.credit } : {}),
            pages: b.pages,
            ...(b.breaks ? { breaks: b.breaks } : {}),
          };
        }
        return {
          kind: b.kind,
          id: b.id,
          caption: b.caption,
          ...(b.credit ? { credit: b.credit } : {}),
          pages: b.pages,
        };
      }),
    })),
  };
}

/** Sources are UTF-8 (what every editor saves); a broken byte is reported with its line. */
export function readUtf8(file: string): string {
  const bytes = fs.readFileSync(file);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)).replace(/\r\n?/g, '\n');
  } catch {
    throw brokenUtf8(bytes, file);
  }
}
