import Taro from '@tarojs/taro';
import type { StorageAdapter } from '../core/reader/storage';

/**
 * Taro's synchronous storage (localStorage in H5, wx storage in WeChat) behind the core's interface.
 * In H5, Taro answers '' for a record it cannot parse; the raw text is handed on instead, so the
 * core sets it aside rather than overwriting it.
 */
export const taroStorage: StorageAdapter = {
  get(key) {
    const value = Taro.getStorageSync(key);
    if (value === '' && process.env.TARO_ENV === 'h5' && typeof localStorage !== 'undefined') {
      const raw = localStorage.getItem(key);
      if (raw) return { unreadable: raw };
    }
    return value === '' ? undefined : value;
  },
  set(key, value) {
    Taro.setStorageSync(key, value);
  },
  remove(key) {
    Taro.removeStorageSync(key);
  },
};
