import { taroStorage } from '../platform/storage';
import { isBundled } from './volumes';

/** The volume the 目录 tab shows, remembered across launches (absent: the bundled volume). */
const CURRENT_KEY = 'zsnj.volume';

/**
 * The volume the reader chose last (on the 书架 or the contents page's 切换年份). A tab page opened
 * with switchTab gets no URL parameters in WeChat, so the choice lives here, not only in the URL.
 */
export function currentVolume(): string | undefined {
  try {
    const id = taroStorage.get(CURRENT_KEY);
    return typeof id === 'string' && !isBundled(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/** Remember the volume the contents page shows next (undefined: the bundled volume). */
export function chooseVolume(id: string | undefined): void {
  try {
    if (isBundled(id)) taroStorage.remove(CURRENT_KEY);
    else taroStorage.set(CURRENT_KEY, id);
  } catch {
    // Not remembering the choice only means the contents page shows the bundled volume next time.
  }
}
