import type { ReactiveController, ReactiveElement } from 'lit';

export type DataStatus = 'initial' | 'pending' | 'complete' | 'error';

export interface DataOptions<T, A extends readonly unknown[]> {
  /**
   * What keys a load, read at each update: a new load starts when it changes,
   * compared by value (as JSON, so plain data). `undefined`: nothing to load yet.
   */
  args: () => A | undefined;
  /**
   * Loads for `args`. `signal` aborts when a newer load replaces this one or the
   * element leaves the page. `previous` is the value an earlier load gave for
   * the same args (to add a page to it), else undefined.
   */
  task: (args: A, signal: AbortSignal, previous: T | undefined) => Promise<T>;
}

/**
 * One load of a widget's data, and its state. A newer load cancels an older
 * one, whose answer never lands. An element removed from the page cancels its
 * load, and loads afresh when it is inserted again (a page or a framework
 * moving it); a load it finished stays.
 */
export class DataController<T, A extends readonly unknown[] = readonly unknown[]> implements ReactiveController {
  status: DataStatus = 'initial';
  /** The latest answer: kept while a newer load is pending, and after one failed. */
  value: T | undefined;
  /** Why the latest load failed (status `error`). */
  error: unknown;

  /** `value` if it answers the current args (else a load for new args is pending, or failed). */
  get current(): T | undefined {
    return this.key === this.valueKey ? this.value : undefined;
  }

  /** The args of the latest load (as JSON), and of `value`. */
  private key: string | undefined;
  private valueKey: string | undefined;
  private loading: AbortController | undefined;
  /** A load was pending when the element left: it starts again when the element is back. */
  private interrupted = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: DataOptions<T, A>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.interrupted) return;
    this.interrupted = false;
    void this.run();
  }

  hostDisconnected(): void {
    if (this.status !== 'pending') return;
    this.interrupted = true;
    this.loading?.abort();
  }

  hostUpdate(): void {
    if (!this.host.isConnected) return;
    const args = this.options.args();
    if (args) {
      if (JSON.stringify(args) !== this.key) void this.start(args);
    } else if (this.status === 'pending') {
      // Nothing to load any more (a dialog closed): the pending load goes.
      this.loading?.abort();
      this.status = 'initial';
      this.key = undefined;
    }
  }

  /** Loads again for the current args (Try again); settles when that load does. */
  run(): Promise<void> {
    const args = this.options.args();
    if (!args) return Promise.resolve();
    if (!this.host.isConnected) {
      this.interrupted = true;
      return Promise.resolve();
    }
    return this.start(args);
  }

  private async start(args: A): Promise<void> {
    this.loading?.abort();
    const controller = (this.loading = new AbortController());
    const key = (this.key = JSON.stringify(args));
    this.status = 'pending';
    this.host.requestUpdate();
    let value: T;
    try {
      value = await this.options.task(args, controller.signal, this.current);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.status = 'error';
      this.error = error;
      this.host.requestUpdate();
      return;
    }
    if (controller.signal.aborted) return;
    this.status = 'complete';
    this.value = value;
    this.valueKey = key;
    this.host.requestUpdate();
  }
}
