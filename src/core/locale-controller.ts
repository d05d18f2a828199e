import type { ReactiveController, ReactiveElement } from 'lit';
import { isLocaleLoaded, loadLocale, resolveLocale, subscribeToLocaleInputs, type CatalogueLoaders } from './locale.js';
import { directionOf, sourceLocale, type SupportedLocale } from './locales.js';

/**
 * Keeps a widget on the locale the page asks for. The widget switches only once
 * that locale's messages have arrived, so it never flashes half-translated.
 */
export class LocaleController implements ReactiveController {
  /** The locale the widget renders in. */
  locale: SupportedLocale = sourceLocale;
  /** Settles when the wanted locale is rendered; set only while one is loading. */
  pending: Promise<void> | undefined;
  private wanted: SupportedLocale = sourceLocale;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly inputs: () => { own: string | null; configured: string | undefined },
    /** The widget's own message catalogues, beside the core. */
    private readonly parts: readonly CatalogueLoaders[] = [],
  ) {
    host.addController(this);
  }

  get direction(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  hostConnected(): void {
    this.unsubscribe = subscribeToLocaleInputs(() => this.refresh());
    this.refresh();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Re-reads every input and switches when the resolved locale changed. */
  refresh(): void {
    const { own, configured } = this.inputs();
    const wanted = resolveLocale(own, configured);
    this.wanted = wanted;
    if (isLocaleLoaded(wanted, this.parts)) {
      this.pending = undefined;
      this.apply(wanted);
      return;
    }
    this.pending = loadLocale(wanted, this.parts).then(
      () => {
        if (this.wanted === wanted) {
          this.pending = undefined;
          this.apply(wanted);
        }
      },
      () => {
        // The locale file did not arrive (offline, blocked): stay readable in the current one.
        this.pending = undefined;
        console.warn(`[welcome-widgets] could not load the "${wanted}" messages.`);
      },
    );
  }

  private apply(locale: SupportedLocale): void {
    if (locale === this.locale) return;
    this.locale = locale;
    this.host.requestUpdate();
  }
}
