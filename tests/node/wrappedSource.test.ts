import fs from 'node:fs';
import path from 'node:path';
import { buildFiles } from '../../src/node/build/buildVolume';
import { SEED_SOURCE, tempDir } from '../helpers/paths';

const WIDTH = 30;

/** A page mark or an escape is one unit: a line break never falls inside either. */
const UNIT = /<!--\s*page\s+\d+\s*-->|\\[\s\S]|[\s\S]/gu;
const PAGE_MARK = /^<!--/;
/** Han or full-width punctuation: a line may start with it without Markdown reading it as syntax. */
const CJK = /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026\u00b7]$/u;

/**
 * Wrap one paragraph line the way an editor's "hard wrap at 30" would, breaking only where the
 * documented rule promises the line break joins away to nothing: before a Chinese character or mark
 * (so never between two Latin characters, never next to a space, never before a page mark, which on a
 * line's start would read as an HTML block), and never inside a page mark or an escape.
 */
function wrapParagraph(line: string): string[] {
  const units = line.match(UNIT) ?? [];
  const out: string[] = [];
  let current = '';
  let width = 0;
  units.forEach((unit, i) => {
    const before = units[i - 1];
    const breakable = width >= WIDTH && CJK.test(unit) && before !== undefined && !/^\s$/.test(before);
    if (breakable) {
      out.push(current);
      current = '';
      width = 0;
    }
    current += unit;
    if (!PAGE_MARK.test(unit)) width++;
  });
  return [...out, current];
}

/** Every paragraph line of a category file wrapped; headings, tables, page-mark lines and blanks kept. */
function wrapCategory(markdown: string): string {
  return markdown
    .split('\n')
    .flatMap((line) => (line === '' || /^(#|\||<!--)/.test(line) ? [line] : wrapParagraph(line)))
    .join('\n');
}

describe('a source whose paragraphs an editor wrapped over several lines', () => {
  const dir = tempDir('yearbook-wrapped-');
  for (const name of fs.readdirSync(SEED_SOURCE)) {
    const text = fs.readFileSync(path.join(SEED_SOURCE, name), 'utf8');
    fs.writeFileSync(path.join(dir, name), name.endsWith('.md') ? wrapCategory(text) : text);
  }
  const category = fs.readdirSync(SEED_SOURCE).find((n) => n.endsWith('.md')) as string;
  const original = fs.readFileSync(path.join(SEED_SOURCE, category), 'utf8');
  const wrapped = fs.readFileSync(path.join(dir, category), 'utf8');

  it('really is wrapped, with page marks in the middle of wrapped paragraphs', () => {
    const lines = wrapped.split('\n');
    expect(lines.length).toBeGreaterThan(original.split('\n').length + 300);
    const longest = Math.max(...lines.filter((l) => !/^(#|\|)/.test(l)).map((l) => [...l].length));
    expect(longest).toBeLessThan(WIDTH + 20);
    // A page mark after the first line of its paragraph: the case the parser once counted wrongly.
    const marksAfterWrap = wrapped.split('\n\n').filter((p) => /\n[^\n]*<!-- page \d+ -->/.test(p));
    expect(marksAfterWrap.length).toBeGreaterThanOrEqual(3);
  });

  it('builds a byte-identical volume.json', () => {
    const expected = buildFiles(SEED_SOURCE, { index: false });
    const built = buildFiles(dir, { index: false });
    expect(built.volume).toEqual(expected.volume); // the readable difference, should there be one
    expect(built.files['volume.json']).toBe(expected.files['volume.json']);
  });
});
