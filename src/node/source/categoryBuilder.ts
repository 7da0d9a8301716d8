import type Token from 'markdown-it/lib/token.mjs';
import type { Block, Category, Entry, Section } from '../../core/volume/types';
import { ID_PATTERN } from '../../core/volume/ids';
import type { Problem } from '../errors';
import { blockOfHeading, headingText } from './blockHeading';
import { creditOf } from './credit';
import { inlineText, type InlineText } from './inlineText';
import { PAGE_MARK } from './markdownText';
import { PageTracker } from './pageTracker';
import { fillTable } from './tableBlock';

/** Where each parsed thing stood in the source, for messages and for ids the editor fixed. */
export interface Located {
  line: number;
  explicitId?: string;
}

/** A category file read: the category, where each part stood, and every problem found. */
export interface ParsedCategory {
  category: Category;
  located: Map<object, Located>;
  problems: Problem[];
}

type Heading = ReturnType<typeof headingText>;

/**
 * Builds one category from the blocks a walk over its Markdown hands it, in order: headings open the
 * category, its sections and their blocks; paragraphs fill the open entry (or give the category's
 * subtitle, or close a block with its credit); tables fill the open 表; page marks turn the page.
 * Anything out of place becomes a problem naming its line, and the build goes on to find the next.
 */
export class CategoryBuilder {
  private category: Category | undefined;
  private section: Section | undefined;
  /** The entry, table or photo that text, rows and credits go to. */
  private block: Block | undefined;
  /** The open block's credit is read: it closes the block, so nothing may follow it. */
  private credited = false;
  /** The last ### heading was not a block: its text was reported there, not once more a paragraph. */
  private badHeading = false;
  private readonly pages = new PageTracker();
  private readonly located = new Map<object, Located>();
  private readonly problems: Problem[] = [];

  constructor(
    private readonly file: string,
    private readonly lines: string[],
  ) {}

  /** `#` category, `##` section, `###` entry, table or photo. */
  heading(level: number, inline: Token, line: number): void {
    const heading = headingText(this.read(inline).text);
    const id = heading.explicitId;
    if (id !== undefined && !ID_PATTERN.test(id)) {
      this.problem(line, `the id {#${id}} must be 1–24 lower-case letters, digits or hyphens`);
    }
    if (level === 1) return this.categoryHeading(heading, line);
    if (!this.category) return this.problem(line, 'a heading before the category heading "# 类目名称"');
    if (level === 2) return this.sectionHeading(this.category, heading, line);
    if (level > 3) {
      return this.problem(
        line,
        `heading level ${level} is not used: # category, ## section, ### 【entry】, 表 N or 图`,
      );
    }
    this.blockHeading(this.category, heading, line);
  }

  /** A paragraph: the category's subtitle, a line of the open entry, or the credit closing a block. */
  paragraph(inline: Token, line: number): void {
    const startPage = this.pages.takePending();
    const content = this.read(inline);
    if (!this.category) return this.problem(line, 'text before the category heading "# 类目名称"');
    if (!this.section && !this.block && this.category.subtitle === undefined) {
      this.category.subtitle = content.text;
      return;
    }
    if (!this.block) {
      if (this.badHeading) return; // Already reported at the heading; its text would only repeat the report.
      return this.problem(line, 'text outside a block: start an entry with ### 【标题】 above it');
    }
    if (this.credited) {
      return this.problem(
        line,
        'text after the credit （…）: the credit closes its block, so move it to the end',
      );
    }
    const credit = creditOf(content.text);
    if (credit !== undefined) {
      this.block.credit = credit;
      this.credited = true;
      return;
    }
    if (this.block.kind !== 'entry') {
      const kind = this.block.kind === 'table' ? 'table' : 'photo';
      return this.problem(
        line,
        `text after a ${kind} must be its credit （…）; start an entry with ### 【标题】`,
      );
    }
    this.entryParagraph(this.block, content, startPage);
  }

  /** The GFM table under a `### 表 N` heading. */
  table(group: Token[], line: number): void {
    const block = this.block;
    if (block?.kind !== 'table' || block.columns.length > 0) {
      return this.problem(line, 'a table needs its own heading above it: ### 表 N　标题');
    }
    for (const [at, message] of fillTable(block, group, { lines: this.lines, line }, this.pages)) {
      this.problem(at, message);
    }
  }

  /** HTML on its own lines: a page mark between blocks, or a mistake. */
  htmlBlock(content: string, line: number): void {
    const mark = PAGE_MARK.exec(content.trim());
    if (mark) this.pages.markBetweenBlocks(Number(mark[1]));
    else this.problem(line, 'HTML is not part of a volume source; write it as text (escape < as \\<)');
  }

  /** Markdown a volume source does not use, with what to write instead. */
  unsupported(message: string, line: number): void {
    this.problem(line, message);
  }

  /** The category, once the walk is over. */
  finish(): ParsedCategory {
    this.closeBlock();
    if (!this.category) {
      this.problem(0, 'no category heading: a category file starts with "# 类目名称"');
      this.category = { id: '', title: '', sections: [] };
    }
    return { category: this.category, located: this.located, problems: this.problems };
  }

  private categoryHeading(heading: Heading, line: number): void {
    if (this.category) return this.problem(line, 'a second category heading (#): one category per file');
    this.category = { id: '', title: heading.text, sections: [] };
    this.located.set(this.category, { line, explicitId: heading.explicitId });
  }

  private sectionHeading(category: Category, heading: Heading, line: number): void {
    this.closeBlock();
    this.badHeading = false;
    this.section = { id: '', title: heading.text, blocks: [] };
    category.sections.push(this.section);
    this.located.set(this.section, { line, explicitId: heading.explicitId });
  }

  private blockHeading(category: Category, heading: Heading, line: number): void {
    this.closeBlock();
    this.badHeading = false;
    this.block = blockOfHeading(heading, this.pages.startBlock());
    if (!this.block) {
      this.badHeading = true;
      return this.problem(
        line,
        `"### ${heading.text}" is not a block: write an entry as ### 【标题】, a table as ### 表 4　标题, a photo as ### 图　说明`,
      );
    }
    this.credited = false;
    if (!this.section) {
      // Blocks before the first ## heading belong to a section without a title.
      this.section = { id: '', title: '', blocks: [] };
      category.sections.push(this.section);
      this.located.set(this.section, { line });
    }
    this.section.blocks.push(this.block);
    this.located.set(this.block, { line, explicitId: heading.explicitId });
  }

  private entryParagraph(entry: Entry, content: InlineText, startPage: number | undefined): void {
    this.pages.paragraph(entry, entry.paragraphs.length, startPage, content.marks);
    entry.paragraphs.push(content.text);
  }

  private closeBlock(): void {
    const block = this.block;
    if (block?.kind === 'entry' && block.paragraphs.length === 0) {
      this.problem(
        this.located.get(block)?.line ?? 0,
        `the entry 【${block.title}】 has no text; write its text below the title or delete it`,
      );
    }
    if (block?.kind === 'table' && block.columns.length === 0) {
      this.problem(
        this.located.get(block)?.line ?? 0,
        `表 ${block.number} has no table below its heading; write it as a table (| 列 | 列 |, then | --- | --- |) or delete the heading`,
      );
    }
    this.block = undefined;
  }

  /** The text of an inline token; its page marks turn the page. */
  private read(inline: Token): InlineText {
    const content = inlineText(inline);
    this.pages.pass(content.marks);
    return content;
  }

  private problem(line: number, message: string): void {
    this.problems.push({ file: this.file, line, message });
  }
}
