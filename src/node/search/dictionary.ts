import fs from 'node:fs';
import path from 'node:path';
import type { Volume } from '../../core/volume/types';
import { blockTitle, blocksInOrder } from '../../core/volume/model';
import { foldText } from '../../core/search/fold';

export const DOMAIN_DICTIONARY = path.join(__dirname, '../../../data/dict/domain.txt');

const HAN_WORD = /^[\p{Script=Han}]{2,10}$/u;

/**
 * Words jieba should keep whole for this volume: its section names, short entry titles, terms in
 * quotation marks “…” and names in 《…》 — the phrases a reader is likely to type.
 */
export function volumeWords(volume: Volume): string[] {
  const words = new Set<string>();
  const add = (w: string) => {
    // Folded as the text jieba cuts is folded (a title printed in traditional characters included).
    const word = foldText(w.trim());
    if (HAN_WORD.test(word)) words.add(word);
  };
  for (const c of volume.categories) {
    add(c.title);
    for (const s of c.sections) add(s.title);
  }
  for (const { block } of blocksInOrder(volume)) {
    const texts =
      block.kind === 'entry'
        ? [block.title, ...block.paragraphs]
        : block.kind === 'table'
          ? [block.title, ...block.rows.flat()]
          : [block.caption];
    if (block.kind === 'entry') add(block.title);
    for (const text of texts) {
      for (const m of text.matchAll(/“([^“”]{2,10})”/g)) add(m[1]);
      for (const m of text.matchAll(/《([^《》]{2,10})》/g)) add(m[1]);
    }
  }
  return [...words].sort();
}

/**
 * Every text of a volume the search index segments (buildIndex's fields: titles of categories,
 * sections and blocks, paragraphs, table cells, captions, credits), for a Segmenter to load only
 * the dictionary words they hold.
 */
export function volumeTexts(volume: Volume): string[] {
  const texts: string[] = [];
  for (const c of volume.categories) {
    texts.push(c.title);
    for (const s of c.sections) texts.push(s.title);
  }
  for (const { block } of blocksInOrder(volume)) {
    texts.push(blockTitle(block));
    if (block.credit) texts.push(block.credit);
    if (block.kind === 'entry') texts.push(...block.paragraphs);
    else if (block.kind === 'table') texts.push(...block.columns, ...block.rows.flat());
    else texts.push(block.caption);
  }
  return texts;
}

/** The committed domain dictionary's words ("词 [词频] [词性]" lines; # starts a comment). */
export function domainLines(file = DOMAIN_DICTIONARY): string[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}
