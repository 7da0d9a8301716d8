/**
 * The search engine as the app opens it: one module, so that H5 can load it as a chunk of its own when
 * the search is first needed (or a link opens an entry at a query's hits), and the contents and the
 * reader start without it.
 */
export { PackedIndexData } from '../core/search/packedIndexData';
export { Search, termVariants } from '../core/search/search';

/**
 * Nothing to prepare any more: folding (traditional → simplified included) is a table built with the
 * module. Kept so that callers written for OpenCC's table still work.
 */
export function prepareFolding(): void {}
