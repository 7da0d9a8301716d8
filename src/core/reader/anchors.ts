/**
 * Ids the reader scrolls to. H5 keeps hidden pages in the document (the search page that opened
 * the reader draws hits too), and a lookup by an id another page also used found that page's
 * element first: so the reader's ids carry an `r` no other page uses, and every lookup is scoped
 * to the reader's own root (`scopedSelector`).
 */

/** Hit n of the open block (see `HitMap`). */
export function hitAnchor(hit: number): string {
  return `rhit-${hit}`;
}

/** A part of the open block in 条目阅读, numbered as `textParts` numbers them (-1 the title). */
export function partAnchor(part: number): string {
  return `rpart-${part < 0 ? 'title' : part}`;
}

/** A part of a block on a printed page in 页面浏览 (numbered as in `breaks`). */
export function pagePartAnchor(blockId: string, part: number): string {
  return `rpage-${blockId}-${part}`;
}

/** A selector finding an anchor only inside the reader root with id `scope`. */
export function scopedSelector(scope: string, anchor: string): string {
  return `#${scope} #${anchor}`;
}
