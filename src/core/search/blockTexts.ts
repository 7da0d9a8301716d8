import type { Block } from '../volume/types';
import { textParts, type TextPart } from '../volume/model';
import { foldedAway, foldText, printedForms } from './fold';
import type { DocMeta } from './indexData';
import { holdsAll } from './matching';

/** Where the runtime reads a block's text to confirm literal matches and cut snippets. */
export type BlockSource = (id: string) => Block | undefined;

/** A part of a block's text (see `textParts`) with its folded form, the same length. */
export type FoldedPart = TextPart & { folded: string };

/** What is kept of a block once read: its parts joined by line breaks, and what folding changes in them. */
interface Read {
  /** The parts joined by "\n": a term never holds white space, so no match spans two parts. */
  printed: string;
  /** The characters of `printed` that folding changes (see `foldedAway`): "" for most blocks' Latin. */
  away: string;
  /** `printed` folded, once a query needed it. */
  folded?: string;
  /** The parts snippets are cut from: every part but the title. */
  snippet: TextPart[];
  /** Where in `printed` each of those begins. */
  snippetStarts: number[];
  /** Those parts with their printed text as `folded` (matched through `printedForms`). */
  plain?: FoldedPart[];
  /** Those parts with their folded forms. */
  foldedParts?: FoldedPart[];
}

/** Forms of a term tried in printed text before the text is folded instead (see `printedForms`). */
const MOST_FORMS = 8;

/** Snippet parts and the forms to mark in them (folded forms, or the terms' printed forms). */
export interface SnippetSource {
  parts: FoldedPart[];
  forms: string[];
}

/**
 * The blocks' texts as a search reads them, cached by document number. Folding a block costs fifty
 * times a search of it, so a block is never folded to be searched: a folded term is looked for in
 * the printed text in each form folding could have made it from there (`,` as `,` or `，` in text
 * holding `，`; 委员会 as 委员会 or 委員會 in text printed with 委員會). Only a long term in text
 * of both scripts, with too many such forms, has the text folded.
 */
export class BlockTexts {
  private readonly read: Array<Read | undefined> = [];
  private readonly titles: string[] = [];
  /** Forms of each term for each set of characters folding changes, for the current query. */
  private forms = new Map<string, string[] | undefined>();

  constructor(
    private readonly docs: DocMeta[],
    private readonly source: BlockSource,
  ) {}

  /** A new query: forget the forms worked out for the last one. */
  newQuery(): void {
    if (this.forms.size) this.forms = new Map();
  }

  /** Whether the block's text holds every (folded) term; undefined when the block is not at hand. */
  holdsAll(doc: number, terms: string[]): boolean | undefined {
    const read = this.block(doc);
    if (!read) return undefined;
    if (read.away === '') return holdsAll(terms, read.printed);
    for (const term of terms) {
      const forms = this.formsIn(read.away, term);
      if (forms === undefined) return holdsAll(terms, this.folded(read));
      if (!holdsAny(forms, read.printed)) return false;
    }
    return true;
  }

  /**
   * The parts snippets are cut from (not the title, which a result shows on its own) from the first
   * one holding any of `terms` on, and the forms to mark in them: a table's rows before its first hit
   * are never looked at. Undefined when the block is not at hand.
   */
  snippetSource(doc: number, terms: string[]): SnippetSource | undefined {
    const read = this.block(doc);
    if (!read) return undefined;
    let forms: string[] | undefined = terms;
    if (read.away !== '') {
      forms = [];
      for (const term of terms) {
        const these = this.formsIn(read.away, term);
        if (!these) {
          forms = undefined;
          break;
        }
        forms.push(...these);
      }
    }
    const text = forms ? read.printed : this.folded(read);
    const parts = forms
      ? (read.plain ??= this.plainParts(read))
      : (read.foldedParts ??= this.foldParts(read));
    const marked = forms ?? terms;
    const starts = read.snippetStarts;
    if (parts.length === 0) return { parts, forms: marked };
    let first = -1;
    for (const form of marked) {
      if (!form) continue;
      const at = text.indexOf(form, starts[0]);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    if (first < 0) return { parts: [], forms: marked };
    // The last part beginning at or before the first hit.
    let lo = 0;
    let hi = parts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= first) lo = mid;
      else hi = mid - 1;
    }
    return { parts: lo === 0 ? parts : parts.slice(lo), forms: marked };
  }

  /** The block's title as shown, folded. */
  foldedTitle(doc: number): string {
    return (this.titles[doc] ??= foldText(this.docs[doc].title));
  }

  /**
   * Read every block at hand and fold every title now, when the index opens: the first queries then
   * confirm matches in text already read, as a scan would after its load. Blocks not at hand yet (a
   * category still loading) are read when a query first needs them.
   */
  prepare(): void {
    for (let doc = 0; doc < this.docs.length; doc++) {
      this.foldedTitle(doc);
      this.block(doc);
    }
  }

  private formsIn(away: string, term: string): string[] | undefined {
    const key = `${away}\u0000${term}`;
    if (this.forms.has(key)) return this.forms.get(key);
    const forms = printedForms(term, away, MOST_FORMS);
    this.forms.set(key, forms);
    return forms;
  }

  private block(doc: number): Read | undefined {
    let read = this.read[doc];
    if (!read) {
      const block = this.source(this.docs[doc].id);
      if (!block) return undefined;
      const parts = textParts(block);
      const printed = parts.map((p) => p.text).join('\n');
      const title = this.docs[doc].title;
      const snippet: TextPart[] = [];
      const snippetStarts: number[] = [];
      let at = 0;
      for (const p of parts) {
        if (p.index !== -1 && p.text !== title) {
          snippet.push(p);
          snippetStarts.push(at);
        }
        at += p.text.length + 1;
      }
      read = { printed, away: foldedAway(printed), snippet, snippetStarts };
      this.read[doc] = read;
    }
    return read;
  }

  private plainParts(read: Read): FoldedPart[] {
    return read.snippet.map((p) => ({ ...p, folded: p.text }));
  }

  /** Each part's folded text is a slice of the block's: one new string a block, not one a part. */
  private foldParts(read: Read): FoldedPart[] {
    const joined = this.folded(read);
    const starts = read.snippetStarts;
    return read.snippet.map((p, i) => ({
      ...p,
      folded: joined.slice(starts[i], starts[i] + p.text.length),
    }));
  }

  private folded(read: Read): string {
    return (read.folded ??= foldText(read.printed));
  }
}

function holdsAny(forms: string[], text: string): boolean {
  for (const form of forms) if (text.includes(form)) return true;
  return false;
}
