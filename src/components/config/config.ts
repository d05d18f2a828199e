import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { configContext } from '../../core/config.js';

/**
 * @tagname ww-config
 * @summary Gives the widgets inside it one endpoint and one default language.
 *
 * Wrap several widgets (or a whole page section) in one `<ww-config>` instead of
 * repeating `endpoint` on each. A widget's own `endpoint` attribute wins over it;
 * it wins over the script tag's `data-endpoint` and `WelcomeWidgets.configure()`.
 * The `lang` here is a default: the visitor's choice in a language picker wins over it.
 *
 * @slot - The widgets (and any other content) to configure.
 */
export class WwConfig extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override get properties(): PropertyDeclarations {
    return { endpoint: {}, lang: {} };
  }

  /** Base URL of the Welcome Widgets API for the widgets inside. */
  endpoint?: string;

  /** Default UI language for the widgets inside, such as `es` or `zh-Hant`. */
  override lang = '';

  private readonly provider = new ContextProvider(this, { context: configContext, initialValue: {} });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('endpoint') || changed.has('lang')) {
      this.provider.setValue({ endpoint: this.endpoint, lang: this.lang || undefined });
    }
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
