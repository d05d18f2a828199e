import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { isolate } from '../../core/bidi.js';
import { WwDataElement } from '../../core/data-element.js';
import { NetworkError } from '../../core/errors.js';
import { headingLevel } from '../../core/heading.js';
import { msg, str } from '../../core/localize.js';
import { renderNotice } from '../../core/notice.js';
import { buttonStyles } from '../../core/styles/button.js';
import { noticeStyles } from '../../core/styles/notice.js';
import { renderSkipLink, renderSkipTarget, skipLinkStyles } from '../../core/skip-link.js';
import { WwEventSelectEvent } from '../../events/event-select.js';
import { cancelTokenFromLocation } from '../event-registration/parts/cancel-link.js';
import { addToCalendarStyles } from '../event-registration/parts/add-to-calendar.js';
import {
  listEvents,
  loadEvent,
  type CalendarQuery,
  type EventList,
  type EventOccurrence,
} from './clinic-calendar.api.js';
import { clinicCalendarStyles } from './clinic-calendar.styles.js';
import { placeName, renderAgenda, renderFacts, renderLanguages, type ViewContext } from './parts/agenda-list.js';
import type { DetailContext, DetailHelpers } from './parts/event-detail.js';
import { renderFilters } from './parts/filters.js';
import { loadRegistration } from './parts/load-registration.js';
import { dateTime, dayLabel, dayOf, dayRange, eventCount, monthLabel, timeRange } from './parts/format.js';
import { eventDayName, renderDayEvents } from './parts/day-events.js';
import { gridKeyMove } from './parts/grid-keys.js';
import { monthGridStyles, renderMonthGrid } from './parts/month-grid.js';
import {
  addDays,
  addMonths,
  firstDayOfWeek,
  localMidnight,
  monthDays,
  monthOf,
  spanInstants,
  today,
  weekday,
  type DayKey,
} from './parts/range.js';
import { catalogue as eventsCatalogue } from '../../generated/locales/events/index.js';

/** An event's full view, a chunk of its own: it loads when a visitor first opens an event. */
type DetailView = (ctx: DetailContext) => TemplateResult;

const DETAIL_HELPERS: DetailHelpers = {
  placeName,
  renderFacts,
  renderLanguages,
  dayLabel,
  dayOf,
  dayRange,
  timeRange,
  weekday,
  loadRegistration,
};

/** Where a key belongs to what is being typed or chosen, not to the calendar. */
const FORM_FIELD = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

/** Below this width (in CSS pixels) an unset `view` shows the list. */
const NARROW = 640;

interface Loaded {
  list: EventList;
  /** Occurrences by their own calendar day, grouped once per answer. */
  byDay: Map<DayKey, EventOccurrence[]>;
}

const split = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
    .join(',');

/**
 * @tagname ww-clinic-calendar
 * @summary Legal clinics, citizenship days, English classes and forums, as a list or a month, with sign-up.
 *
 * An agenda list grouped by day and a month grid (the WAI-ARIA grid pattern:
 * one tab stop, arrows, Home/End, PageUp/PageDown), filters by type, language
 * and place, and each event's details with add-to-calendar and sign-up
 * (`<ww-event-registration>`). Times are shown in the event's own time zone,
 * named when the visitor is in another one. A `#ww-cancel=<token>` in the
 * address shows the cancellation of a registration above the calendar.
 * Unless compact, it starts with a "Skip past the calendar" button, seen
 * only with keyboard focus. In the month, choosing a day says how many events
 * it has, listed below the grid, with a way to go there.
 *
 * @event ww-event-select - The visitor opened an event. `detail: { eventId, occurrence }`.
 *
 * @csspart base - The root wrapper.
 * @csspart filters - The filter controls.
 * @csspart views - The list / month switch.
 * @csspart status - The line that says what is shown (announced politely).
 * @csspart list - The agenda list.
 * @csspart event - One occurrence in a list.
 * @csspart event-title - The button naming an occurrence, which opens its details.
 * @csspart month - The month view: its navigation and grid.
 * @csspart grid - The month grid.
 * @csspart detail - An event's details.
 * @csspart registration - The sign-up form in the details.
 * @csspart add-to-calendar - The add-to-calendar links.
 * @csspart notice - Empty, error and setup messages.
 *
 * @cssproperty --ww-clinic-calendar-accent - Event dots and today's mark. Default `--ww-color-primary`.
 * @cssproperty --ww-clinic-calendar-cell-size - Minimum height of a day in the month grid. Default `5em`.
 * @cssproperty --ww-color-primary - Buttons, links and focus.
 * @cssproperty --ww-color-text - Text colour.
 * @cssproperty --ww-font-family - Font; the host page's by default.
 */
export class WwClinicCalendar extends WwDataElement {
  static override catalogues = [eventsCatalogue];
  static override styles = [
    ...WwDataElement.styles,
    buttonStyles,
    noticeStyles,
    skipLinkStyles,
    addToCalendarStyles,
    monthGridStyles,
    clinicCalendarStyles,
  ];

  static override get properties(): PropertyDeclarations {
    return {
      ...WwDataElement.properties,
      view: {},
      locationId: { attribute: 'location-id' },
      types: {},
      languages: {},
      weeksAhead: { type: Number, attribute: 'weeks-ahead' },
      headingLevel: { type: Number, attribute: 'heading-level' },
      limit: { type: Number },
      compact: { type: Boolean },
      query: { state: true },
      chosenView: { state: true },
      narrow: { state: true },
      listStart: { state: true },
      month: { state: true },
      focusDay: { state: true },
      selectedDay: { state: true },
      opened: { state: true },
    };
  }

  /** `list`, `month`, or unset: the list below 640 px of width, the month above. */
  view: '' | 'list' | 'month' = '';
  /** Only events at this location (a library branch page); hides the place filter. */
  locationId = '';
  /** Event types to start with, comma-separated (`legal-clinic,citizenship`). */
  types = '';
  /** Languages to start with, comma-separated BCP 47 codes (`es,bn`). */
  languages = '';
  /** Weeks the list shows at a time. */
  weeksAhead = 8;
  /** Level of the date and event headings (default 3, under the host page's h2). */
  headingLevel = 3;
  /** In the list, only the first N occurrences from now (0: all of the period). */
  limit = 0;
  /** Just the list (for a panel): no filters, view switch, period navigation or status line. */
  compact = false;

  private query: CalendarQuery = { types: '', languages: '', locationId: '', q: '' };
  private chosenView: '' | 'list' | 'month' = '';
  private narrow = false;
  private listStart: DayKey = today();
  private month: DayKey = monthOf(today());
  private focusDay: DayKey = today();
  private selectedDay: DayKey = '';
  /** The occurrence whose details are shown. */
  private opened: EventOccurrence | undefined;

  private firstDay = 0;
  private weekLocale = '';
  private opener: HTMLElement | undefined;
  private focusAfter: 'grid' | 'list' | 'title' | '' = '';
  private cancelToken: string | null = null;
  /** Places seen in answers, for the place filter. */
  private places = new Map<string, string>();
  private readonly resize = new ResizeObserver(([entry]) => {
    const width = entry?.contentRect.width ?? 0;
    if (width) this.narrow = width < NARROW;
  });
  /** The occurrences of the period shown (the first `limit` from now, in a limited list). */
  private readonly events = this.loader(
    () => [...this.range(), this.query, this.currentView === 'list' && this.limit] as const,
    async ([from, to, query, limit], api, signal): Promise<Loaded> => {
      const list = await listEvents(api, query, from, to, signal);
      const byDay = new Map<DayKey, EventOccurrence[]>();
      const now = Date.now();
      for (const o of limit ? list.items.filter((e) => Date.parse(e.end) > now).slice(0, limit) : list.items) {
        const day = dayOf(o);
        const items = byDay.get(day);
        if (items) items.push(o);
        else byDay.set(day, [o]);
        if (o.location) this.places.set(o.location.id, o.location.name);
      }
      return { list, byDay };
    },
  );
  /** The opened event in full. */
  private readonly detail = this.loader(
    () => this.opened && ([this.opened.event_id, this.opened.local_start] as const),
    ([id, start], api, signal) => loadEvent(api, id, start, signal),
  );

  private detailView: DetailView | undefined;
  private detailViewLoad: Promise<void> | undefined;
  private detailViewError: unknown;

  override connectedCallback(): void {
    super.connectedCallback();
    this.cancelToken = cancelTokenFromLocation();
    if (this.cancelToken) loadRegistration();
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    this.resize.disconnect();
    super.disconnectedCallback();
  }

  /** The view shown: the visitor's choice, the `view` attribute, or by width. */
  get currentView(): 'list' | 'month' {
    const set = this.chosenView || this.view;
    return set === 'list' || set === 'month' ? set : this.narrow ? 'list' : 'month';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) this.narrow = this.offsetWidth > 0 && this.offsetWidth < NARROW;
    if (changed.has('types') || changed.has('languages') || changed.has('locationId')) {
      this.query = {
        ...this.query,
        types: split(this.types),
        languages: split(this.languages),
        locationId: this.locationId,
      };
    }
    if (this.weekLocale !== this.locale) {
      this.weekLocale = this.locale;
      this.firstDay = firstDayOfWeek(this.locale);
    }
  }

  /** The instants the current view asks for. */
  private range(): [Date, Date] {
    if (this.currentView === 'list') {
      return [localMidnight(this.listStart), localMidnight(addDays(this.listStart, this.weeksAhead * 7))];
    }
    const days = monthDays(this.month, this.firstDay);
    return spanInstants(days[0]!, days[days.length - 1]!);
  }

  /** "March 2027, 14 events", or "14 events" for the list. */
  private summary(list: EventList, byDay: Map<DayKey, EventOccurrence[]>): string {
    const inList = this.currentView === 'list';
    let count = 0;
    for (const [day, items] of byDay) if (inList || monthOf(day) === this.month) count += items.length;
    if (inList) return eventCount(this.limit ? count : list.total, this.locale);
    if (monthOf(this.selectedDay) === this.month) return this.dayStatus(this.selectedDay, byDay);
    return msg(str`${monthLabel(this.month, this.locale)}, ${eventCount(count, this.locale)}`, {
      id: 'calendar.month-status',
    });
  }

  /**
   * A chosen day, said where the month's status was: its events appear under
   * the grid, out of sight of a screen reader's focus in the grid.
   */
  private dayStatus(day: DayKey, byDay: Map<DayKey, EventOccurrence[]>): string {
    const count = byDay.get(day)?.length ?? 0;
    const name = dayLabel(day, this.locale);
    return count
      ? msg(str`${eventCount(count, this.locale)} on ${name}, listed below the calendar.`, {
          id: 'calendar.day-status',
        })
      : msg(str`No events on ${name}.`, { id: 'calendar.day-status-none' });
  }

  private reload(): void {
    void this.events.run();
  }

  private setFilter(patch: Partial<CalendarQuery>): void {
    this.query = { ...this.query, ...patch };
  }

  private setView(view: 'list' | 'month'): void {
    this.chosenView = view;
  }

  /** Moves the grid's focus to a day, changing month when it lies in another. */
  private moveTo(day: DayKey, select = false): void {
    this.focusDay = day;
    this.month = monthOf(day);
    if (select) this.selectedDay = day;
    this.focusAfter = 'grid';
  }

  private readonly onGridKey = (e: KeyboardEvent): void => {
    const move = gridKeyMove(e, this.focusDay, this.direction, this.firstDay);
    if (!move) return;
    e.preventDefault();
    this.moveTo(move.day, move.pick);
  };

  private stepMonth(step: number): void {
    this.month = addMonths(this.month, step);
    this.focusDay = addMonths(this.focusDay, step);
    if (monthOf(this.focusDay) !== this.month) this.focusDay = this.month;
  }

  /** Shows the period holding an occurrence (the "next one" after an empty period). */
  private goTo(o: EventOccurrence): void {
    const day = dayOf(o);
    if (this.currentView === 'list') {
      this.listStart = day;
      this.focusAfter = 'list';
    } else {
      this.moveTo(day, true);
    }
  }

  private openEvent(occurrence: EventOccurrence, trigger: HTMLElement): void {
    this.opener = trigger;
    this.opened = occurrence;
    this.focusAfter = 'title';
    this.dispatchEvent(new WwEventSelectEvent({ eventId: occurrence.event_id, occurrence: occurrence.local_start }));
    // Every time: the places left may have changed since it was last opened.
    void this.detail.run();
    // The view's code comes with the first event opened, while its record is requested.
    this.loadDetailView();
  }

  /** Try again after the view's code failed to load: its record too, when that failed as well. */
  private retryDetailView(): void {
    this.focusAfter = 'title';
    this.loadDetailView();
    if (this.detail.status === 'error') void this.detail.run();
  }

  private loadDetailView(): void {
    this.detailViewError = undefined;
    this.detailViewLoad ??= import('./parts/event-detail.js').then(
      ({ renderEventDetail }) => {
        this.detailView = renderEventDetail;
        this.requestUpdate();
      },
      (error: unknown) => {
        this.detailViewLoad = undefined;
        // The code did not arrive (the site is unreachable): said like any request that could not reach it.
        this.detailViewError = new NetworkError(String(error));
        this.requestUpdate();
      },
    );
  }

  private async closeDetail(): Promise<void> {
    const id = this.opened?.id ?? '';
    this.opened = undefined;
    this.focusAfter = '';
    await this.updateComplete;
    const opener = this.opener?.isConnected
      ? this.opener
      : this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
    opener?.focus();
  }

  /**
   * Escape closes the event, except in a form field (the sign-up's): there it
   * belongs to the field (a browser clears a search box or closes a list with
   * it), and closing would take away the form being filled in.
   */
  private readonly onDetailKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    const origin = e.composedPath()[0];
    if (origin instanceof Element && origin.matches(FORM_FIELD)) return;
    void this.closeDetail();
  };

  /** A sign-up changed the places left: fetch the event and the list again. */
  private onRegistered(): void {
    void this.detail.run();
    this.reload();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.focusAfter;
    if (!target) return;
    const root = this.renderRoot;
    if (target === 'title') {
      // The view's code may still be on its way: focus waits for the title (or goes to Try again when it failed).
      const title = root.querySelector<HTMLElement>('.detail__title, .detail [part="notice-action"]');
      if (!title) return;
      title.focus();
    } else if (target === 'grid') root.querySelector<HTMLElement>('.grid td[tabindex="0"]')?.focus();
    else if (this.events.status !== 'complete') return;
    else root.querySelector<HTMLElement>('.event__title')?.focus();
    this.focusAfter = '';
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base" lang=${this.locale} dir=${this.direction}>
      ${this.config.value.endpoint ? this.renderCalendar() : this.renderMissingEndpoint()}
    </div>`;
  }

  private renderCalendar(): TemplateResult {
    const endpoint = this.config.value.endpoint ?? '';
    const { status, value: loaded, error } = this.events;
    const view = this.currentView;
    const opened = this.opened;
    const detail = this.detail;
    return html`${this.compact ? nothing : renderSkipLink(msg('Skip past the calendar', { id: 'calendar.skip' }))}
      ${
        this.cancelToken
          ? html`<ww-event-registration
              class="cancel"
              cancel-token=${this.cancelToken}
              lang=${this.locale}
              .endpoint=${endpoint}
            ></ww-event-registration>`
          : nothing
      }
      ${
        opened
          ? html`<div class="detail-wrap" @keydown=${this.onDetailKey} @ww-registration-complete=${this.onRegistered}>
              ${
                this.detailView
                  ? this.detailView({
                      locale: this.locale,
                      level: headingLevel(this.headingLevel, 3),
                      endpoint,
                      occurrence: opened,
                      event: detail.current,
                      problem:
                        detail.status === 'error' ? this.renderError(detail.error, () => void detail.run()) : undefined,
                      back: () => void this.closeDetail(),
                      helpers: DETAIL_HELPERS,
                    })
                  : html`<article part="detail" class="detail">
                      ${this.detailViewError ? this.renderError(this.detailViewError, () => this.retryDetailView()) : nothing}
                    </article>`
              }
            </div>`
          : nothing
      }
      <div class="main" ?hidden=${Boolean(opened)}>
        ${
          this.compact
            ? nothing
            : html`<div class="toolbar">
                  ${renderFilters({
                    locale: this.locale,
                    query: this.query,
                    facets: loaded?.list.facets,
                    locations: this.locationId ? null : this.places,
                    onChange: (patch) => this.setFilter(patch),
                  })}
                  <div part="views" class="views" role="group" aria-label=${msg('View', { id: 'calendar.view' })}>
                    <button
                      type="button"
                      class="button"
                      aria-pressed=${view === 'list' ? 'true' : 'false'}
                      @click=${() => this.setView('list')}
                    >
                      ${msg('List', { id: 'calendar.view-list' })}
                    </button>
                    <button
                      type="button"
                      class="button"
                      aria-pressed=${view === 'month' ? 'true' : 'false'}
                      @click=${() => this.setView('month')}
                    >
                      ${msg('Month', { id: 'calendar.view-month' })}
                    </button>
                  </div>
                </div>
                <p part="status" class="status" role="status">
                  ${status === 'pending' ? msg('Loading events…', { id: 'calendar.loading' }) : status === 'complete' && loaded ? this.summary(loaded.list, loaded.byDay) : ''}
                </p>`
        }
        ${
          status === 'error'
            ? this.renderError(error, () => this.reload())
            : view === 'list'
              ? this.renderList(loaded)
              : this.renderMonth(loaded)
        }
      </div>
      ${this.compact ? nothing : renderSkipTarget(msg('End of the calendar', { id: 'calendar.skip-end' }))}`;
  }

  private get viewContext(): ViewContext {
    return {
      locale: this.locale,
      level: headingLevel(this.headingLevel, 3),
      open: (o, trigger) => void this.openEvent(o, trigger),
    };
  }

  private renderEmpty(list: EventList): TemplateResult {
    const next = list.next;
    return renderNotice({
      tone: 'info',
      heading: msg('No events in this period.', { id: 'calendar.empty' }),
      detail: next
        ? msg(str`The next one is ${isolate(next.title)} on ${dateTime(next, this.locale)}.`, { id: 'calendar.next' })
        : undefined,
      action: next ? { label: msg('Show it', { id: 'calendar.go-next' }), onClick: () => this.goTo(next) } : undefined,
    });
  }

  private renderList(loaded: Loaded | undefined): TemplateResult {
    const last = addDays(this.listStart, this.weeksAhead * 7 - 1);
    const step = (weeks: number) => () => (this.listStart = addDays(this.listStart, weeks * 7));
    const days = loaded ? [...loaded.byDay].sort((a, b) => (a[0] < b[0] ? -1 : 1)) : [];
    return html`${
        this.compact
          ? nothing
          : html`<div class="period">
              <button type="button" class="button" @click=${step(-this.weeksAhead)}>
                <span class="arrow" aria-hidden="true">←</span> ${msg('Earlier', { id: 'calendar.earlier' })}
              </button>
              <p class="period__title">${dayRange(this.listStart, last, this.locale)}</p>
              <button type="button" class="button" @click=${step(this.weeksAhead)}>
                ${msg('Later', { id: 'calendar.later' })} <span class="arrow" aria-hidden="true">→</span>
              </button>
            </div>`
      }
      <div class="list-wrap" aria-busy=${this.events.status === 'pending' ? 'true' : 'false'}>
        ${
          this.events.status === 'complete' && loaded && !days.length
            ? this.renderEmpty(loaded.list)
            : renderAgenda(days, this.viewContext)
        }
      </div>`;
  }

  private renderMonth(loaded: Loaded | undefined): TemplateResult {
    const byDay = loaded?.byDay ?? new Map<DayKey, EventOccurrence[]>();
    const selected = monthOf(this.selectedDay) === this.month ? this.selectedDay : '';
    const inMonth = [...byDay.keys()].some((day) => monthOf(day) === this.month);
    return html`${renderMonthGrid({
      locale: this.locale,
      level: headingLevel(this.headingLevel, 3),
      month: this.month,
      days: monthDays(this.month, this.firstDay),
      byDay,
      dayName: (day, items) => eventDayName(day, items, this.locale),
      renderItems: (items) => renderDayEvents(items, this.locale),
      previousLabel: msg('Previous month', { id: 'calendar.month-previous' }),
      nextLabel: msg('Next month', { id: 'calendar.month-next' }),
      focus: monthOf(this.focusDay) === this.month ? this.focusDay : this.month,
      selected,
      today: today(),
      busy: this.events.status === 'pending',
      onKey: this.onGridKey,
      onPick: (day) => this.moveTo(day, true),
      onMonth: (step) => this.stepMonth(step),
    })}
    ${
      this.events.status === 'complete' && loaded && !inMonth
        ? this.renderEmpty(loaded.list)
        : selected
          ? html`<div class="selected-day">
              ${
                byDay.get(selected)?.length
                  ? html`${renderSkipLink(msg('Go to this day’s events', { id: 'calendar.go-to-day' }), '.selected-day .day-heading')}
                    ${renderAgenda([[selected, byDay.get(selected)!]], this.viewContext)}`
                  : html`<p class="note">${msg('No events on this day.', { id: 'calendar.day-empty' })}</p>`
              }
            </div>`
          : html`<p class="note">${msg('Choose a day to see its events.', { id: 'calendar.choose-day' })}</p>`
    }`;
  }
}
