import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ApiClient } from '../../core/api-client.js';
import { WwDataElement } from '../../core/data-element.js';
import { headingLevel } from '../../core/heading.js';
import { msg, str } from '../../core/localize.js';
import { buttonStyles } from '../../core/styles/button.js';
import { noticeStyles } from '../../core/styles/notice.js';
import { WwSearchEvent } from '../../events/search.js';
import { WwServiceSelectEvent } from '../../events/service-select.js';
import { languageName } from '../../core/language-name.js';
import { formatNumber } from '../../core/number-format.js';
import { renderActions, renderFacts, renderServiceCard } from './parts/service-card.js';
import { formatDate } from './parts/format.js';
import {
  emptyQuery,
  loadLanguages,
  loadService,
  loadTopics,
  searchServices,
  type FinderQuery,
  type ServiceDetail,
  type ServiceList,
  type ServiceSummary,
  type Topic,
} from './service-finder.api.js';
import { serviceFinderStyles } from './service-finder.styles.js';
import { LazyKiosk } from '../../core/kiosk.js';
import { hrefFor, queryFromHash, queryToHash } from './parts/url-state.js';
import { catalogue as finderCatalogue } from '../../generated/locales/finder/index.js';
import { isolate } from '../../core/bidi.js';
import { renderSearchNotes } from './parts/search-notes.js';
import { renderNoResults } from './parts/no-results.js';
import { ReportSlot, type ReportPlace } from './parts/report-slot.js';
import { renderSkipLink, renderSkipTarget, skipLinkStyles } from '../../core/skip-link.js';

/**
 * A search starts as the visitor types (the previous request aborted); it is
 * recorded (the `ww-search` event, an entry in the address) once typing pauses
 * this long, so that Back and analytics see words, not keystrokes.
 */
const TYPING_PAUSE_MS = 300;

/** The spoken languages that readers of each UI language look for first. */
const SPOKEN_FOR_UI: Record<string, string> = {
  'zh-Hans': 'cmn',
  'zh-Hant': 'yue,cmn',
  en: '',
};

/** The full record's view, a chunk of its own: it loads when a visitor first opens a service. */
type DetailView = (typeof import('./parts/service-detail.js'))['renderServiceDetail'];

/** What a search found: its first page (with the total and the facets) and every result shown. */
interface Found {
  list: ServiceList;
  items: ServiceSummary[];
  pages: number;
}

/**
 * @tagname ww-service-finder
 * @summary Finds free help near the visitor, in their language, open now.
 *
 * A search box, topic and language filters, place and "open now"; results as
 * cards with hours in each service's time zone, languages, phone, website and
 * directions; the full record in a dialog. It says what the server did with
 * the words ("Showing results for …", "Did you mean …", nearest topics when
 * nothing matches) and reads each answer out once. Unless compact, it starts with a
 * "Skip past the service finder" button, seen only with keyboard focus.
 *
 * @event ww-search - The visitor searched. `detail: { query }`. Not fired for the first load; for words
 * being typed, fired once typing pauses (the search itself starts at each keystroke).
 * @event ww-service-select - The visitor opened a service. `detail: { id, name }`.
 * @event ww-report - The office received the visitor's report of a problem with a service (wrong phone, moved…).
 * `detail: { id, kind }`; never the note.
 *
 * @csspart base - The root wrapper.
 * @csspart search - The search form.
 * @csspart filters - The filter panel.
 * @csspart results - The list of results.
 * @csspart card - One result.
 * @csspart card-title - The button naming a service, which opens its details.
 * @csspart action - Call, website and directions links.
 * @csspart dialog - The details dialog.
 * @csspart notice - Empty, error and setup messages.
 *
 * @cssproperty --ww-service-finder-card-background - Background of result cards. Default `--ww-color-surface`.
 * @cssproperty --ww-color-primary - Buttons, links and focus.
 * @cssproperty --ww-color-text - Text colour.
 * @cssproperty --ww-font-family - Font; the host page's by default.
 */
export class WwServiceFinder extends WwDataElement {
  static override catalogues = [finderCatalogue];
  static override styles = [...WwDataElement.styles, buttonStyles, noticeStyles, skipLinkStyles, serviceFinderStyles];

  static override get properties(): PropertyDeclarations {
    return {
      ...WwDataElement.properties,
      presetTopics: { attribute: 'topics' },
      presetLanguages: { attribute: 'languages' },
      locationId: { attribute: 'location-id' },
      near: {},
      pageSize: { type: Number, attribute: 'page-size' },
      layout: { reflect: true },
      hideFilters: { type: Boolean, attribute: 'hide-filters' },
      hotline: {},
      source: {},
      syncUrl: { type: Boolean, attribute: 'sync-url' },
      kiosk: { type: Boolean },
      kioskTimeout: { type: Number, attribute: 'kiosk-timeout' },
      headingLevel: { type: Number, attribute: 'heading-level' },
      searchLabel: { attribute: 'search-label' },
      query: { state: true },
      opened: { state: true },
      locating: { state: true },
      locationFailed: { state: true },
    };
  }

  /** Topic codes to start with, comma-separated (`immigration-legal,citizenship`). */
  presetTopics = '';
  /** Spoken-language codes to start with (`ht`, `yue,cmn`); empty for any; default: from the UI language. */
  presetLanguages?: string;
  /** Only services at this location (a library branch page). */
  locationId = '';
  /** Start sorted by distance from `latitude,longitude`. */
  near = '';
  /** Results per page. */
  pageSize = 10;
  /** `full` (default) or `compact` (one column of short cards, for sidebars). */
  layout: 'full' | 'compact' = 'full';
  /** Hide the filter panel (presets still apply). */
  hideFilters = false;
  /** The office's hotline, offered when nothing is found. */
  hotline = '';
  /**
   * `welcome-widgets` (default): the Welcome Widgets API, with every filter.
   * `hsds`: any Open Referral HSDS 3.0 API (`/services`), keyword search only.
   */
  source: 'welcome-widgets' | 'hsds' = 'welcome-widgets';
  /** Keep the search in the address (`#ww-finder=…`), so Back and shared links work (never in kiosk mode). */
  syncUrl = false;
  /** Shared-computer mode: clears the search after `kiosk-timeout` seconds without activity, after a warning. */
  kiosk = false;
  /** Seconds without activity before a kiosk finder clears itself. */
  kioskTimeout = 180;
  /** Level of the result cards' headings (default 3, under the host page's h2). */
  headingLevel = 3;
  /**
   * Name of the search landmark (default "Search for help"): give each finder on a page its own,
   * so that a screen reader's list of landmarks tells them apart.
   */
  searchLabel = '';

  private query: FinderQuery = emptyQuery();
  /** The query the results answer: the one in the form, once searched. */
  private searched: FinderQuery | undefined;
  /** Pages of results shown ("Show more" adds one). */
  private pages = 1;
  /** The service whose details are open. */
  private opened: ServiceSummary | undefined;
  private locating = false;
  /** "Near me" failed; the message renders in the widget's language, so it is composed in render. */
  private locationFailed = false;

  private fetchedLocale = '';
  private languageChosen = false;
  /** Records what was typed once typing pauses. */
  private typingPause: ReturnType<typeof setTimeout> | undefined;
  /** The address's current entry was added for typed words: more typing replaces it instead of adding one. */
  private typedEntry = false;
  private detailTrigger: HTMLElement | undefined;
  /** HSDS answers carry the whole record: details open from here without another request. */
  private hsdsRecords = new Map<string, ServiceDetail>();
  private detailView: DetailView | undefined;
  private detailViewLoad: Promise<void> | undefined;
  private detailViewError: unknown;
  /**
   * Topics, and the languages offered anywhere in the directory (a visitor may
   * ask for one the results lack). Declared before the results: asked first.
   */
  private readonly lists = this.loader(
    () => (this.source === 'hsds' ? undefined : []),
    async (_, api, signal): Promise<{ topics: Topic[]; languages: string[] }> => {
      // Language codes do not change with the UI language: asked once.
      const known = this.lists.value?.languages;
      const [topics, languages] = await Promise.all([
        loadTopics(api, signal),
        known?.length ? known : loadLanguages(api, signal),
      ]);
      return { topics, languages };
    },
  );
  /** What the last search found, page after page. */
  private readonly results = this.loader(
    () => this.searched && ([this.searched, this.pageSize, this.source] as const),
    async ([query, pageSize, source], api, signal, shown: Found | undefined): Promise<Found> => {
      // "Show more" adds the next page to those shown; anything else starts again from the first.
      let found = shown && shown.pages < this.pages ? shown : undefined;
      for (let page = found ? found.pages + 1 : 1; page <= this.pages; page++) {
        const list = await this.fetchPage(api, query, page, pageSize, source, signal);
        found = found
          ? { ...found, items: [...found.items, ...list.items], pages: page }
          : { list, items: list.items, pages: 1 };
      }
      return found!;
    },
  );
  /** The opened service in full. */
  private readonly detail = this.loader(
    () => this.opened && [this.opened.id],
    async ([id], api, signal) => this.hsdsRecords.get(id) ?? loadService(api, id, signal),
  );
  /** Each service's "Report a problem" button and its form. */
  private readonly reports = new ReportSlot(
    { element: this, api: () => this.api, signal: () => this.connectionSignal, locale: () => this.locale },
    (error, retry) => this.renderError(error, retry),
  );
  private readonly idle = new LazyKiosk(this, {
    enabled: () => this.kiosk,
    idleMs: () => this.kioskTimeout * 1000,
    reset: () => this.resetForNextVisitor(),
  });
  private readonly onHashChange = () => {
    // Back or Forward: words typed next get an entry of their own rather than replacing this one.
    this.typedEntry = false;
    const fromHash = queryFromHash(location.hash, this.query);
    if (fromHash && JSON.stringify(fromHash) !== JSON.stringify(this.query)) {
      this.query = fromHash;
      void this.search({ announce: false });
    }
  };

  override connectedCallback(): void {
    // React (through @lit/react) and other frameworks set properties just after inserting the
    // element. Queued before Lit's first update, which the call below queues.
    queueMicrotask(() => this.isConnected && this.startFromPresets());
    super.connectedCallback();
  }

  /** Starts from the presets and the address. */
  private startFromPresets(): void {
    this.query = this.presetQuery();
    if (this.urlSynced) {
      const fromHash = queryFromHash(location.hash, this.query);
      if (fromHash) {
        this.query = fromHash;
        this.languageChosen = true;
      }
      window.addEventListener('popstate', this.onHashChange);
      window.addEventListener('hashchange', this.onHashChange);
    }
  }

  override disconnectedCallback(): void {
    clearTimeout(this.typingPause);
    window.removeEventListener('popstate', this.onHashChange);
    window.removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  private get urlSynced(): boolean {
    return this.syncUrl && !this.kiosk;
  }

  private presetQuery(): FinderQuery {
    return {
      ...emptyQuery(),
      topics: this.presetTopics
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
      locationId: this.locationId,
      near: this.near,
    };
  }

  /** The spoken language to look for until the visitor picks one: the preset, else the UI language's. */
  private defaultLanguage(): string {
    return this.presetLanguages ?? SPOKEN_FOR_UI[this.locale] ?? this.locale;
  }

  /** Kiosk: back to the start, details closed, nothing of the last visitor left. */
  private resetForNextVisitor(): void {
    this.closeDetail();
    this.reports.reset();
    this.languageChosen = false;
    this.query = { ...this.presetQuery(), language: this.defaultLanguage() };
    void this.search({ announce: false });
  }

  /** Without a filter's list the finder still searches; the filter stays empty. */
  private get topicList(): Topic[] {
    return this.lists.value?.topics ?? [];
  }

  private get languageList(): string[] {
    return this.lists.value?.languages ?? [];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.idle.sync(this.kiosk);
    // Content comes in the UI language (the loads follow it), and so does the spoken language until one is chosen.
    if (this.locale !== this.fetchedLocale) {
      this.fetchedLocale = this.locale;
      if (!this.languageChosen) {
        this.query = { ...this.query, language: this.defaultLanguage() };
      }
      this.searched = { ...this.query };
      this.pages = 1;
    }
  }

  /**
   * Runs the current query from page 1; `announce` fires ww-search and keeps the search in the address
   * (visitor actions only), at once or, for words being typed, when typing pauses.
   */
  async search({ announce = true, typed = false } = {}): Promise<void> {
    clearTimeout(this.typingPause);
    // Enter on words already searched (or being searched) sends nothing again.
    const unchanged =
      this.pages === 1 &&
      JSON.stringify(this.searched) === JSON.stringify(this.query) &&
      this.results.status !== 'error';
    this.searched = { ...this.query };
    this.pages = 1;
    if (announce) {
      if (typed) this.typingPause = setTimeout(() => this.record(true), TYPING_PAUSE_MS);
      else this.record(false);
    }
    if (!unchanged) await this.results.run();
  }

  /** Tells the page what was searched, and keeps it in the address. */
  private record(typed: boolean): void {
    this.dispatchEvent(new WwSearchEvent({ query: { ...this.searched! } }));
    if (!this.urlSynced) return;
    const hash = queryToHash(this.searched!, location.hash);
    if (hash === location.hash) return;
    // A new history entry per search, so Back returns to the previous one; words typed on from a
    // typed search replace it. The rest of the URL is untouched.
    const url = `${location.pathname}${location.search}${hash}`;
    if (typed && this.typedEntry) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
    this.typedEntry = typed;
  }

  private async loadMore(): Promise<void> {
    const shown = this.results.value?.items.length ?? 0;
    const pages = ++this.pages;
    await this.results.run();
    if (this.results.current?.pages !== pages) return;
    await this.updateComplete;
    // Move focus to the first new result, so keyboard users continue from there.
    this.renderRoot.querySelectorAll<HTMLElement>('.card__open')[shown]?.focus();
  }

  private async fetchPage(
    api: ApiClient,
    query: FinderQuery,
    page: number,
    pageSize: number,
    source: string,
    signal: AbortSignal,
  ): Promise<ServiceList> {
    if (source !== 'hsds') return searchServices(api, query, page, pageSize, signal);
    // Loaded only for an HSDS source: most pages read the reference API.
    const { searchHsds } = await import('./service-finder.hsds.js');
    const { list, records } = await searchHsds(api, query, page, pageSize, signal);
    for (const record of records) this.hsdsRecords.set(record.id, record);
    return list;
  }

  private applyQuery(patch: Partial<FinderQuery>, { typed = false } = {}): void {
    this.query = { ...this.query, ...patch };
    void this.search({ typed });
  }

  /** "Did you mean …" followed: that search, with focus back in the box that now holds it. */
  private async followSuggestion(q: string): Promise<void> {
    this.applyQuery({ q });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus();
  }

  /** A nearest topic chosen when nothing matched: that topic instead of the words that found nothing. */
  private applySuggestedTopic(code: string): void {
    this.applyQuery({ q: '', topics: [code] });
    this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus();
  }

  private async openDetail(service: ServiceSummary, trigger: HTMLElement): Promise<void> {
    this.detailTrigger = trigger;
    this.opened = service;
    this.dispatchEvent(new WwServiceSelectEvent({ id: service.id, name: service.name }));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.showModal();
    // Focus starts on the title (the APG dialog pattern), so the record is read from the top, not from Print.
    this.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
  }

  /** Try again in the dialog: focus waits on Close (the page behind a modal dialog cannot take it). */
  private retryDetail(): void {
    this.detailViewError = undefined;
    this.renderRoot.querySelector<HTMLElement>('.dialog__head .button:last-child')?.focus();
    void this.detail.run();
  }

  private closeDetail(): void {
    this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.close();
  }

  private onDialogClose(): void {
    this.opened = undefined;
    this.reports.dismiss('detail');
    this.detailTrigger?.focus();
  }

  private locate(): void {
    if (!navigator.geolocation) {
      this.locationFailed = true;
      return;
    }
    this.locating = true;
    this.locationFailed = false;
    // Asked only when the visitor presses the button; the position is sent only to the configured endpoint.
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        this.locating = false;
        this.applyQuery({ near: `${coords.latitude.toFixed(4)},${coords.longitude.toFixed(4)}`, postcode: '' });
      },
      () => {
        this.locating = false;
        this.locationFailed = true;
      },
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 },
    );
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base layout-${this.layout}" lang=${this.locale} dir=${this.direction}>
      ${this.config.value.endpoint ? this.renderFinder() : this.renderMissingEndpoint()}
    </div>`;
  }

  private renderFinder(): TemplateResult {
    // A compact finder is short: a way past it would only be one more stop.
    const long = this.layout !== 'compact';
    return html`${long ? renderSkipLink(msg('Skip past the service finder', { id: 'finder.skip' })) : nothing}
    ${this.idle.warning ? this.renderKioskWarning() : nothing} ${this.renderSearch()}
    ${this.hideFilters || this.source === 'hsds' ? nothing : this.renderFilters()} ${this.renderActiveFilters()}
    ${this.renderResults()} ${this.renderDialog()}
    ${long ? renderSkipTarget(msg('End of the service finder', { id: 'finder.skip-end' })) : nothing}`;
  }

  private renderKioskWarning(): TemplateResult {
    return html`<div class="kiosk-warning" role="alert">
      <p>
        ${msg('Are you still there? This search will be cleared soon, to keep it private.', { id: 'finder.kiosk-warning' })}
      </p>
      <button class="button button--primary" type="button" @click=${() => this.idle.restart()}>
        ${msg('Keep searching', { id: 'finder.kiosk-continue' })}
      </button>
    </div>`;
  }

  private renderSearch(): TemplateResult {
    return html`<form
      part="search"
      class="search"
      role="search"
      aria-label=${this.searchLabel || msg('Search for help', { id: 'finder.search-label' })}
      @submit=${(e: Event) => {
        e.preventDefault();
        void this.search();
      }}
    >
      <label for="q" class="label">${msg('Search for help', { id: 'finder.search-label' })}</label>
      <div class="search__row">
        <input
          id="q"
          type="search"
          class="input"
          autocomplete="off"
          aria-describedby="q-hint"
          .value=${this.query.q}
          @input=${(e: Event) => this.applyQuery({ q: (e.target as HTMLInputElement).value }, { typed: true })}
        />
        <button class="button button--primary" type="submit">${msg('Search', { id: 'finder.search-button' })}</button>
      </div>
      <p id="q-hint" class="hint">
        ${msg('For example: lawyer, ID card, English class', { id: 'finder.search-hint' })}
      </p>
    </form>`;
  }

  private renderFilters(): TemplateResult {
    // The last answer's counts stay while the next one loads, rather than blinking out at each keystroke.
    const facets = this.results.value?.list.facets;
    const chosen = this.query.language;
    const languageCodes = [
      ...new Set([...(chosen ? [chosen] : []), ...this.languageList, ...Object.keys(facets?.languages ?? {})]),
    ];
    return html`<div part="filters" class="filters">
      <fieldset class="fieldset" aria-busy=${this.lists.status === 'pending' ? 'true' : 'false'}>
        <legend>${msg('Topic', { id: 'finder.topic' })}</legend>
        <div class="options">
          ${this.topicList.map((topic) => {
            const checked = this.query.topics.includes(topic.code);
            const count = facets?.topics[topic.code];
            return html`<label class="check">
              <input
                type="checkbox"
                data-filter=${topic.code}
                .checked=${checked}
                @change=${() =>
                  this.applyQuery({
                    topics: checked
                      ? this.query.topics.filter((t) => t !== topic.code)
                      : [...this.query.topics, topic.code],
                  })}
              />
              ${isolate(topic.name)}${count !== undefined ? html` <span class="count">(${formatNumber(count, this.locale)})</span>` : nothing}
            </label>`;
          })}
        </div>
      </fieldset>
      <div class="field">
        <label for="language" class="label">${msg('Speaks my language', { id: 'finder.language' })}</label>
        <select
          id="language"
          class="input"
          @change=${(e: Event) => {
            this.languageChosen = true;
            this.applyQuery({ language: (e.target as HTMLSelectElement).value });
          }}
        >
          <option value="" ?selected=${!chosen}>${msg('Any language', { id: 'finder.language-any' })}</option>
          ${languageCodes.map(
            (code) =>
              html`<option value=${code} ?selected=${code === chosen}>
                ${code
                  .split(',')
                  .map((c) => languageName(c, this.locale))
                  .join(' / ')}
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="postcode" class="label">${msg('ZIP code', { id: 'finder.postcode' })}</label>
        <div class="search__row">
          <input
            id="postcode"
            class="input input--short"
            inputmode="numeric"
            autocomplete="postal-code"
            .value=${this.query.postcode}
            @change=${(e: Event) => this.applyQuery({ postcode: (e.target as HTMLInputElement).value.trim(), near: '' })}
          />
          <button class="button" type="button" ?disabled=${this.locating} @click=${this.locate}>
            ${this.locating ? msg('Finding your location…', { id: 'finder.locating' }) : msg('Near me', { id: 'finder.near-me' })}
          </button>
        </div>
        ${
          this.locationFailed
            ? html`<p class="hint" role="alert">
                ${msg('We could not get your location. You can type a ZIP code instead.', { id: 'finder.location-failed' })}
              </p>`
            : nothing
        }
      </div>
      <fieldset class="fieldset">
        <legend>${msg('Show only', { id: 'finder.show-only' })}</legend>
        <div class="options">
          ${this.renderToggle('openNow', msg('Open now', { id: 'finder.open-now' }))}
          ${this.renderToggle('free', msg('Free', { id: 'finder.free' }))}
          ${this.renderToggle('walkIn', msg('Walk-in', { id: 'finder.walk-in' }))}
          ${this.renderToggle('accepting', msg('Taking new clients', { id: 'finder.filter.accepting' }))}
        </div>
      </fieldset>
    </div>`;
  }

  private renderToggle(key: 'openNow' | 'free' | 'walkIn' | 'accepting', label: string): TemplateResult {
    const code = { openNow: 'open-now', free: 'free', walkIn: 'walk-in', accepting: 'accepting' }[key];
    return html`<label class="check">
      <input
        type="checkbox"
        data-filter=${code}
        .checked=${this.query[key]}
        @change=${() => this.applyQuery({ [key]: !this.query[key] })}
      />
      ${label}
    </label>`;
  }

  /** Every filter in force as a removable chip, and one control to clear them all. */
  private renderActiveFilters(): TemplateResult | typeof nothing {
    const q = this.query;
    const chips: { label: string; clear: Partial<FinderQuery> }[] = [
      ...q.topics.map((code) => ({
        label: this.topicList.find((t) => t.code === code)?.name ?? code,
        clear: { topics: q.topics.filter((t) => t !== code) },
      })),
    ];
    if (q.language)
      chips.push({
        label: q.language
          .split(',')
          .map((c) => languageName(c, this.locale))
          .join(' / '),
        clear: { language: '' },
      });
    if (q.postcode) chips.push({ label: q.postcode, clear: { postcode: '' } });
    if (q.near) chips.push({ label: msg('Near me', { id: 'finder.near-me' }), clear: { near: '' } });
    if (q.openNow) chips.push({ label: msg('Open now', { id: 'finder.open-now' }), clear: { openNow: false } });
    if (q.free) chips.push({ label: msg('Free', { id: 'finder.free' }), clear: { free: false } });
    if (q.walkIn) chips.push({ label: msg('Walk-in', { id: 'finder.walk-in' }), clear: { walkIn: false } });
    if (q.accepting)
      chips.push({ label: msg('Taking new clients', { id: 'finder.filter.accepting' }), clear: { accepting: false } });
    if (!chips.length) return nothing;
    return html`<div class="chips" role="group" aria-label=${msg('Active filters', { id: 'finder.active-filters' })}>
      ${chips.map(
        (chip) =>
          html`<button
            type="button"
            class="button chip"
            aria-label=${msg(str`Remove filter: ${isolate(chip.label)}`, { id: 'finder.remove-filter' })}
            @click=${() => {
              if ('language' in chip.clear) this.languageChosen = true;
              this.applyQuery(chip.clear);
            }}
          >
            <bdi>${chip.label}</bdi> <span aria-hidden="true">×</span>
          </button>`,
      )}
      <button
        type="button"
        class="button chip chip--clear"
        @click=${() => {
          this.languageChosen = true;
          this.applyQuery({ ...emptyQuery(), q: q.q, locationId: this.locationId });
        }}
      >
        ${msg('Clear all filters', { id: 'finder.clear-all' })}
      </button>
    </div>`;
  }

  /**
   * The results and, above them, the live region that reads each answer once (it changes only when
   * one lands): its count, what the server did with the words and, when nothing matched, the way on.
   * While the next answer loads, the last one stays on screen, marked busy: nothing blinks out
   * between keystrokes, and an answer that a newer search replaced is never shown or read (its
   * request is aborted).
   */
  private renderResults(): TemplateResult {
    const { status, value, error } = this.results;
    const shown = status === 'error' ? undefined : value;
    // "Show more" keeps the list and its count in place, as does a new search while it loads.
    const busy = status === 'pending';
    const list = shown?.list;
    const items = shown?.items ?? [];
    const empty = list?.total === 0;
    return html`<div class="answer" role="status" aria-atomic="true">
        <p class="count-line">
          ${
            list
              ? msg(str`Services found: ${formatNumber(list.total, this.locale)}`, { id: 'finder.results-count' })
              : status === 'pending'
                ? msg('Loading services…', { id: 'finder.loading' })
                : ''
          }
        </p>
        ${list ? renderSearchNotes(list.search, this.suggestionFor(list)) : nothing}
        ${empty ? html`<div class="answer__empty" aria-busy=${busy ? 'true' : 'false'}>${this.renderEmpty(list)}</div>` : nothing}
      </div>
      ${
        status === 'error'
          ? this.renderError(error, () => void this.results.run())
          : empty
            ? nothing
            : html`<ul part="results" class="results" aria-busy=${busy ? 'true' : 'false'}>
                ${items.map((service) => html`<li>${renderServiceCard(service, this.locale, headingLevel(this.headingLevel, 3), (s, t) => void this.openDetail(s, t), this.renderReport(service, 'card'))}</li>`)}
              </ul>`
      }
      ${
        list && items.length < list.total
          ? html`<button class="button more" type="button" @click=${this.loadMore}>
              ${msg('Show more services', { id: 'finder.load-more' })}
            </button>`
          : nothing
      }`;
  }

  /** Where "Did you mean …" leads: the same search with those words, as a link to open elsewhere or follow here. */
  private suggestionFor(list: ServiceList): { href: string; follow: (q: string) => void } | undefined {
    const q = list.search?.did_you_mean;
    if (!q || !this.searched) return undefined;
    return { href: hrefFor({ ...this.searched, q }), follow: (words) => void this.followSuggestion(words) };
  }

  private renderEmpty(list: ServiceList): TemplateResult {
    return renderNoResults({
      search: list.search,
      suggested: list.suggested_topics ?? [],
      topics: this.topicList,
      hotline: this.hotline,
      locale: this.locale,
      applyTopic: (code) => this.applySuggestedTopic(code),
    });
  }

  private renderDialog(): TemplateResult {
    const { status, error } = this.detail;
    const service = this.opened && this.detail.current;
    if (this.opened && !this.detailView && !this.detailViewError) this.loadDetailView();
    return html`<dialog part="dialog" class="dialog" aria-labelledby="detail-title" @close=${this.onDialogClose}>
      <div class="dialog__head">
        <h2
          id="detail-title"
          tabindex="-1"
          lang=${ifDefined(service ? service.content.locale || undefined : this.locale)}
          dir=${ifDefined(service ? 'auto' : undefined)}
        >
          ${service?.name ?? msg('Loading services…', { id: 'finder.loading' })}
        </h2>
        <div class="actions">
          <button class="button" type="button" @click=${() => window.print()}>
            ${msg('Print', { id: 'finder.print' })}
          </button>
          <button class="button" type="button" @click=${this.closeDetail}>
            ${msg('Close', { id: 'finder.close' })}
          </button>
        </div>
      </div>
      ${
        service
          ? this.renderDetail(service)
          : this.opened && status === 'error'
            ? this.renderError(error, () => this.retryDetail())
            : nothing
      }
    </dialog>`;
  }

  /**
   * The record in the dialog. Its code loads while the record itself is
   * requested (most visitors only scan the cards); when it cannot load, the
   * dialog says so like any failure, and Try again asks for both again.
   */
  private renderDetail(service: ServiceDetail): TemplateResult | typeof nothing {
    if (this.detailView) {
      return this.detailView(service, this.locale, {
        facts: renderFacts(service, this.locale),
        actions: renderActions(service),
        checked: service.last_verified ? formatDate(service.last_verified, this.locale) : '',
        report: this.renderReport(service, 'detail'),
      });
    }
    if (this.detailViewError) return this.renderError(this.detailViewError, () => this.retryDetail());
    this.loadDetailView();
    return nothing;
  }

  /** Reports go to the Welcome Widgets API: an HSDS source has nowhere to send them. */
  private renderReport(service: ServiceSummary, place: ReportPlace): TemplateResult | typeof nothing {
    return this.source === 'hsds' ? nothing : this.reports.render(service, place);
  }

  private loadDetailView(): void {
    this.detailViewError = undefined;
    this.detailViewLoad ??= import('./parts/service-detail.js').then(
      ({ renderServiceDetail }) => {
        this.detailView = renderServiceDetail;
        this.requestUpdate();
      },
      (error: unknown) => {
        this.detailViewLoad = undefined;
        this.detailViewError = error;
        this.requestUpdate();
      },
    );
  }
}
