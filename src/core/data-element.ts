import { msg } from './localize.js';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { ApiClient } from './api-client.js';
import { WwElement } from './base-element.js';
import { DataController } from './data-controller.js';
import { errorMessage } from './error-message.js';
import type { SupportedLocale } from './locales.js';
import { renderNotice } from './notice.js';

/**
 * A widget that talks to a Welcome Widgets backend. Its loads go through
 * `loader` (a DataController); what the visitor sends uses `connectionSignal`,
 * which aborts when the element leaves the page.
 */
export class WwDataElement extends WwElement {
  static override properties: PropertyDeclarations = { endpoint: {} };

  /**
   * Base URL of the Welcome Widgets API, such as `https://help.example.gov/v1/`.
   * Falls back to the nearest `<ww-config>`, the script tag's `data-endpoint`,
   * then `WelcomeWidgets.configure()`.
   */
  endpoint?: string;

  private connection = new AbortController();
  private warnedMissingEndpoint = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.connection.signal.aborted) this.connection = new AbortController();
  }

  override disconnectedCallback(): void {
    this.connection.abort();
    super.disconnectedCallback();
  }

  /** Aborts when the element is disconnected: for what the visitor sends (loads use `loader`). */
  protected get connectionSignal(): AbortSignal {
    return this.connection.signal;
  }

  /**
   * A load from this widget's endpoint, in its locale, keyed by `args` and by
   * both: a new endpoint or language loads again. Nothing loads without an
   * endpoint (the widget says so instead).
   */
  protected loader<T, A extends readonly unknown[]>(
    args: () => A | undefined,
    task: (args: A, api: ApiClient, signal: AbortSignal, previous: T | undefined) => Promise<T>,
  ): DataController<T, [string, SupportedLocale, A]> {
    return new DataController(this, {
      args: () => {
        const { endpoint } = this.config.value;
        const own = args();
        return endpoint && own ? [endpoint, this.locale, own] : undefined;
      },
      task: ([endpoint, locale, own], signal, previous) =>
        task(own, new ApiClient({ endpoint, locale }), signal, previous),
    });
  }

  protected override ownEndpoint(): string | undefined {
    return this.endpoint;
  }

  /** A client for the resolved endpoint in this widget's locale, or undefined when none is configured. */
  protected get api(): ApiClient | undefined {
    const { endpoint } = this.config.value;
    if (!endpoint) {
      this.warnMissingEndpoint();
      return undefined;
    }
    return new ApiClient({ endpoint, locale: this.locale });
  }

  /** Tells the site owner, once, in the console. */
  private warnMissingEndpoint(): void {
    if (this.warnedMissingEndpoint) return;
    this.warnedMissingEndpoint = true;
    console.warn(
      `[welcome-widgets] <${this.localName}> has no endpoint: set its endpoint attribute, wrap it in <ww-config endpoint>, or add data-endpoint to the script tag.`,
    );
  }

  protected renderMissingEndpoint(): TemplateResult {
    this.warnMissingEndpoint();
    return renderNotice({
      tone: 'error',
      heading: msg('This information cannot be shown right now.', { id: 'endpoint.missing.heading' }),
      detail: msg(
        'The website has not connected this section to a service yet. If you run this website, set the endpoint of the Welcome Widgets.',
        { id: 'endpoint.missing.detail' },
      ),
    });
  }

  protected renderError(error: unknown, retry?: () => void): TemplateResult {
    return renderNotice({
      tone: 'error',
      heading: errorMessage(error),
      action: retry && {
        label: msg('Try again', { id: 'action.retry' }),
        onClick: () => {
          // The button goes with the notice: focus moves to the widget's root first, not down to the page's body.
          const base = this.renderRoot.querySelector<HTMLElement>('[part=base]');
          if (base) {
            base.tabIndex = -1;
            base.focus();
          }
          retry();
        },
      },
    });
  }
}
