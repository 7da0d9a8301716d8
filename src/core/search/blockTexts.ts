import type { Block } from '../volume/types';
import { textParts, type TextPart } from '../volume/model';
import { foldText, hasTraditional } from './fold';
import type { DocMeta } from './indexData';

/** Where the runtime reads a block's text to confirm literal matches and cut snippets. */
export type BlockSource = (id: string) => Block | undefined;

/** A part of a block's text (see `textParts`) with its folded form, the same length. */
export type FoldedPart = TextPart & { folded: string };

/** What is kept of a block once read: its parts, printed and folded, joined by line breaks. */
interface Read {
  parts: TextPart[];
  /** The parts joined by "\n": a term never holds white space, so no match spans two parts. */
  printed: string;
  /** `printed` folded; the same string when folding changes nothing but case and width is not needed. */
  folded?: string;
  /** Whether the text has traditional characters (then even a Chinese query needs the folded text). */
  traditional: boolean;
}

/**
 * The blocks' texts as a search reads them, cached by document number. Folding is the costly part
 * of a first search on a phone (hundreds of blocks confirmed), so it is done only where it can change
 * the answer: for a query with Latin letters or digits (case and width), or a block printed with
 * traditional characters. Otherwise the printed text is the folded text for the query's purposes.
 */
export class BlockTexts {
  private readonly read = new Map<number, Read>();
  private readonly titles: string[] = [];

  constructor(
    private readonly docs: DocMeta[],
    private readonly source: BlockSource,
  ) {}

  /** The text a literal match is confirmed in; undefined when the block is not at hand. */
  forMatching(doc: number, ascii: boolean): string | undefined {
    const read = this.block(doc);
    if (!read) return undefined;
    return ascii || read.traditional ? this.folded(read) : read.printed;
  }

  /** The parts with their folded forms, for snippets; undefined when the block is not at hand. */
  parts(doc: number, ascii: boolean): FoldedPart[] | undefined {
    const read = this.block(doc);
    if (!read) return undefined;
    if (!ascii && !read.traditional) return read.parts.map((p) => ({ ...p, folded: p.text }));
    // Each part's folded text is a slice of the block's: one new string a block, not one a part.
    const joined = this.folded(read);
    let at = 0;
    return read.parts.map((p) => {
      const folded = joined.slice(at, at + p.text.length);
      at += p.text.length + 1;
      return { ...p, folded };
    });
  }

  /** The block's title as shown, folded. */
  foldedTitle(doc: number): string {
    return (this.titles[doc] ??= foldText(this.docs[doc].title));
  }

  /** Fold every title now (when the index opens): a one-character query ranks nearly every block. */
  prepareTitles(): void {
    for (let doc = 0; doc < this.docs.length; doc++) this.foldedTitle(doc);
  }

  private block(doc: number): Read | undefined {
    let read = this.read.get(doc);
    if (!read) {
      const block = this.source(this.docs[doc].id);
      if (!block) return undefined;
      const parts = textParts(block);
      const printed = parts.map((p) => p.text).join('\n');
      read = { parts, printed, traditional: hasTraditional(printed) };
      this.read.set(doc, read);
    }
    return read;
  }

  private folded(read: Read): string {
    return (read.folded ??= foldText(read.printed));
  }
}
