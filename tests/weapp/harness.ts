import path from 'node:path';
import { recordedWx, type PhoneOptions, type WxCall } from './recordedWx';

/**
 * The compiled mini-program (dist/weapp) booted in Node as WeChat would: miniprogram-simulate
 * renders its pages with WeChat's own template compiler into jsdom, and `wx` is recorded
 * (recordedWx.ts). A page's chunk runs once a process (webpack keeps the module), so one harness
 * is one scenario, in a process of its own (weapp.test.ts).
 */

/**
 * What the harness uses of miniprogram-simulate (typed here: its own typings pull in WeChat's
 * global declarations, which clash with Node's `require`).
 */
interface Rendered {
  dom?: Element;
  instance: unknown;
  querySelectorAll(selector: string): Rendered[];
  dispatchEvent(name: string, options?: object): void;
  attach(parent: Element): void;
  detach(): void;
}
interface Simulate {
  load(pathOrDefinition: string | object, options?: object): string;
  render(id: string): Rendered;
}
type PageConfig = Record<string, unknown> & { data?: Record<string, unknown> };
/** A page instance: the page config's methods, called as WeChat calls them. */
type PageInstance = Record<string, (...args: unknown[]) => unknown>;

/** An open page: what the reader sees, and what a finger can do with it. */
export interface OpenPage {
  route: string;
  query: Record<string, string>;
  comp: Rendered;
  instance: PageInstance;
  /** The text a reader sees, whitespace collapsed. */
  text(): string;
  /** Every element with this class, in document order. */
  all(selector: string): Rendered[];
  tap(selector: string, index?: number): Promise<void>;
  /** Tap what shows this text, as a finger would: the innermost element holding it, the tap bubbling up. */
  tapText(text: string | RegExp, index?: number): Promise<void>;
  /** The classes (j-component's prefix removed) of the page's outermost element. */
  rootClasses(): string[];
  input(selector: string, value: string, event?: 'input' | 'confirm'): Promise<void>;
}

/** A small wait: Taro answers events and setData on later ticks. */
export const settle = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

/** Wait until the predicate holds (or fail naming what was awaited and what the page showed). */
export async function until(what: string, ok: () => boolean, page?: OpenPage, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end)
      throw new Error(`waited ${ms} ms for ${what}; the page shows: ${page?.text().slice(0, 400)}`);
    await settle(10);
  }
}

/** The component framework miniprogram-simulate renders with (to dispatch a tap where a finger lands). */
interface Exparser {
  Event: {
    dispatchEvent(target: unknown, event: unknown): void;
    create(name: string, detail: object, options: object): unknown;
  };
}
let exparser: Exparser;

function installDom(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { JSDOM } = require('jsdom') as { JSDOM: new (html: string, o: object) => { window: Window } };
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  const g = globalThis as Record<string, unknown>;
  const w = dom.window as unknown as Record<string, unknown>;
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
    g[name] = w[name];
  // jsdom has no TouchEvent; j-component only constructs one for touch events.
  g.TouchEvent = w.TouchEvent ?? w.UIEvent;
}

/** The mini-program in `dist`, started; pages are opened with `open` and navigation with `follow`. */
export class Weapp {
  readonly calls: WxCall[];
  readonly storage: Map<string, unknown>;
  readonly phone: ReturnType<typeof recordedWx>;
  /** The largest setData payload of the run, in bytes of its JSON, and on which page. */
  largestSetData = { bytes: 0, route: '' };
  readonly stack: OpenPage[] = [];
  private readonly simulate: Simulate;
  private readonly definitions = new Map<string, Record<string, unknown>>();
  private app: Record<string, (...args: unknown[]) => unknown> = {};
  private opening?: { route: string; query: Record<string, string> };

  constructor(
    readonly dist: string,
    options: PhoneOptions = {},
  ) {
    installDom();
    this.phone = recordedWx(dist, options);
    this.calls = this.phone.calls;
    this.storage = this.phone.storage;
    const g = globalThis as Record<string, unknown>;
    g.wx = this.phone.wx;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    this.simulate = require('miniprogram-simulate') as Simulate;
    g.wx = Object.assign(g.wx as object, this.phone.wx);
    this.captureDefinitions();
    const simulateDir = path.dirname(require.resolve('miniprogram-simulate/package.json'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    exparser = require(require.resolve('miniprogram-exparser', { paths: [simulateDir] })) as Exparser;
    g.App = (config: Record<string, (...args: unknown[]) => unknown>) => (this.app = config);
    g.getApp = () => this.app;
    g.getCurrentPages = () => this.stack.map((p) => p.instance);
    g.requirePlugin = () => ({});
    g.Page = (config: PageConfig) => this.registerPage(config);
  }

  /** Run app.js and the app's launch as WeChat does. */
  boot(): this {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(path.join(this.dist, 'app.js'));
    this.app.onLaunch?.call(this.app, { path: 'pages/index/index', query: {}, scene: 1001 });
    this.app.onShow?.call(this.app, { path: 'pages/index/index', query: {}, scene: 1001 });
    return this;
  }

  /** j-component's registry, watched: a page's definition is kept to open the route again. */
  private captureDefinitions(): void {
    const simulateDir = path.dirname(require.resolve('miniprogram-simulate/package.json'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const jComponent = require(require.resolve('j-component', { paths: [simulateDir] })) as {
      register: (d: Record<string, unknown>) => unknown;
    };
    const register = jComponent.register.bind(jComponent);
    const weigh = (data: unknown) => this.weigh(data);
    jComponent.register = (definition) => {
      const at = String(definition.path ?? '');
      if (at.startsWith(path.join(this.dist, 'pages'))) this.definitions.set(at, definition);
      // Every setData of the app (pages and Taro's recursive `comp`) is weighed as WeChat would send it.
      const lifetimes = (definition.lifetimes ?? {}) as Record<string, (this: unknown) => void>;
      const created = lifetimes.created;
      definition.lifetimes = {
        ...lifetimes,
        created(this: PageInstance) {
          const setData = this.setData.bind(this);
          this.setData = (data: unknown, callback?: unknown) => {
            weigh(data);
            return setData(data, callback);
          };
          created?.call(this);
        },
      };
      return register(definition);
    };
  }

  private weigh(data: unknown): void {
    const bytes = Buffer.byteLength(JSON.stringify(data) ?? '');
    if (bytes > this.largestSetData.bytes) this.largestSetData = { bytes, route: this.opening?.route ?? '' };
  }

  /** Taro's Page(config), as the Component simulate renders, with the page lifecycle WeChat runs. */
  private registerPage(config: PageConfig): void {
    const methods: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(config)) if (typeof value === 'function') methods[key] = value;
    const opening = () => this.opening!;
    (globalThis as unknown as { Component: (o: object) => void }).Component({
      data: config.data ?? {},
      options: config.options ?? {},
      methods,
      lifetimes: {
        attached(this: PageInstance & { route: string; __route__: string; options: object }) {
          const { route, query } = opening();
          this.route = this.__route__ = route;
          this.options = query;
          this.onLoad?.(query);
          this.onShow?.();
        },
        ready(this: PageInstance) {
          this.onReady?.();
        },
      },
    });
  }

  /** Open a page as WeChat does (onLoad(query), onShow, onReady) on top of the stack. */
  async open(url: string): Promise<OpenPage> {
    const [route, search = ''] = url.replace(/^\//, '').split('?');
    const query: Record<string, string> = {};
    // WeChat hands onLoad the query's values still percent-encoded, as written in the url.
    for (const pair of search.split('&').filter(Boolean)) {
      const [k, v = ''] = pair.split('=');
      query[k] = v;
    }
    this.stack[this.stack.length - 1]?.instance.onHide?.();
    this.opening = { route, query };
    const file = path.join(this.dist, route);
    const known = this.definitions.get(file);
    const id = known
      ? this.simulate.load({ ...known, id: undefined })
      : this.simulate.load(file, { rootPath: this.dist, compiler: 'official' });
    const comp = this.simulate.render(id);
    comp.attach(document.createElement('parent-wrapper'));
    const page = this.page(route, query, comp);
    this.stack.push(page);
    await until(`${route} to draw`, () => page.text().length > 0, page);
    await settle();
    return page;
  }

  private page(route: string, query: Record<string, string>, comp: Rendered): OpenPage {
    const find = (selector: string) => comp.querySelectorAll(selector);
    return {
      route,
      query,
      comp,
      instance: comp.instance as unknown as PageInstance,
      text: () => (comp.dom?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      all: find,
      async tap(selector, index = 0) {
        const node = find(selector)[index];
        if (!node) throw new Error(`no ${selector}[${index}] on ${route}: ${this.text().slice(0, 300)}`);
        node.dispatchEvent('tap');
        await settle();
      },
      async tapText(text, index = 0) {
        const matches = (el: Element) =>
          typeof text === 'string' ? (el.textContent ?? '').includes(text) : text.test(el.textContent ?? '');
        const innermost = [...(comp.dom as Element).querySelectorAll('*')].filter(
          (el) => matches(el) && ![...el.children].some(matches),
        );
        // What shows exactly this text (a button's label) before what merely mentions it.
        const exact = innermost.filter((el) => el.textContent?.trim() === text);
        const el = (exact.length ? exact : innermost)[index] as
          (Element & { __wxElement?: unknown }) | undefined;
        if (!el?.__wxElement)
          throw new Error(`nothing shows ${text} on ${route}: ${this.text().slice(0, 300)}`);
        exparser.Event.dispatchEvent(
          el.__wxElement,
          exparser.Event.create(
            'tap',
            {},
            { bubbles: true, composed: true, extraFields: { touches: {}, changedTouches: {} } },
          ),
        );
        await settle();
      },
      rootClasses() {
        const root = (comp.dom as Element).firstElementChild;
        return (root?.getAttribute('class') ?? '').split(/\s+/).map((c) => c.replace(/^[\w-]+?--/, ''));
      },
      async input(selector, value, event = 'input') {
        const node = find(selector)[0];
        if (!node) throw new Error(`no ${selector} on ${route}`);
        node.dispatchEvent(event, { detail: { value } });
        await settle();
      },
    };
  }

  /** The current page. */
  get top(): OpenPage {
    return this.stack[this.stack.length - 1];
  }

  /** The calls made to one API, in order. */
  callsTo(api: string): unknown[] {
    return this.calls.filter((c) => c.api === api).map((c) => c.arg);
  }

  /** Follow the last navigation the app asked for, as WeChat would, and return the page it shows. */
  async follow(): Promise<OpenPage> {
    const nav = [...this.calls]
      .reverse()
      .find((c) => ['navigateTo', 'redirectTo', 'switchTab', 'reLaunch', 'navigateBack'].includes(c.api));
    if (!nav) throw new Error('the app asked for no navigation');
    const { url = '' } = (nav.arg ?? {}) as { url?: string };
    const close = () => {
      const closing = this.stack.pop();
      closing?.instance.onUnload?.();
      closing?.comp.detach();
    };
    if (nav.api === 'navigateBack') {
      close();
      this.top.instance.onShow?.();
      await settle(60);
      return this.top;
    }
    if (nav.api === 'redirectTo') close();
    if (nav.api === 'switchTab' || nav.api === 'reLaunch') while (this.stack.length) close();
    return this.open(url);
  }
}
