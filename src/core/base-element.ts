import { LitElement, type CSSResult, type PropertyValues } from 'lit';
import { ConfigController } from './config-controller.js';
import { LocaleController } from './locale-controller.js';
import { renderInLocale, type CatalogueLoaders } from './locale.js';
import type { SupportedLocale } from './locales.js';
import { tokens } from './styles/tokens.js';

/**
 * What every widget shares: its locale (and text direction), its resolved
 * configuration, and the design tokens. Subclasses render a root element with
 * `lang=${this.locale}` and `dir=${this.direction}`.
 *
 * The `lang` attribute pins a widget to a language whatever the visitor chooses.
 *
 * @attr lang - Pins this widget to one UI language (`es`, `zh-Hant`…), whatever the visitor chooses on the page.
 */
export class WwElement extends LitElement {
  static override styles: CSSResult[] = [tokens];

  /** Message catalogues the widget needs beside the core (generated per widget family). */
  static catalogues: readonly CatalogueLoaders[] = [];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  protected readonly config = new ConfigController(
    this,
    () => this.ownEndpoint(),
    () => this.localization.refresh(),
  );

  protected readonly localization = new LocaleController(
    this,
    () => ({ own: this.getAttribute('lang'), configured: this.config.value.lang }),
    (this.constructor as typeof WwElement).catalogues,
  );

  /** The UI locale this widget renders in. */
  get locale(): SupportedLocale {
    return this.localization.locale;
  }

  /** `rtl` for Arabic and Urdu, `ltr` otherwise. */
  get direction(): 'ltr' | 'rtl' {
    return this.localization.direction;
  }

  /** Widgets that talk to a backend return their `endpoint` attribute. */
  protected ownEndpoint(): string | null | undefined {
    return undefined;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.localization.refresh();
  }

  /** The first render waits for the widget's locale, so a visitor never sees English flash by. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = this.localization.pending;
    if (pending && !this.hasUpdated) return pending.then(() => super.scheduleUpdate());
    return super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    renderInLocale(this.locale, () => super.update(changed));
  }
}
