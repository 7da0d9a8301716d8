import type { StorageAdapter } from './storage';

export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  /** Index into FONT_SIZES. */
  fontStep: number;
  theme: Theme;
}

/** Reading sizes in design pixels (750-wide design): 15 to 23 CSS pixels on a 375-pixel phone. */
export const FONT_SIZES = [30, 34, 38, 42, 46];
export const DEFAULT_SETTINGS: Settings = { fontStep: 1, theme: 'system' };
export const SETTINGS_KEY = 'zsnj.settings';

export function loadSettings(storage: StorageAdapter): Settings {
  let raw: unknown;
  try {
    raw = storage.get(SETTINGS_KEY);
  } catch {
    return DEFAULT_SETTINGS;
  }
  const s = (raw ?? {}) as Partial<Settings>;
  const fontStep =
    Number.isInteger(s.fontStep) && (s.fontStep as number) >= 0 && (s.fontStep as number) < FONT_SIZES.length
      ? (s.fontStep as number)
      : DEFAULT_SETTINGS.fontStep;
  const theme =
    s.theme === 'light' || s.theme === 'dark' || s.theme === 'system' ? s.theme : DEFAULT_SETTINGS.theme;
  return { fontStep, theme };
}

export function saveSettings(storage: StorageAdapter, settings: Settings): void {
  try {
    storage.set(SETTINGS_KEY, settings);
  } catch {
    // Settings are a convenience: a full storage must not stop reading.
  }
}

/** Night theme when chosen, or when following a system that reports dark mode. */
export function isNight(settings: Settings, systemDark: boolean): boolean {
  return settings.theme === 'dark' || (settings.theme === 'system' && systemDark);
}

export function stepFont(settings: Settings, delta: number): Settings {
  return { ...settings, fontStep: Math.min(FONT_SIZES.length - 1, Math.max(0, settings.fontStep + delta)) };
}
