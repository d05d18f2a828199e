import { msg } from './localize.js';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { ApiClient } from './api-client.js';
import { WwElement } from './base-element.js';
import { errorMessage } from './error-message.js';
import { renderNotice } from './notice.js';

/**
 * A widget that talks to a Welcome Widgets backend. It owns an abort signal
 * that fires when the element leaves the page, so no answer lands in a widget
 * that is gone.
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

  /** Aborts when the element is disconnected. */
  protected get connectionSignal(): AbortSignal {
    return this.connection.signal;
  }

  /**
   * A signal for one request: aborted by `request` (a newer search replaces an
   * older one) or when the element leaves the page.
   */
  protected requestSignal(request: AbortController): AbortSignal {
    const connection = this.connection.signal;
    if (request.signal.aborted || connection.aborted) return AbortSignal.abort();
    const combined = new AbortController();
    const abort = () => combined.abort();
    // AbortSignal.any is not in every supported browser yet.
    request.signal.addEventListener('abort', abort, { once: true });
    connection.addEventListener('abort', abort, { once: true });
    return combined.signal;
  }

  protected override ownEndpoint(): string | undefined {
    return this.endpoint;
  }

  /** A client for the resolved endpoint in this widget's locale, or undefined when none is configured. */
  protected get api(): ApiClient | undefined {
    const { endpoint } = this.config.value;
    if (!endpoint) {
      if (!this.warnedMissingEndpoint) {
        this.warnedMissingEndpoint = true;
        console.warn(
          `[welcome-widgets] <${this.localName}> has no endpoint: set its endpoint attribute, wrap it in <ww-config endpoint>, or add data-endpoint to the script tag.`,
        );
      }
      return undefined;
    }
    return new ApiClient({ endpoint, locale: this.locale });
  }

  protected renderMissingEndpoint(): TemplateResult {
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
