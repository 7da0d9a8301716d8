import fs from 'node:fs';
import path from 'node:path';
import { recordedDownload, userFiles, USER_DATA_PATH, type Faults, type ServedShelf } from './recordedFiles';

/** One call the app made to `wx`: the API's name and its first argument. */
export interface WxCall {
  api: string;
  arg: unknown;
}

/** What a scenario may change about the phone before the app starts. */
export interface PhoneOptions {
  /** The clipboard is not declared in the privacy guide: setClipboardData fails as WeChat's does. */
  clipboardRefused?: boolean;
  /** loadSubpackage fails for these roots ('*': every one) even when the build has them (no network). */
  offline?: Set<string>;
  /** The launch scene (1154: opened from Moments). */
  scene?: number;
  /** `downloadFile` answers from this built shelf; USER_DATA_PATH is a real folder (the 书架). */
  shelf?: ServedShelf;
}

type Callbacks = {
  success?: (r: unknown) => void;
  fail?: (e: unknown) => void;
  complete?: (r: unknown) => void;
};

/** Answer a WeChat-style async call: success or fail, then complete, a tick later as on a phone. */
function settle(o: Callbacks | undefined, error: unknown, result: unknown = { errMsg: 'ok' }): void {
  setTimeout(() => {
    if (error) o?.fail?.(error);
    else o?.success?.(result);
    o?.complete?.(error ?? result);
  }, 0);
}

/**
 * A `wx` that records every call and answers the ones the reader uses as a phone would: storage in
 * memory, a clipboard, toasts and modals, navigation (left for the harness to follow), and the
 * build's own files for `loadSubpackage` and `getFileSystemManager().readFileSync`; with
 * `options.shelf`, `downloadFile` and the user's files too (recordedFiles.ts).
 */
export function recordedWx(dist: string, options: PhoneOptions) {
  const calls: WxCall[] = [];
  const storage = new Map<string, unknown>();
  const loaded = new Set<string>();
  const state = { clipboard: '' };
  const offline = new Set(options.offline ?? []);
  const appJson = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'));
  const roots: string[] = (appJson.subPackages ?? appJson.subpackages ?? []).map((s: { root: string }) =>
    s.root.replace(/\/$/, ''),
  );
  const inSubpackage = (file: string) => roots.find((r) => file.startsWith(`${r}/`));
  const faults: Faults = new Map();
  const files = options.shelf && userFiles(options.shelf);

  const api: Record<string, (o?: unknown, ...rest: unknown[]) => unknown> = {
    getStorageSync: (key) => storage.get(key as string) ?? '',
    setStorageSync: (key, value) => void storage.set(key as string, value),
    removeStorageSync: (key) => void storage.delete(key as string),
    getStorage: (o) => {
      const { key } = o as { key: string };
      settle(o as Callbacks, storage.has(key) ? undefined : { errMsg: 'getStorage:fail data not found' }, {
        data: storage.get(key),
      });
    },
    setStorage: (o) => {
      const { key, data } = o as { key: string; data: unknown };
      storage.set(key, data);
      settle(o as Callbacks, undefined);
    },
    setClipboardData: (o) => {
      if (options.clipboardRefused) {
        settle(o as Callbacks, {
          errMsg: 'setClipboardData:fail api scope is not declared in the privacy agreement',
          errno: 112,
        });
        return;
      }
      state.clipboard = (o as { data: string }).data;
      settle(o as Callbacks, undefined);
    },
    getClipboardData: (o) => settle(o as Callbacks, undefined, { data: state.clipboard }),
    loadSubpackage: (o) => {
      const { name, root } = o as { name?: string; root?: string };
      const wanted = (name ?? root ?? '').replace(/\/$/, '');
      if (!roots.includes(wanted) || offline.has(wanted) || offline.has('*')) {
        settle(o as Callbacks, { errMsg: `loadSubpackage:fail ${wanted}` });
        return { onProgressUpdate: () => undefined };
      }
      loaded.add(wanted);
      settle(o as Callbacks, undefined);
      return { onProgressUpdate: () => undefined };
    },
    getFileSystemManager: () => ({
      ...files,
      // A code-package path; a subpackage's files exist on a phone only once it is loaded.
      readFileSync: (file: unknown, encoding?: unknown) => {
        const user = files?.real(String(file));
        if (user)
          return fs.readFileSync(user, encoding === 'utf8' || encoding === 'utf-8' ? 'utf8' : undefined);
        const rel = String(file).replace(/^\//, '');
        calls.push({ api: 'FileSystemManager.readFileSync', arg: rel });
        const root = inSubpackage(rel);
        if (root && !loaded.has(root)) throw new Error(`readFileSync:fail ${rel}: subpackage not loaded`);
        const full = path.join(dist, rel);
        if (!full.startsWith(dist) || !fs.existsSync(full))
          throw new Error(`readFileSync:fail no such file ${rel}`);
        return fs.readFileSync(full, encoding === 'utf8' || encoding === 'utf-8' ? 'utf8' : undefined);
      },
      readFile: (o: unknown) => {
        const { filePath, encoding } = o as { filePath: string; encoding?: string };
        if (files?.real(filePath)) return files.readFile(o as Parameters<typeof files.readFile>[0]);
        try {
          const data = api.getFileSystemManager() as { readFileSync: (f: string, e?: string) => unknown };
          settle(o as Callbacks, undefined, { data: data.readFileSync(filePath, encoding) });
        } catch (error) {
          settle(o as Callbacks, { errMsg: String(error) });
        }
      },
    }),
    getLaunchOptionsSync: () => ({ scene: options.scene ?? 1001, query: {}, path: 'pages/index/index' }),
    getEnterOptionsSync: () => ({ scene: options.scene ?? 1001, query: {}, path: 'pages/index/index' }),
  };
  for (const name of [
    'showToast',
    'hideToast',
    'showModal',
    'showLoading',
    'hideLoading',
    'navigateTo',
    'redirectTo',
    'switchTab',
    'reLaunch',
    'navigateBack',
    'setNavigationBarTitle',
    'pageScrollTo',
    'setNavigationBarColor',
    'setBackgroundColor',
    'showShareMenu',
    'vibrateShort',
  ])
    api[name] = (o) => {
      settle(
        o as Callbacks,
        undefined,
        name === 'showModal' ? { confirm: true, cancel: false } : { errMsg: 'ok' },
      );
    };
  if (options.shelf)
    api.downloadFile = recordedDownload(options.shelf, files!, faults, (name, arg) =>
      calls.push({ api: name, arg }),
    ) as (o?: unknown) => unknown;
  // Record every call, after the fact, in the order the app made them.
  const recorded: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(api))
    recorded[name] = (o?: unknown, ...rest: unknown[]) => {
      if (name !== 'getFileSystemManager') calls.push({ api: name, arg: o });
      return fn(o, ...rest);
    };
  /** The network is back: every package can be loaded again. */
  const online = () => offline.clear();
  if (options.shelf) recorded.env = { USER_DATA_PATH };
  return { wx: recorded, calls, storage, state, loaded, online, faults, shelf: options.shelf };
}
