import Taro from '@tarojs/taro';
import type { StorageAdapter } from '../core/reader/storage';

/** Taro's synchronous storage (localStorage in H5, wx storage in WeChat) behind the core's interface. */
export const taroStorage: StorageAdapter = {
  get(key) {
    const value = Taro.getStorageSync(key);
    return value === '' ? undefined : value;
  },
  set(key, value) {
    Taro.setStorageSync(key, value);
  },
  remove(key) {
    Taro.removeStorageSync(key);
  },
};
