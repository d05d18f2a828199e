import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { WwDataElement } from '../../core/data-element.js';
import { HttpError } from '../../core/errors.js';
import { msg, str } from '../../core/localize.js';
import { renderNotice } from '../../core/notice.js';
import { noticeStyles } from '../../core/styles/notice.js';
import { WwEventSelectEvent } from '../../events/event-select.js';
import { catalogue as eventsCatalogue } from '../../generated/locales/events/index.js';
import { catalogue as finderCatalogue } from '../../generated/locales/finder/index.js';
import type { EventList, EventOccurrence } from '../clinic-calendar/clinic-calendar.api.js';
import type { ServiceList } from '../service-finder/service-finder.api.js';
import { loadLocation, nearbyServices, upcomingEvents, type CornerLocation } from './corner-panel.api.js';
import { cornerPanelStyles } from './corner-panel.styles.js';
import { fallbackNote, heading, renderEvent, renderPlaceFacts, renderService } from './parts/sections.js';
import { catalogue as cornerCatalogue } from '../../generated/locales/corner/index.js';

/** A section's answer: undefined while loading. */
type Loaded<T> = T | { error: unknown } | undefined;
type Dialog = { kind: 'event'; occurrence: EventOccurrence } | { kind: 'ask' };

const failed = (value: Loaded<unknown>): value is { error: unknown } =>
  value !== undefined && value !== null && typeof value === 'object' && 'error' in value;

/** The dialogs' contents load when a visitor first opens one, not with the panel. */
function lazy(tag: string, load: () => Promise<unknown>): void {
  if (customElements.get(tag)) return;
  load().catch((error: unknown) => console.error(`[welcome-widgets] could not load <${tag}>.`, error));
}

/**
 * @tagname ww-corner-panel
 * @summary A library's New Americans / Immigrant Information Corner: what it offers and what is on.
 *
 * For a branch's page: the corner and its materials, hours today and whether it
 * is open now (in the branch's time zone), the languages staff speak, the
 * address with directions, access notes; the branch's next three events, each
 * with a dialog holding its sign-up form; the three nearest services; and a
 * way to ask a question. The sign-up and question forms load only when opened.
 *
 * @attr location-id - The branch (`GET locations/{id}`).
 * @attr variant - `new-americans` ("New Americans Corner") or `immigrant-information` ("Immigrant Information Corner"); by default the latter in Massachusetts, the former elsewhere.
 * @attr heading-level - Level of the panel's heading (default 2); its sections are one level below.
 * @attr calendar-href - A page with all events: adds "See all events".
 * @attr finder-href - A page with the service finder: adds "Find more help".
 * @attr ask-href - A page to ask a question: a link instead of the question form in a dialog.
 *
 * @fires ww-event-select - The visitor opened an event. `detail: { eventId, occurrence }`.
 *
 * @csspart base - The root wrapper.
 * @csspart heading - The panel's heading.
 * @csspart event - One of the next events.
 * @csspart event-button - "Details and sign-up".
 * @csspart service - One nearby service.
 * @csspart action - Links (directions, call, website, see all, find more) and the ask button.
 * @csspart dialog - The event and question dialogs.
 * @csspart notice - Loading failures, not found and setup messages.
 *
 * @cssproperty --ww-corner-panel-background - Background of the panel. Default `--ww-color-surface`.
 * @cssproperty --ww-color-primary - Buttons, links and focus.
 * @cssproperty --ww-color-text - Text colour.
 * @cssproperty --ww-font-family - Font; the host page's by default.
 */
export class WwCornerPanel extends WwDataElement {
  // The finder's and calendar's messages are reused here; the lead adds the `corner` part.
  static override catalogues = [finderCatalogue, eventsCatalogue, cornerCatalogue];
  static override styles = [...WwDataElement.styles, noticeStyles, cornerPanelStyles];

  static override properties: PropertyDeclarations = {
    ...WwDataElement.properties,
    locationId: { attribute: 'location-id' },
    variant: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    calendarHref: { attribute: 'calendar-href' },
    finderHref: { attribute: 'finder-href' },
    askHref: { attribute: 'ask-href' },
    place: { state: true },
    events: { state: true },
    services: { state: true },
    dialog: { state: true },
  };

  locationId = '';
  variant?: 'new-americans' | 'immigrant-information';
  headingLevel = 2;
  calendarHref = '';
  finderHref = '';
  askHref = '';

  private place: Loaded<CornerLocation>;
  private events: Loaded<EventList>;
  private services: Loaded<ServiceList>;
  private dialog: Dialog | undefined;
  private loadedKey = '';
  private request: AbortController | undefined;
  private trigger: HTMLElement | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Content comes in the UI language: a new language (or branch) means new requests.
    const key = `${this.locale}|${this.locationId}|${this.config.value.endpoint ?? ''}`;
    if (key !== this.loadedKey && this.isConnected) {
      this.loadedKey = key;
      void this.load();
    }
  }

  private get level(): number {
    return Math.min(6, Math.max(1, this.headingLevel || 2));
  }

  /** The branch first (its coordinates find the services), its events at the same time. */
  async load(): Promise<void> {
    const api = this.api;
    if (!api) return;
    this.request?.abort();
    const request = (this.request = new AbortController());
    const signal = this.requestSignal(request);
    const id = this.locationId;
    this.place = this.events = this.services = undefined;
    const settle = <T>(promise: Promise<T>, set: (value: Loaded<T>) => void) =>
      promise.then(set, (error: unknown) => {
        if (!signal.aborted) set({ error });
      });
    void settle(upcomingEvents(api, id, signal), (value) => {
      if (request === this.request) this.events = value;
    });
    await settle(loadLocation(api, id, signal), (value) => {
      if (request === this.request) this.place = value;
    });
    const place = this.place;
    if (request !== this.request || !place || failed(place)) return;
    await settle(nearbyServices(api, place, signal), (value) => {
      if (request === this.request) this.services = value;
    });
  }

  private async open(dialog: Dialog, trigger: HTMLElement): Promise<void> {
    this.trigger = trigger;
    this.dialog = dialog;
    if (dialog.kind === 'event') {
      lazy('ww-event-registration', () => import('../event-registration/register.js'));
      const [eventId = '', occurrence = ''] = dialog.occurrence.id.split('/');
      this.dispatchEvent(new WwEventSelectEvent({ eventId, occurrence }));
    } else {
      lazy('ww-inquiry-form', () => import('../inquiry-form/register.js'));
    }
    await this.updateComplete;
    // Focus moves to the dialog's first control (Close); Escape closes it.
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  private close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  private onDialogClose(): void {
    this.dialog = undefined;
    this.trigger?.focus();
  }

  protected override render(): TemplateResult {
    const loading = this.config.value.endpoint && this.place === undefined;
    return html`<div part="base" class="base" lang=${this.locale} dir=${this.direction}>
      <p class="visually-hidden" role="status">
        ${loading ? msg('Loading the library corner…', { id: 'corner.loading' }) : ''}
      </p>
      ${this.renderBody()}
    </div>`;
  }

  private renderBody(): TemplateResult {
    const place = this.place;
    if (!this.config.value.endpoint) return this.renderMissingEndpoint();
    if (!place) {
      return html`<div class="skeleton" aria-hidden="true">
        <div></div>
        <div></div>
        <div></div>
      </div>`;
    }
    if (failed(place)) {
      return place.error instanceof HttpError && (place.error.status === 404 || place.error.status === 400)
        ? renderNotice({
            tone: 'error',
            heading: msg('We could not find this library branch.', { id: 'corner.not-found' }),
            detail: msg('The page may point to a branch that has moved or closed. Please ask the library.', {
              id: 'corner.not-found-detail',
            }),
          })
        : this.renderError(place.error, () => void this.load());
    }
    return this.renderPanel(place);
  }

  private cornerHeading(place: CornerLocation): string {
    const name = place.name;
    if (!place.corner) return name;
    const variant =
      this.variant ?? (place.address?.state_province === 'MA' ? 'immigrant-information' : 'new-americans');
    return variant === 'immigrant-information'
      ? msg(str`Immigrant Information Corner at ${name}`, { id: 'corner.heading-information' })
      : msg(str`New Americans Corner at ${name}`, { id: 'corner.heading-new-americans' });
  }

  private renderPanel(place: CornerLocation): TemplateResult {
    const { locale, level } = this;
    const lang = place.content?.locale;
    const events = this.events;
    const services = this.services;
    const shown =
      events && !failed(events)
        ? events.items.length
          ? events.items.slice(0, 3)
          : events.next
            ? [events.next]
            : []
        : [];
    const openEvent = (occurrence: EventOccurrence, trigger: HTMLElement) =>
      void this.open({ kind: 'event', occurrence }, trigger);
    return html`<section class="panel" aria-labelledby="title">
      <div part="heading">${heading(level, this.cornerHeading(place), 'title', lang)}</div>
      ${fallbackNote(place.content?.fallback)}
      ${place.corner_description ? html`<p lang=${ifDefined(lang)}>${place.corner_description}</p>` : nothing}
      ${place.description ? html`<p lang=${ifDefined(lang)}>${place.description}</p>` : nothing}
      ${renderPlaceFacts(place, locale)}
      <div class="columns">
        <div class="column" aria-busy=${events ? 'false' : 'true'}>
          ${heading(level + 1, msg('Coming up at this branch', { id: 'corner.events' }))}
          ${
            failed(events)
              ? this.renderError(events.error, () => void this.load())
              : events && !shown.length
                ? html`<p>${msg('No events are planned at this branch for now.', { id: 'corner.no-events' })}</p>`
                : html`${
                      events && !events.items.length
                        ? html`<p>
                            ${msg('Nothing in the next two months. The next event:', { id: 'corner.next-event' })}
                          </p>`
                        : nothing
                    }
                    <ul class="list">
                      ${shown.map((o) => renderEvent(o, locale, level + 2, openEvent))}
                    </ul>`
          }
          ${this.link(this.calendarHref, msg('See all events', { id: 'corner.all-events' }))}
        </div>
        <div class="column" aria-busy=${services ? 'false' : 'true'}>
          ${heading(level + 1, msg('Help nearby', { id: 'corner.services' }))}
          ${
            failed(services)
              ? this.renderError(services.error, () => void this.load())
              : services && !services.items.length
                ? html`<p>${msg('No services found nearby.', { id: 'corner.no-services' })}</p>`
                : html`<ul class="list">
                    ${services?.items.map((s) => renderService(s, locale))}
                  </ul>`
          }
          ${this.link(this.finderHref, msg('Find more help', { id: 'corner.more-services' }))}
        </div>
      </div>
      <div class="ask">
        ${
          this.askHref
            ? this.link(this.askHref, msg('Ask a question', { id: 'corner.ask' }))
            : html`<button
                type="button"
                class="button button--primary"
                part="action"
                @click=${(e: Event) => void this.open({ kind: 'ask' }, e.currentTarget as HTMLElement)}
              >
                ${msg('Ask a question', { id: 'corner.ask' })}
              </button>`
        }
      </div>
      ${this.renderDialog()}
    </section>`;
  }

  private link(href: string, label: string): TemplateResult | typeof nothing {
    return href ? html`<a class="button" part="action" href=${href}>${label}</a>` : nothing;
  }

  private renderDialog(): TemplateResult | typeof nothing {
    const d = this.dialog;
    if (!d) return nothing;
    const { endpoint } = this.config.value;
    const o = d.kind === 'event' ? d.occurrence : undefined;
    return html`<dialog part="dialog" class="dialog" aria-labelledby="dialog-title" @close=${this.onDialogClose}>
      <div class="dialog__head">
        ${heading(
          this.level,
          o ? msg('Details and sign-up', { id: 'corner.details' }) : msg('Ask a question', { id: 'corner.ask' }),
          'dialog-title',
        )}
        <button class="button" type="button" @click=${this.close}>${msg('Close', { id: 'corner.close' })}</button>
      </div>
      ${
        o
          ? html`<ww-event-registration
              event-id=${o.event_id}
              occurrence=${o.local_start}
              heading-level=${Math.min(6, this.level + 1)}
              lang=${this.locale}
              .endpoint=${endpoint}
            ></ww-event-registration>`
          : html`<ww-inquiry-form
              heading-level=${Math.min(6, this.level + 1)}
              lang=${this.locale}
              .endpoint=${endpoint}
            ></ww-inquiry-form>`
      }
    </dialog>`;
  }
}
