import fs from 'node:fs';
import path from 'node:path';

// jsdom ships no types of its own (no @types/jsdom installed): what is used here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { JSDOM } = require('jsdom') as { JSDOM: new (html: string) => { window: Window & typeof globalThis } };

/**
 * A minimal WeChat for the 书架's weapp scenario, after the glue in ../shared/PLATFORM-NOTES.md:
 * jsdom globals, then miniprogram-simulate; `wx` records calls, keeps storage in memory, answers
 * `downloadFile` from a built shelf folder (with progress, faults on demand, abort), and gives the
 * FileSystemManager a real temporary folder as USER_DATA_PATH. Any other `wx` call succeeds empty.
 */
export interface FakeWx {
  calls: string[];
  storage: Map<string, unknown>;
  /** URL → fault: a status code to answer, 'tamper' to change one byte, 'slow' to take a second. */
  faults: Map<string, number | 'tamper' | 'slow'>;
  /** What showModal answers (confirm or not), and the modals shown. */
  modals: Array<{ title?: string; content?: string }>;
  userData: string;
}

const USER = 'wxfile://usr';

function fileSystem(userData: string) {
  const real = (p: string) => (p.startsWith(USER) ? path.join(userData, p.slice(USER.length)) : p);
  const settle = <T>(
    o: { success?(r: T): void; fail?(e: { errMsg: string }): void },
    work: () => T,
    api: string,
  ) => {
    setTimeout(() => {
      try {
        o.success?.(work());
      } catch (e) {
        o.fail?.({ errMsg: `${api}:fail ${(e as Error).message}` });
      }
    }, 0);
  };
  return {
    readFile(o: {
      filePath: string;
      success?(r: { data: ArrayBuffer }): void;
      fail?(e: { errMsg: string }): void;
    }) {
      settle(
        o,
        () => {
          const b = fs.readFileSync(real(o.filePath));
          return { data: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer };
        },
        'readFile',
      );
    },
    writeFile(o: {
      filePath: string;
      data: ArrayBuffer;
      success?(r: unknown): void;
      fail?(e: { errMsg: string }): void;
    }) {
      settle(o, () => fs.writeFileSync(real(o.filePath), Buffer.from(o.data)), 'writeFile');
    },
    unlink(o: { filePath: string; success?(r: unknown): void; fail?(e: { errMsg: string }): void }) {
      settle(o, () => fs.unlinkSync(real(o.filePath)), 'unlink');
    },
    mkdirSync: (p: string, recursive: boolean) => fs.mkdirSync(real(p), { recursive }),
    rmdirSync: (p: string, recursive: boolean) =>
      recursive ? fs.rmSync(real(p), { recursive: true }) : fs.rmdirSync(real(p)),
    readdirSync: (p: string) => fs.readdirSync(real(p)),
    statSync: (p: string) => fs.statSync(real(p)),
    readFileSync: (p: string, encoding?: BufferEncoding) => fs.readFileSync(real(p), encoding),
  };
}

/** Serves `<base><path>` from `shelfDir`, in three progress steps, to a temporary file. */
function downloader(fake: FakeWx, base: string, shelfDir: string) {
  let n = 0;
  return (o: {
    url: string;
    success?(r: { statusCode: number; tempFilePath: string }): void;
    fail?(e: { errMsg: string }): void;
  }) => {
    fake.calls.push(`downloadFile ${o.url}`);
    const listeners: Array<(r: { totalBytesWritten: number }) => void> = [];
    let aborted = false;
    const file = path.join(shelfDir, decodeURIComponent(o.url.slice(base.length)));
    const fault = fake.faults.get(o.url);
    const steps = [1, 2, 3].map((i) => () => {
      if (aborted) return;
      const size = fs.existsSync(file) ? fs.statSync(file).size : 0;
      listeners.forEach((l) => l({ totalBytesWritten: Math.floor((size * i) / 3) }));
      if (i < 3) return;
      if (typeof fault === 'number' || !fs.existsSync(file)) {
        o.success?.({ statusCode: typeof fault === 'number' ? fault : 404, tempFilePath: '' });
        return;
      }
      const bytes = fs.readFileSync(file);
      if (fault === 'tamper') bytes[10] ^= 1;
      const temp = path.join(fake.userData, '..', `tmp-${n++}`);
      fs.writeFileSync(temp, bytes);
      o.success?.({ statusCode: 200, tempFilePath: temp });
    });
    steps.forEach((step, i) => setTimeout(step, (fault === 'slow' ? 400 : 5) * (i + 1)));
    return {
      onProgressUpdate: (l: (r: { totalBytesWritten: number }) => void) => listeners.push(l),
      abort: () => {
        fake.calls.push(`abort ${o.url}`);
        aborted = true;
        setTimeout(() => o.fail?.({ errMsg: 'downloadFile:fail abort' }), 0);
      },
    };
  };
}

function makeWx(fake: FakeWx, base: string, shelfDir: string, distDir: string): unknown {
  const fsm = fileSystem(fake.userData);
  const known: Record<string, unknown> = {
    env: { USER_DATA_PATH: USER },
    getSystemInfoSync: () => ({
      platform: 'devtools',
      windowWidth: 375,
      windowHeight: 700,
      pixelRatio: 2,
      theme: 'light',
    }),
    getStorageSync: (k: string) => (fake.storage.has(k) ? fake.storage.get(k) : ''),
    setStorageSync: (k: string, v: unknown) => fake.storage.set(k, v),
    removeStorageSync: (k: string) => fake.storage.delete(k),
    showModal: (o: {
      title?: string;
      content?: string;
      success?(r: { confirm: boolean; cancel: boolean }): void;
    }) => {
      fake.modals.push({ title: o.title, content: o.content });
      setTimeout(() => o.success?.({ confirm: true, cancel: false }), 0);
    },
    downloadFile: downloader(fake, base, shelfDir),
    getFileSystemManager: () => ({
      ...fsm,
      // The code package's own files (category texts) are read from the build.
      readFileSync: (p: string, enc?: BufferEncoding) =>
        p.startsWith(USER) ? fsm.readFileSync(p, enc) : fs.readFileSync(path.join(distDir, p), enc),
    }),
  };
  return new Proxy(known, {
    get(target, key: string) {
      if (key in target) return target[key];
      if (key === 'webpackJsonp' || key.startsWith('__')) return undefined;
      return (o?: { success?(r: object): void; complete?(r: object): void }) => {
        fake.calls.push(key);
        o?.success?.({});
        o?.complete?.({});
        return {};
      };
    },
    set(target, key: string, value) {
      target[key] = value;
      return true;
    },
  });
}

/** Globals as a mini-program sees them, then the compiled app; returns the fake wx's record. */
export function startApp(distDir: string, base: string, shelfDir: string, userData: string): FakeWx {
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  const g = globalThis as Record<string, unknown>;
  for (const name of [
    'window',
    'document',
    'Node',
    'Element',
    'HTMLElement',
    'Event',
    'CustomEvent',
    'navigator',
  ])
    g[name] = name === 'window' ? dom.window : (dom.window as unknown as Record<string, unknown>)[name];
  g.TouchEvent = dom.window.Event;
  const fake: FakeWx = { calls: [], storage: new Map(), faults: new Map(), modals: [], userData };
  g.wx = makeWx(fake, base, shelfDir, distDir);
  let app: Record<string, (...a: unknown[]) => void> = {};
  g.App = (config: typeof app) => (app = config);
  g.getApp = () => app;
  g.getCurrentPages = () => [];
  g.requirePlugin = () => ({});
  // Taro pages call Page(config): a Component with the page's lifecycle driven on attach.
  g.Page = (config: Record<string, unknown> & { data?: object; options?: object }) => {
    const methods: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(config)) if (typeof v === 'function') methods[k] = v;
    (g.Component as (o: object) => void)({
      data: config.data,
      options: config.options,
      methods,
      lifetimes: {
        attached(this: Record<string, (q?: object) => void> & { route: string; __route__: string }) {
          this.route = this.__route__ = (g.__route as string) ?? '';
          this.onLoad?.({});
          this.onShow?.();
        },
        ready(this: Record<string, () => void>) {
          this.onReady?.();
        },
      },
    });
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(distDir, 'app.js'));
  app.onLaunch?.({ path: 'pages/shelf/index', query: {}, scene: 1001 });
  app.onShow?.({ path: 'pages/shelf/index', query: {}, scene: 1001 });
  return fake;
}
