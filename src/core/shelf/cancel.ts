import type { CancelToken } from './ports';

/** The cancelling side of a CancelToken: one per download. */
export class CancelSource {
  private listeners: Array<() => void> = [];
  private done = false;

  /** The token handed to the fetcher. */
  readonly token: CancelToken;

  constructor() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const source = this;
    this.token = {
      get cancelled() {
        return source.done;
      },
      onCancel(listener) {
        if (source.done) listener();
        else source.listeners.push(listener);
      },
    };
  }

  cancel(): void {
    if (this.done) return;
    this.done = true;
    for (const listener of this.listeners.splice(0)) listener();
  }
}
