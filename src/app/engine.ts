/**
 * The search engine as the app opens it: one module, so that H5 can load it (with OpenCC's table)
 * as a chunk of its own when the search is first needed (or a link opens an entry at a query's
 * hits), and the contents and the reader start without it.
 */
export { PackedIndexData } from '../core/search/packedIndexData';
export { Search, termVariants } from '../core/search/search';
export { prepareFolding } from '../core/search/simplify';
