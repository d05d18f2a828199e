import { html, type TemplateResult } from 'lit';
import { WwDataElement } from '../../src/core/data-element.js';
import { define } from '../../src/core/define.js';
import { msg } from '../../src/core/localize.js';

/**
 * A minimal data widget for testing the shared core: it loads `path` from its
 * endpoint and shows the answer, the missing-endpoint notice, or the error.
 */
export class WwTestProbe extends WwDataElement {
  static override properties = { ...WwDataElement.properties, path: {}, state: { state: true } };
  path = 'echo';
  state: { kind: 'idle' } | { kind: 'done'; data: unknown } | { kind: 'error'; error: unknown } = { kind: 'idle' };

  /** Exposed for tests: the resolved configuration. */
  get resolvedConfig() {
    return this.config.value;
  }

  async load(): Promise<void> {
    const api = this.api;
    if (!api) return;
    try {
      this.state = { kind: 'done', data: await api.get(this.path, { signal: this.connectionSignal, retries: 0 }) };
    } catch (error) {
      this.state = { kind: 'error', error };
    }
  }

  protected override render(): TemplateResult {
    let body: TemplateResult;
    if (!this.config.value.endpoint) body = this.renderMissingEndpoint();
    else if (this.state.kind === 'error') body = this.renderError(this.state.error, () => void this.load());
    else body = html`<p>${msg('Try again', { id: 'action.retry' })}</p>`;
    return html`<div part="base" lang=${this.locale} dir=${this.direction}>${body}</div>`;
  }
}

define('ww-test-probe', WwTestProbe);

declare global {
  interface HTMLElementTagNameMap {
    'ww-test-probe': WwTestProbe;
  }
}
