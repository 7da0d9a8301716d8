import Taro, { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import { FONT_SIZES, isNight, loadSettings, saveSettings, type Settings } from '../core/reader/settings';
import { taroStorage } from '../platform/storage';
import { systemDark } from '../platform/theme';
import { applyTabBarTheme } from './tabBarTheme';

/** Font size and night theme, remembered, re-read whenever a page shows (another page may have changed them). */
export function useSettings() {
  const [settings, setSettings] = useState<Settings>(() => loadSettings(taroStorage));
  useDidShow(() => setSettings(loadSettings(taroStorage)));
  const update = useCallback((next: Settings) => {
    saveSettings(taroStorage, next);
    setSettings(next);
  }, []);
  const night = isNight(settings, systemDark());
  useEffect(() => applyTabBarTheme(night), [night, settings]);
  return { settings, update, night, fontSize: Taro.pxTransform(FONT_SIZES[settings.fontStep]) };
}
