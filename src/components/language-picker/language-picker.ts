import { msg, str } from '../../core/localize.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { WwElement } from '../../core/base-element.js';
import { isolate } from '../../core/bidi.js';
import { defaultLanguageOrder, foldForSearch, languageNames } from '../../core/languages.js';
import { pageStore } from '../../core/page-store.js';
import { resolveLocale, setVisitorLocale, subscribeToLocaleInputs } from '../../core/locale.js';
import { directionOf, matchLocale, type SupportedLocale } from '../../core/locales.js';
import { WwLocaleChangeEvent } from '../../events/locale-change.js';
import { checkIcon, chevronIcon, globeIcon } from './icons.js';
import { languagePickerStyles } from './language-picker.styles.js';
import { Typeahead } from './typeahead.js';

const englishNames = new Intl.DisplayNames('en', { type: 'language' });
/**
 * The English name, shown second so that staff and helpers can find it: the
 * browser's own, except where that is the endonym again.
 */
const englishName = (code: SupportedLocale): string =>
  code === 'kea' ? 'Cape Verdean Creole' : (englishNames.of(code) ?? code);

/** Above this many languages the menu gets a search box. */
const FILTER_THRESHOLD = 8;
const STORAGE_KEY = 'welcome-widgets:locale';

/**
 * @tagname ww-language-picker
 * @summary Lets a visitor choose the language of every widget on the page.
 *
 * Each language is named in itself and its own script, with its English name
 * beside it. The choice switches every widget on the page at once, including
 * widgets loaded by another copy of the library. Its `lang` attribute pins
 * the picker's own labels; the choice it offers is unaffected.
 *
 * @event ww-locale-change - The visitor chose a language. `detail: { locale, previous }`. Not fired for programmatic changes.
 *
 * @csspart base - The root wrapper.
 * @csspart button - The button that opens the menu, or switches language in the toggle variant.
 * @csspart icon - The globe icon in the button.
 * @csspart label - The current (menu) or other (toggle) language's name in the button.
 * @csspart panel - The pop-up holding the search box and the list.
 * @csspart filter - The search box, shown when there are more than eight languages.
 * @csspart listbox - The list of languages in the menu.
 * @csspart option - One language in the menu.
 * @csspart option-label - A language's own name.
 * @csspart option-description - A language's English name.
 *
 * @cssproperty --ww-language-picker-panel-max-height - Tallest the menu grows before it scrolls. Default `20em`.
 * @cssproperty --ww-language-picker-panel-width - Width of the menu. Default `max-content`, never wider than the viewport.
 * @cssproperty --ww-language-picker-z-index - Stacking of the open menu. Default `1000`.
 * @cssproperty --ww-color-primary - Button and highlight colour.
 * @cssproperty --ww-color-text - Text colour.
 * @cssproperty --ww-color-surface - Background of the button and the menu.
 * @cssproperty --ww-color-focus - Focus ring colour.
 * @cssproperty --ww-font-family - Font; the host page's by default.
 * @cssproperty --ww-font-size - Text size; follows the host page, never below 16px.
 * @cssproperty --ww-radius - Corner radius.
 */
export class WwLanguagePicker extends WwElement {
  static override styles = [...WwElement.styles, languagePickerStyles];

  // Declared without decorators: the decorator helpers would cost every page about 0.7 KB.
  static override get properties(): PropertyDeclarations {
    return {
      languages: {},
      variant: { reflect: true },
      updateDocument: { type: Boolean, attribute: 'update-document' },
      urlTemplate: { attribute: 'url-template' },
      remember: { type: Boolean },
      open: { state: true },
      query: { state: true },
      activeIndex: { state: true },
      placement: { state: true },
    };
  }

  /**
   * Which languages to offer and in what order: locale codes separated by spaces
   * or commas (`en es zh-Hant ar`). Default: every UI language of the library.
   */
  languages = '';

  /**
   * `menu`: a button that opens the list (searchable above eight languages);
   * `toggle`: one button that switches between the first two languages.
   */
  variant: 'menu' | 'toggle' = 'menu';

  /** Also set `<html lang dir>` when the visitor chooses. */
  updateDocument = false;

  /**
   * For sites with one address per language: after the choice, go to this URL
   * with `{lang}` replaced by the locale code, such as `/{lang}/services`.
   */
  urlTemplate?: string;

  /** Keep the choice in this browser (localStorage) for the next visit. Off unless set. */
  remember = false;

  private open = false;
  private query = '';
  private activeIndex = 0;
  private placement = '';

  private readonly typeahead = new Typeahead();

  private partElement<T extends HTMLElement>(name: string): T | null {
    return this.renderRoot.querySelector<T>(`[part~="${name}"]`);
  }
  private unsubscribe: (() => void) | undefined;

  /** The page's language: what the visitor chose, or what the page resolved to. */
  get value(): SupportedLocale {
    return resolveLocale(null, this.config.value.lang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The picker shows the page's language even when its own labels are pinned.
    this.unsubscribe = subscribeToLocaleInputs(() => {
      this.requestUpdate();
      this.followVisitorChoice();
    });
    // A choice made before this picker's code arrived (another picker, setLocale()) applies too.
    this.followVisitorChoice();
    document.addEventListener('pointerdown', this.onDocumentPointerDown, true);
    // After the current task: React (through @lit/react) sets `remember` just after inserting the element.
    queueMicrotask(() => {
      if (this.isConnected && this.remember) this.restoreRememberedChoice();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
    this.typeahead.reset();
  }

  /** The offered languages: the `languages` attribute matched to UI locales, or all of them. */
  get options(): SupportedLocale[] {
    const requested = this.languages.split(/[\s,]+/).filter(Boolean);
    const matched = requested.map(matchLocale).filter((l): l is SupportedLocale => l !== undefined);
    const unique = [...new Set(matched)];
    return unique.length > 0 ? unique : defaultLanguageOrder;
  }

  private get hasFilter(): boolean {
    return this.options.length > FILTER_THRESHOLD;
  }

  private get visibleOptions(): SupportedLocale[] {
    const needle = foldForSearch(this.query.trim());
    if (!needle) return this.options;
    return this.options.filter((code) =>
      this.searchLabels(code).some((label) => foldForSearch(label).includes(needle)),
    );
  }

  private searchLabels(code: SupportedLocale): string[] {
    const { endonym } = languageNames[code];
    return [endonym, englishName(code), code, this.nameInUiLanguage(code)].filter((l): l is string => Boolean(l));
  }

  /** The language's name in the picker's own language, when the browser knows it. */
  private nameInUiLanguage(code: SupportedLocale): string | undefined {
    try {
      return new Intl.DisplayNames([this.locale], { type: 'language', fallback: 'none' }).of(code);
    } catch {
      return undefined;
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('open') && this.open) this.placePanel();
    if (this.open && (changed.has('activeIndex') || changed.has('query'))) {
      this.renderRoot.querySelector('[part~="option"].active')?.scrollIntoView({ block: 'nearest' });
    }
  }

  protected override render(): TemplateResult {
    const content = this.variant === 'toggle' ? this.renderToggle() : this.renderMenu();
    return html`<div part="base" class="base" lang=${this.locale} dir=${this.direction}>${content}</div>`;
  }

  private renderToggle(): TemplateResult {
    const [first, second = first] = this.options as [SupportedLocale, SupportedLocale?];
    const other = this.value === first ? second : first;
    return html`<button
      part="button"
      class="button"
      type="button"
      lang=${other}
      dir=${directionOf(other)}
      @click=${() => this.choose(other)}
    >
      ${globeIcon}<span part="label">${languageNames[other].endonym}</span>
    </button>`;
  }

  private renderMenu(): TemplateResult {
    const current = this.value;
    return html`<button
        part="button"
        class="button"
        type="button"
        aria-haspopup="listbox"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${this.toggleMenu}
        @keydown=${this.onButtonKeydown}
      >
        ${globeIcon}
        <span class="visually-hidden">${msg('Language:', { id: 'picker.button-prefix' })}</span>
        <span part="label" lang=${current} dir=${directionOf(current)}>${languageNames[current].endonym}</span>
        ${chevronIcon}
      </button>
      <div
        part="panel"
        id="panel"
        class="panel ${this.placement}"
        ?hidden=${!this.open}
        @keydown=${this.onPanelKeydown}
        @focusout=${this.onPanelFocusOut}
      >
        ${this.open ? this.renderPanelContent(current) : nothing}
      </div>`;
  }

  private renderPanelContent(current: SupportedLocale): TemplateResult {
    const visible = this.visibleOptions;
    const activeId = visible[this.activeIndex] ? `option-${visible[this.activeIndex]}` : nothing;
    const count = new Intl.NumberFormat(this.locale).format(visible.length);
    return html`${
        this.hasFilter
          ? html`<label class="filter-label" id="filter-label" for="filter"
                >${msg('Search languages', { id: 'picker.filter-label' })}</label
              >
              <input
                part="filter"
                id="filter"
                class="filter"
                type="text"
                dir="auto"
                role="combobox"
                aria-labelledby="filter-label"
                autocomplete="off"
                spellcheck="false"
                aria-autocomplete="list"
                aria-expanded="true"
                aria-controls="listbox"
                aria-activedescendant=${activeId}
                .value=${this.query}
                @input=${this.onFilterInput}
              />`
          : nothing
      }
      <ul
        part="listbox"
        id="listbox"
        class="listbox"
        role="listbox"
        tabindex=${this.hasFilter ? '-1' : '0'}
        aria-label=${msg('Choose a language', { id: 'picker.listbox-label' })}
        aria-activedescendant=${this.hasFilter ? nothing : activeId}
      >
        ${visible.map((code, index) => this.renderOption(code, index, code === current))}
      </ul>
      ${
        visible.length === 0
          ? html`<p class="empty">
              ${msg(str`No language matches “${isolate(this.query.trim())}”.`, { id: 'picker.no-match' })}
            </p>`
          : nothing
      }
      <p class="visually-hidden" role="status">
        ${this.query.trim() ? msg(str`Languages found: ${count}`, { id: 'picker.result-count' }) : ''}
      </p>`;
  }

  private renderOption(code: SupportedLocale, index: number, selected: boolean): TemplateResult {
    const { endonym } = languageNames[code];
    const english = englishName(code);
    // The keyboard is handled once for the whole panel (onPanelKeydown), as the listbox pattern has it.
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<li
      part="option"
      id="option-${code}"
      class="option ${index === this.activeIndex ? 'active' : ''}"
      role="option"
      aria-selected=${selected ? 'true' : 'false'}
      @pointerdown=${(e: Event) => e.preventDefault()}
      @pointermove=${() => (this.activeIndex = index)}
      @click=${() => this.choose(code)}
    >
      <span class="check">${selected ? checkIcon : nothing}</span>
      <span part="option-label" lang=${code} dir=${directionOf(code)}>${endonym}</span>
      ${
        english !== endonym
          ? html`<span part="option-description" class="description" lang="en" dir="ltr">${english}</span>`
          : nothing
      }
    </li>`;
  }

  private toggleMenu(): void {
    if (this.open) this.closeMenu(true);
    else void this.openMenu();
  }

  private async openMenu(activeLast = false): Promise<void> {
    this.query = '';
    const visible = this.visibleOptions;
    const selectedIndex = visible.indexOf(this.value);
    this.activeIndex = activeLast ? visible.length - 1 : Math.max(0, selectedIndex);
    this.open = true;
    await this.updateComplete;
    (this.partElement('filter') ?? this.partElement('listbox'))?.focus();
  }

  private closeMenu(returnFocus: boolean): void {
    if (!this.open) return;
    this.open = false;
    this.placement = '';
    this.typeahead.reset();
    if (returnFocus) this.partElement('button')?.focus();
  }

  private choose(code: SupportedLocale): void {
    const previous = this.value;
    this.closeMenu(true);
    if (code === previous) return;
    this.dispatchEvent(new WwLocaleChangeEvent({ locale: code, previous }));
    const target = this.urlTemplate ? languageUrl(this.urlTemplate, code) : undefined;
    if (target) window.location.assign(target);
  }

  private onButtonKeydown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.openMenu(event.key === 'ArrowUp');
    }
  }

  private onPanelKeydown(event: KeyboardEvent): void {
    const visible = this.visibleOptions;
    const last = visible.length - 1;
    const inFilter = event.target === this.partElement('filter');
    switch (event.key) {
      case 'ArrowDown':
        this.activeIndex = Math.min(this.activeIndex + 1, last);
        break;
      case 'ArrowUp':
        this.activeIndex = Math.max(this.activeIndex - 1, 0);
        break;
      case 'Home':
        this.activeIndex = 0;
        break;
      case 'End':
        this.activeIndex = Math.max(last, 0);
        break;
      case 'PageDown':
        this.activeIndex = Math.min(this.activeIndex + 5, last);
        break;
      case 'PageUp':
        this.activeIndex = Math.max(this.activeIndex - 5, 0);
        break;
      case 'Escape':
        this.closeMenu(true);
        break;
      case 'Enter':
        if (visible[this.activeIndex]) this.choose(visible[this.activeIndex]!);
        break;
      case ' ':
        if (inFilter) return;
        if (visible[this.activeIndex]) this.choose(visible[this.activeIndex]!);
        break;
      default:
        if (inFilter || event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
        this.moveByTypeahead(event.key, visible);
    }
    event.preventDefault();
    event.stopPropagation();
  }

  private moveByTypeahead(key: string, visible: SupportedLocale[]): void {
    const labels = visible.map((code) => [languageNames[code].endonym, englishName(code)]);
    const index = this.typeahead.next(key, labels, this.activeIndex);
    if (index >= 0) this.activeIndex = index;
  }

  private onFilterInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.activeIndex = 0;
  }

  private onPanelFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && (this.renderRoot.contains(next) || this.contains(next))) return;
    this.closeMenu(false);
  }

  private readonly onDocumentPointerDown = (event: Event): void => {
    if (this.open && !event.composedPath().includes(this)) this.closeMenu(false);
  };

  /** Opens the menu upward or toward the other side when it would leave the viewport. */
  private placePanel(): void {
    const panel = this.partElement('panel');
    if (!panel) return;
    const box = panel.getBoundingClientRect();
    const classes: string[] = [];
    const rtl = this.direction === 'rtl';
    if ((!rtl && box.right > window.innerWidth) || (rtl && box.left < 0)) classes.push('panel--end');
    const buttonBox = this.partElement('button')?.getBoundingClientRect();
    if (buttonBox && box.bottom > window.innerHeight && buttonBox.top > window.innerHeight - buttonBox.bottom) {
      classes.push('panel--above');
    }
    this.placement = classes.join(' ');
  }

  /**
   * Whichever picker (or `setLocale()`) the visitor used, a picker with
   * `update-document` keeps `<html lang dir>` in step and one with `remember`
   * stores the choice.
   */
  private followVisitorChoice(): void {
    const code = matchLocale(pageStore().visitorLocale);
    const root = document.documentElement;
    // Only on a change: setting the same value still notifies the lang observer, which calls this again.
    if (!code) return;
    if (this.updateDocument && root.lang !== code) {
      root.lang = code;
      root.dir = directionOf(code);
    }
    if (this.remember) this.storeChoice(code);
  }

  private storeChoice(code: SupportedLocale): void {
    try {
      localStorage.setItem(STORAGE_KEY, code);
    } catch {
      // Storage can be off (private browsing, sandboxed frames): the choice still applies to this page.
    }
  }

  private restoreRememberedChoice(): void {
    let locale: SupportedLocale | undefined;
    try {
      locale = matchLocale(localStorage.getItem(STORAGE_KEY));
    } catch {
      return;
    }
    // A choice made on this page already outranks one from an earlier visit.
    if (locale && pageStore().visitorLocale === null && locale !== this.value) {
      setVisitorLocale(locale, this.value);
    }
  }
}

/** The page for `locale` on a site with one address per language; only http(s) addresses. */
export function languageUrl(template: string, locale: string): string | undefined {
  try {
    const url = new URL(template.replaceAll('{lang}', encodeURIComponent(locale)), document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
