import Ajv from 'ajv';
import YAML from 'yaml';
import type { VolumeFacts } from '../../core/volume/types';
import type { Problem } from '../errors';

/** `volume.yml`: the facts of the printed book and the order of its category files. */
export interface Manifest extends VolumeFacts {
  categories: string[];
}

export const MANIFEST_FILE = 'volume.yml';

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'year', 'publisher', 'place', 'categories'],
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,29}$' },
    title: { type: 'string', minLength: 1 },
    year: { type: 'integer', minimum: 1900, maximum: 2200 },
    publisher: { type: 'string', minLength: 1 },
    place: { type: 'string', minLength: 1 },
    published: { type: 'integer', minimum: 1900, maximum: 2200 },
    editor: { type: 'string', minLength: 1 },
    edition: { type: 'string' },
    pageOffset: { type: 'integer' },
    categories: { type: 'array', minItems: 1, items: { type: 'string', pattern: '\\.md$' } },
  },
} as const;

const HELP: Record<string, string> = {
  id: 'a short lower-case name such as shangcheng-2019',
  title: 'the title printed on the cover, such as 上城年鉴（2019）',
  year: 'the year the volume records, such as 2018',
  publisher: 'the publisher, such as 方志出版社',
  place: 'the place of publication, such as 北京',
  published: 'the year the book was published, such as 2019',
  editor: 'who compiled the volume (编者), such as 上城区地方志编纂委员会',
  pageOffset: 'a whole number: printed page = PDF page + pageOffset',
  categories: 'the category files in reading order, such as [01-上城区人民政府.md]',
};

const validate = new Ajv({ allErrors: true }).compile(schema);

export function parseManifest(text: string, file: string): { manifest?: Manifest; problems: Problem[] } {
  const doc = YAML.parseDocument(text);
  const problems: Problem[] = doc.errors.map((e) => ({
    file,
    line: e.linePos?.[0].line ?? 0,
    message: `not valid YAML: ${e.message.split('\n')[0]}`,
  }));
  if (problems.length) return { problems };
  const data: unknown = doc.toJS();
  if (!validate(data)) {
    for (const error of validate.errors ?? []) {
      const field =
        (error.params as { missingProperty?: string; additionalProperty?: string }).missingProperty ??
        (error.params as { additionalProperty?: string }).additionalProperty ??
        error.instancePath.split('/')[1] ??
        '';
      const line = lineOfKey(text, field);
      const what =
        error.keyword === 'additionalProperties'
          ? `"${field}" is not a manifest field`
          : `"${field}" ${error.message}`;
      problems.push({ file, line, message: `${what}${HELP[field] ? `: ${HELP[field]}` : ''}` });
    }
    return { problems };
  }
  const m = data as Manifest;
  return { manifest: { ...m, pageOffset: m.pageOffset ?? 0 }, problems };
}

function lineOfKey(text: string, key: string): number {
  if (!key) return 0;
  const index = text.split('\n').findIndex((l) => new RegExp(`^${key}\\s*:`).test(l));
  return index + 1;
}

export function writeManifest(m: Manifest): string {
  const doc = new YAML.Document({
    id: m.id,
    title: m.title,
    year: m.year,
    publisher: m.publisher,
    place: m.place,
    ...(m.published ? { published: m.published } : {}),
    ...(m.editor ? { editor: m.editor } : {}),
    ...(m.edition ? { edition: m.edition } : {}),
    pageOffset: m.pageOffset,
    categories: m.categories,
  });
  doc.commentBefore =
    ' 卷册信息: the facts of the printed volume. pageOffset: printed page = PDF page + pageOffset.\n' +
    ' categories: the category (类目) files in reading order.';
  return doc.toString();
}
