/**
 * The search engine as the app opens it: one module, so that H5 can load it (with OpenCC's table)
 * as a chunk of its own when the search is first needed, and the contents page starts without it.
 */
export { PackedIndexData } from '../core/search/packedIndexData';
export { Search } from '../core/search/search';
export { prepareFolding } from '../core/search/fold';
