import type { InstallDeps } from '../core/shelf/installVolume';
import { h5Fetcher, h5Sha256, IndexedDbStore } from './shelfH5';
import { weappFetcher, WeappFileStore, weappSha256 } from './shelfWeapp';

/**
 * The shelf's base URL from the build (`YEARBOOK_SHELF_URL`, config/index.ts), ending in `/`. H5
 * defaults to `./shelf/` beside the page, which `npm start` serves; a mini-program must be given an
 * https host on its downloadFile list, so it has no default (undefined: the 书架 says so).
 */
export function shelfBase(): string | undefined {
  const configured = process.env.YEARBOOK_SHELF_URL || (process.env.TARO_ENV === 'h5' ? './shelf/' : '');
  if (!configured) return undefined;
  return configured.endsWith('/') ? configured : `${configured}/`;
}

/** The platform's fetcher, store and hash for the shelf's installer. */
export function shelfDeps(base: string): Omit<InstallDeps, 'commit'> {
  if (process.env.TARO_ENV === 'h5')
    return { base, fetcher: h5Fetcher, store: new IndexedDbStore(), sha256: h5Sha256 };
  return { base, fetcher: weappFetcher, store: new WeappFileStore(), sha256: weappSha256 };
}
