import type { Block } from '../volume/types';
import { textParts, type TextPart } from '../volume/model';
import { TextFilter } from './textFilter';
import type { DocSet } from './bitset';
import { foldedAway, foldText, foldWhole, printedForms } from './fold';
import type { DocMeta } from './indexData';
import { holdsAll } from './matching';
import { hasSurrogates, type SnippetSource } from './snippets';

/** Where the runtime reads a block's text to confirm literal matches and cut snippets. */
export type BlockSource = (id: string) => Block | undefined;

/** What is kept of a block once read: its parts joined by line breaks, and what folding changes in them. */
interface Read {
  /** The parts joined by "\n": a term never holds white space, so no match spans two parts. */
  printed: string;
  /** The characters of `printed` that folding changes (see `foldedAway`), by number: 0 for none. */
  away: number;
  /** `printed` folded, once a query needed it. */
  folded?: string;
  /** The parts snippets are cut from: every part but the title. */
  snippet: TextPart[];
  /** Where in `printed` each of those begins. */
  snippetStarts: number[];
  /** Whether the parts hold a surrogate (see `hasSurrogates`), once snippets were cut from them. */
  astral?: boolean;
}

/** A query term's forms in printed text (see `printedForms`), worked out once for each set of folded characters. */
interface TermForms {
  /** Whether the term has an ASCII character. */
  ascii: boolean;
  /** The term alone: its only form in text folding changes nothing Chinese of. */
  alone: string[];
  byAway: Array<string[] | false>;
}

/** Forms of a term tried in printed text before the text is folded instead (see `printedForms`). */
const MOST_FORMS = 8;

/**
 * The blocks' texts as a search reads them, cached by document number. Folding a block costs fifty
 * times a search of it, so a block in the simplified script is never folded to be searched: a folded
 * term is looked for in the printed text in each form folding could have made it from there (`,` as
 * `,` or `，` in text holding `，`). A block holding traditional characters is folded once, when it
 * is read: there most terms have many printed forms (委员会 as 委员会, 委員會, 委員会…), each a search.
 */
export class BlockTexts {
  private readonly read: Array<Read | undefined> = [];
  private readonly titles: string[] = [];
  /** Blocks read so far. */
  private readCount = 0;
  /** Built once every block is read. */
  private filter?: TextFilter;
  /** Each set of characters folding changes met in a block, by number; most blocks share a few. */
  private readonly aways: string[] = [''];
  private readonly awayNumbers = new Map<string, number>([['', 0]]);
  /** Whether a set folds some character to a Chinese one (the text has traditional characters). */
  private readonly awayHan: boolean[] = [false];
  /** The current query's terms: their forms by set of characters (`false`: too many, fold instead). */
  private forms = new Map<string, TermForms>();

  constructor(
    private readonly docs: DocMeta[],
    private readonly source: BlockSource,
  ) {}

  /** Whether every block's text has been read (none is in a category still to load). */
  everyRead(): boolean {
    return this.readCount === this.docs.length;
  }

  /**
   * The blocks that may hold `term` (folded, two units or more) by their text's pairs of characters
   * (see `TextFilter`); undefined until every block has been read.
   */
  mayHold(term: string): DocSet | undefined {
    return this.textFilter()?.mayHold(term);
  }

  /** The blocks holding a (folded) unit, exactly; undefined until every block has been read. */
  holdingUnit(unit: string): DocSet | undefined {
    return this.textFilter()?.holding(unit);
  }

  /**
   * A new query: forget the forms worked out for the last one, and read the blocks whose categories
   * arrived since (a lookup each), so the text filter is built once every block is at hand.
   */
  newQuery(): void {
    if (this.forms.size) this.forms = new Map();
    if (!this.everyRead())
      for (let doc = 0; doc < this.docs.length; doc++) if (!this.read[doc]) this.block(doc);
  }

  /** Whether the block's text holds every (folded) term; undefined when the block is not at hand. */
  holdsAll(doc: number, terms: string[]): boolean | undefined {
    const read = this.block(doc);
    if (!read) return undefined;
    if (read.away === 0) return holdsAll(terms, read.printed);
    if (read.folded !== undefined) return holdsAll(terms, read.folded);
    for (const term of terms) {
      const forms = this.formsIn(read.away, term);
      if (forms === undefined) return holdsAll(terms, this.folded(read));
      if (!holdsAny(forms, read.printed)) return false;
    }
    return true;
  }

  /**
   * What a block's snippets are cut from: the parts (not the title, which a result shows on its own),
   * the text they are searched in (printed, or folded when a term has too many printed forms) with
   * where each part begins in it, and the forms to mark. Undefined when the block is not at hand.
   */
  snippetSource(doc: number, terms: string[]): SnippetSource | undefined {
    const read = this.block(doc);
    if (!read) return undefined;
    let forms: string[] | undefined = terms;
    if (read.folded !== undefined) forms = undefined;
    else if (read.away !== 0) forms = this.formsOfAll(read.away, terms);
    const starts = read.snippetStarts;
    // Windows are cut from the printed parts, whichever text is searched: `printed` tells.
    const astral = (read.astral ??= hasSurrogates(read.printed));
    if (forms) return { text: read.printed, parts: read.snippet, starts, forms, astral };
    return { text: this.folded(read), parts: read.snippet, starts, forms: terms, astral };
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
    this.textFilter();
  }

  /** The text filter, built the first time it is asked for with every block read. */
  private textFilter(): TextFilter | undefined {
    if (!this.filter && this.everyRead())
      this.filter = TextFilter.build(this.read.map((r) => r?.printed ?? ''));
    return this.filter;
  }

  /** What the current query's term needs worked out once: its forms, by set of characters folding changes. */
  private entry(term: string): TermForms {
    let entry = this.forms.get(term);
    if (!entry) {
      let ascii = false;
      for (let i = 0; i < term.length && !ascii; i++) ascii = term.charCodeAt(i) < 0x80;
      entry = { ascii, alone: [term], byAway: [] };
      this.forms.set(term, entry);
    }
    return entry;
  }

  /**
   * Every term's forms in text of the set `away` (see `formsIn`), undefined when one has too many:
   * `terms` itself while each is its own only form (a Chinese term), no new list for each result.
   */
  private formsOfAll(away: number, terms: string[]): string[] | undefined {
    let forms = terms;
    for (let i = 0; i < terms.length; i++) {
      const these = this.formsIn(away, terms[i]);
      if (!these) return undefined;
      if (forms === terms && these.length === 1 && these[0] === terms[i]) continue;
      if (forms === terms) forms = terms.slice(0, i);
      forms.push(...these);
    }
    return forms;
  }

  private formsIn(away: number, term: string): string[] | undefined {
    const entry = this.entry(term);
    // A Chinese term meets full-width marks and capitals only through ASCII: itself, unless the text
    // has traditional characters.
    if (!entry.ascii && !this.awayHan[away]) return entry.alone;
    let forms = entry.byAway[away];
    if (forms === undefined)
      forms = entry.byAway[away] = printedForms(term, this.aways[away], MOST_FORMS) ?? false;
    return forms || undefined;
  }

  /** The set's number, the set sorted first: blocks holding the same characters share their forms. */
  private awayNumber(found: string): number {
    const away = found
      .split('\u0000')
      .map((part) => [...part].sort().join(''))
      .join('\u0000');
    let n = this.awayNumbers.get(away);
    if (n === undefined) {
      n = this.aways.push(away) - 1;
      this.awayNumbers.set(away, n);
      this.awayHan[n] = [...away.split('\u0000')[0]].some((ch) => foldText(ch).charCodeAt(0) >= 0x80);
    }
    return n;
  }

  private block(doc: number): Read | undefined {
    let read = this.read[doc];
    if (!read) {
      const block = this.blockAtHand(doc);
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
      read = { printed, away: this.awayNumber(foldedAway(printed)), snippet, snippetStarts };
      // Text printed in traditional characters meets a term in many printed forms (经济社会发 as
      // 經濟社會發, 經濟社会发…): folded once when read, it is searched as it is.
      if (this.awayHan[read.away]) read.folded = foldWhole(printed);
      this.read[doc] = read;
      this.readCount++;
    }
    return read;
  }

  /** The block from the source, or undefined when the source has not got it (or fails to give it). */
  private blockAtHand(doc: number): Block | undefined {
    try {
      return this.source(this.docs[doc].id);
    } catch {
      // Asked at every query until every block is read: a failing source must not fail the search.
      return undefined;
    }
  }

  private folded(read: Read): string {
    return (read.folded ??= foldText(read.printed));
  }
}

function holdsAny(forms: string[], text: string): boolean {
  for (const form of forms) if (text.includes(form)) return true;
  return false;
}
