import { expect } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { DataController } from '../src/core/data-controller.js';

/** One call of the task: its args, signal and previous value, and a way to settle it. */
interface Call {
  args: readonly unknown[];
  signal: AbortSignal;
  previous: string | undefined;
  resolve: (value: string) => void;
  reject: (error: unknown) => void;
}

/**
 * A bare element whose load the test drives: `key` and `filter` key it; each
 * call waits for the test, even once aborted (as a task that ignores its signal).
 */
class DataHost extends ReactiveElement {
  static override properties = { key: {}, filter: { attribute: false } };
  key: string | undefined = 'a';
  filter = { language: 'es' };
  readonly calls: Call[] = [];
  readonly data = new DataController<string, readonly [string, { language: string }]>(this, {
    args: () => (this.key === undefined ? undefined : [this.key, this.filter]),
    task: (args, signal, previous) =>
      new Promise<string>((resolve, reject) => this.calls.push({ args, signal, previous, resolve, reject })),
  });
}
customElements.define('data-controller-host', DataHost);

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function host(): Promise<DataHost> {
  const el = document.createElement('data-controller-host') as DataHost;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('DataController', () => {
  const hosts: DataHost[] = [];
  const make = async () => {
    const el = await host();
    hosts.push(el);
    return el;
  };
  afterEach(() => hosts.splice(0).forEach((el) => el.remove()));

  it('loads for its args when the element first updates, then completes', async () => {
    const el = await make();
    expect(el.calls).to.have.length(1);
    expect(el.calls[0]!.args).to.deep.equal(['a', { language: 'es' }]);
    expect(el.data.status).to.equal('pending');
    el.calls[0]!.resolve('A');
    await settle();
    expect(el.data.status).to.equal('complete');
    expect(el.data.value).to.equal('A');
  });

  it('loads again when the args change by value, not when they are only new objects', async () => {
    const el = await make();
    el.calls[0]!.resolve('A');
    await settle();
    el.filter = { language: 'es' };
    await el.updateComplete;
    expect(el.calls).to.have.length(1);
    el.filter = { language: 'fr' };
    await el.updateComplete;
    expect(el.calls).to.have.length(2);
    expect(el.calls[1]!.args).to.deep.equal(['a', { language: 'fr' }]);
  });

  it('waits while the args are undefined, and drops a pending load when they become so', async () => {
    const el = document.createElement('data-controller-host') as DataHost;
    el.key = undefined;
    document.body.append(el);
    hosts.push(el);
    await el.updateComplete;
    expect(el.calls).to.have.length(0);
    expect(el.data.status).to.equal('initial');
    el.key = 'a';
    await el.updateComplete;
    expect(el.data.status).to.equal('pending');
    el.key = undefined;
    await el.updateComplete;
    expect(el.calls[0]!.signal.aborted).to.equal(true);
    expect(el.data.status).to.equal('initial');
  });

  it('aborts a load that a newer one replaces, and never lands its answer', async () => {
    const el = await make();
    const first = el.calls[0]!;
    el.key = 'b';
    await el.updateComplete;
    expect(first.signal.aborted).to.equal(true);
    el.calls[1]!.resolve('B');
    first.resolve('stale A');
    await settle();
    expect(el.data.value).to.equal('B');
    expect(el.data.status).to.equal('complete');
  });

  it('aborts its load when the element leaves the page, and loads afresh when it is back', async () => {
    const el = await make();
    const first = el.calls[0]!;
    el.remove();
    expect(first.signal.aborted).to.equal(true);
    first.reject(new DOMException('The request was aborted.', 'AbortError'));
    await settle();
    expect(el.data.status, 'the aborted load is no error').to.equal('pending');
    document.body.append(el);
    await el.updateComplete;
    expect(el.calls).to.have.length(2);
    expect(el.calls[1]!.signal.aborted).to.equal(false);
    el.calls[1]!.resolve('A');
    await settle();
    expect(el.data.value).to.equal('A');
  });

  it('never lands the answer of a load the move cancelled, even one that ignored its signal', async () => {
    const el = await make();
    const first = el.calls[0]!;
    el.remove();
    document.body.append(el);
    await el.updateComplete;
    first.resolve('stale');
    await settle();
    expect(el.data.value).to.equal(undefined);
    expect(el.data.status).to.equal('pending');
    el.calls[1]!.resolve('fresh');
    await settle();
    expect(el.data.value).to.equal('fresh');
  });

  it('keeps what it loaded when the element is moved after the answer', async () => {
    const el = await make();
    el.calls[0]!.resolve('A');
    await settle();
    el.remove();
    document.body.append(el);
    await el.updateComplete;
    expect(el.calls).to.have.length(1);
    expect(el.data.status).to.equal('complete');
  });

  it('loads nothing while away; args changed meanwhile load once it is back', async () => {
    const el = await make();
    el.calls[0]!.resolve('A');
    await settle();
    el.remove();
    el.key = 'b';
    await el.updateComplete;
    void el.data.run();
    expect(el.calls).to.have.length(1);
    document.body.append(el);
    await el.updateComplete;
    expect(el.calls).to.have.length(2);
    expect(el.calls[1]!.args[0]).to.equal('b');
  });

  it('says why a load failed, keeps the last answer, and tries again with run()', async () => {
    const el = await make();
    el.calls[0]!.resolve('A');
    await settle();
    const retried = el.data.run();
    const failure = new Error('offline');
    el.calls[1]!.reject(failure);
    await retried;
    expect(el.data.status).to.equal('error');
    expect(el.data.error).to.equal(failure);
    expect(el.data.value).to.equal('A');
    const again = el.data.run();
    expect(el.data.status).to.equal('pending');
    el.calls[2]!.resolve('A again');
    await again;
    expect(el.data.status).to.equal('complete');
    expect(el.data.value).to.equal('A again');
  });

  it('gives the task the previous answer for the same args only, and `current` says whether it is for them', async () => {
    const el = await make();
    expect(el.calls[0]!.previous).to.equal(undefined);
    el.calls[0]!.resolve('A');
    await settle();
    void el.data.run();
    expect(el.calls[1]!.previous).to.equal('A');
    expect(el.data.current).to.equal('A');
    el.key = 'b';
    await el.updateComplete;
    expect(el.calls[2]!.previous).to.equal(undefined);
    expect(el.data.current).to.equal(undefined);
    expect(el.data.value, 'still there to show while the new one loads').to.equal('A');
  });
});
