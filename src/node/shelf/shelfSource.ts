import Ajv from 'ajv';
import YAML, { LineCounter, isMap, isNode, isPair, isScalar } from 'yaml';
import type { Problem } from '../errors';

/** `shelf.yml`: a series of yearbook volumes, newest first, one of them bundled with the app. */
export interface ShelfSource {
  id: string;
  title: string;
  volumes: ShelfSourceVolume[];
}

export interface ShelfSourceVolume {
  /** The volume source directory as written, relative to shelf.yml. */
  source: string;
  bundled: boolean;
  /** Where the entry is in shelf.yml, for problems found later (a missing directory, a year out of order). */
  line: number;
}

export const SHELF_SOURCE_FILE = 'shelf.yml';

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'volumes'],
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,29}$' },
    title: { type: 'string', minLength: 1 },
    volumes: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['source'],
        properties: { source: { type: 'string', minLength: 1 }, bundled: { type: 'boolean' } },
      },
    },
  },
} as const;

const HELP: Record<string, string> = {
  id: 'the series’ short lower-case name, such as shangcheng',
  title: 'the series’ title, such as 上城年鉴',
  volumes: 'a list, newest first, of `- source: <volume source directory>` (one with `bundled: true`)',
  source: 'the volume source directory (the one holding volume.yml), relative to shelf.yml',
  bundled: 'true for the one volume inside the app package, otherwise leave it out',
};

const validate = new Ajv({ allErrors: true }).compile(schema);

/** Parse and check shelf.yml's own structure; the volumes' directories are checked by readShelf. */
export function parseShelf(text: string, file: string): { shelf?: ShelfSource; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const problems: Problem[] = doc.errors.map((e) => ({
    file,
    line: e.linePos?.[0].line ?? 0,
    message: `not valid YAML: ${e.message.split('\n')[0]}`,
  }));
  if (problems.length) return { problems };
  /** The line of the node at `path`, or of its nearest ancestor that exists. */
  const lineAt = (path: Array<string | number>, key?: string): number => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (n === path.length && key && isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
        if (pair && isNode(pair.key) && pair.key.range) return lines.linePos(pair.key.range[0]).line;
      }
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return 1;
  };
  const data: unknown = doc.toJS();
  if (!validate(data)) {
    for (const error of validate.errors ?? []) {
      const path = error.instancePath
        .split('/')
        .slice(1)
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
      const params = error.params as { missingProperty?: string; additionalProperty?: string };
      const key = params.missingProperty ?? params.additionalProperty;
      const field = key ?? String(path.filter((p) => typeof p === 'string').pop() ?? '');
      const line = key ? lineAt(path, params.additionalProperty) : lineAt(path);
      const what =
        error.keyword === 'additionalProperties'
          ? `"${field}" is not a shelf field`
          : error.keyword === 'required'
            ? `"${field}" is missing`
            : `"${field || 'shelf.yml'}" ${error.message}`;
      problems.push({ file, line, message: `${what}${HELP[field] ? `: ${HELP[field]}` : ''}` });
    }
    return { problems };
  }
  const raw = data as { id: string; title: string; volumes: Array<{ source: string; bundled?: boolean }> };
  const volumes = raw.volumes.map((v, i) => ({
    source: v.source,
    bundled: v.bundled === true,
    line: lineAt(['volumes', i]),
  }));
  const bundled = volumes.filter((v) => v.bundled);
  if (bundled.length === 0)
    problems.push({
      file,
      line: lineAt([], 'volumes'),
      message:
        'no volume is marked `bundled: true`: mark the one the app package carries (usually the newest)',
    });
  for (const extra of bundled.slice(1))
    problems.push({
      file,
      line: extra.line,
      message: `a second volume is marked \`bundled: true\` (the first is on line ${bundled[0].line}): only one volume goes inside the app package`,
    });
  return problems.length ? { problems } : { shelf: { id: raw.id, title: raw.title, volumes }, problems };
}
