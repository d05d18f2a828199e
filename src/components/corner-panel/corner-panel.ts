import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { WwDataElement } from '../../core/data-element.js';
import { HttpError } from '../../core/errors.js';
import { isolate } from '../../core/bidi.js';
import { headingLevel, renderHeading } from '../../core/heading.js';
import { msg, str } from '../../core/localize.js';
import { renderNotice } from '../../core/notice.js';
import { buttonStyles } from '../../core/styles/button.js';
import { noticeStyles } from '../../core/styles/notice.js';
import { renderSkipLink, renderSkipTarget, skipLinkStyles } from '../../core/skip-link.js';
import { loadLocation, type CornerLocation } from './corner-panel.api.js';
import { cornerPanelStyles } from './corner-panel.styles.js';
import { fallbackNote, renderPlaceFacts } from './parts/sections.js';
import { catalogue as cornerCatalogue } from '../../generated/locales/corner/index.js';

/** The calendar, the finder and the question form load when the panel first shows them, not with it. */
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
 * address with directions, access notes; the branch's next three events (a
 * compact `<ww-clinic-calendar>`, whose details and sign-up open in place); the
 * three nearest services (a compact `<ww-service-finder>`); and a way to ask a
 * question. The calendar, the finder and the question form load only when shown.
 * It starts with a "Skip past the library corner" button, seen only with
 * keyboard focus; its finder's search landmark is named "Help nearby", apart
 * from a finder of the page's own.
 *
 * @fires ww-event-select - The visitor opened an event in the panel's calendar. `detail: { eventId, occurrence }`.
 *
 * @csspart base - The root wrapper.
 * @csspart heading - The panel's heading.
 * @csspart calendar - The next events (`<ww-clinic-calendar>`; style inside it with its own parts).
 * @csspart finder - The nearby services (`<ww-service-finder>`; style inside it with its own parts).
 * @csspart action - Links (see all, find more) and the ask button.
 * @csspart dialog - The question dialog.
 * @csspart notice - Loading failures, not found and setup messages.
 *
 * @cssproperty --ww-corner-panel-background - Background of the panel. Default `--ww-color-surface`.
 * @cssproperty --ww-color-primary - Buttons, links and focus.
 * @cssproperty --ww-color-text - Text colour.
 * @cssproperty --ww-font-family - Font; the host page's by default.
 */
export class WwCornerPanel extends WwDataElement {
  // Its own messages only: the calendar and the finder inside load theirs.
  static override catalogues = [cornerCatalogue];
  static override styles = [...WwDataElement.styles, buttonStyles, noticeStyles, skipLinkStyles, cornerPanelStyles];

  static override get properties(): PropertyDeclarations {
    return {
      ...WwDataElement.properties,
      locationId: { attribute: 'location-id' },
      variant: {},
      headingLevel: { type: Number, attribute: 'heading-level' },
      calendarHref: { attribute: 'calendar-href' },
      finderHref: { attribute: 'finder-href' },
      askHref: { attribute: 'ask-href' },
      asking: { state: true },
    };
  }

  /** The branch (`GET locations/{id}`). */
  locationId = '';
  /**
   * `new-americans` ("New Americans Corner") or `immigrant-information` ("Immigrant Information Corner");
   * by default the latter in Massachusetts, the former elsewhere.
   */
  variant?: 'new-americans' | 'immigrant-information';
  /** Level of the panel's heading; its sections are one level below. */
  headingLevel = 2;
  /** A page with all events: adds "See all events". */
  calendarHref = '';
  /** A page with the service finder: adds "Find more help". */
  finderHref = '';
  /** A page to ask a question: a link instead of the question form in a dialog. */
  askHref = '';

  private asking = false;
  private trigger: HTMLElement | undefined;
  /** The branch; its events and nearby services are fetched by the calendar and the finder inside. */
  private readonly place = this.loader(
    () => [this.locationId],
    ([id], api, signal) => loadLocation(api, id, signal),
  );

  private get level(): number {
    return headingLevel(this.headingLevel, 2);
  }

  private async ask(trigger: HTMLElement): Promise<void> {
    this.trigger = trigger;
    this.asking = true;
    lazy('ww-inquiry-form', () => import('../inquiry-form/register.js'));
    await this.updateComplete;
    // Focus moves to the dialog's first control (Close); Escape closes it.
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  private close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  private onDialogClose(): void {
    this.asking = false;
    this.trigger?.focus();
  }

  protected override render(): TemplateResult {
    const loading = this.config.value.endpoint && this.place.status !== 'complete' && this.place.status !== 'error';
    return html`<div part="base" class="base" lang=${this.locale} dir=${this.direction}>
      <p class="visually-hidden" role="status">
        ${loading ? msg('Loading the library corner…', { id: 'corner.loading' }) : ''}
      </p>
      ${this.renderBody()}
    </div>`;
  }

  private renderBody(): TemplateResult {
    const { status, value, error } = this.place;
    if (!this.config.value.endpoint) return this.renderMissingEndpoint();
    if (status === 'error') {
      return error instanceof HttpError && (error.status === 404 || error.status === 400)
        ? renderNotice({
            tone: 'error',
            heading: msg('We could not find this library branch.', { id: 'corner.not-found' }),
            detail: msg('The page may point to a branch that has moved or closed. Please ask the library.', {
              id: 'corner.not-found-detail',
            }),
          })
        : this.renderError(error, () => void this.place.run());
    }
    if (status !== 'complete' || !value) {
      return html`<div class="skeleton" aria-hidden="true">
        <div></div>
        <div></div>
        <div></div>
      </div>`;
    }
    return this.renderPanel(value);
  }

  private cornerHeading(place: CornerLocation): string {
    const name = place.name;
    if (!place.corner) return name;
    const variant =
      this.variant ?? (place.address?.state_province === 'MA' ? 'immigrant-information' : 'new-americans');
    return variant === 'immigrant-information'
      ? msg(str`Immigrant Information Corner at ${isolate(name)}`, { id: 'corner.heading-information' })
      : msg(str`New Americans Corner at ${isolate(name)}`, { id: 'corner.heading-new-americans' });
  }

  private renderPanel(place: CornerLocation): TemplateResult {
    const { locale, level } = this;
    const { endpoint } = this.config.value;
    const lang = place.content?.locale;
    lazy('ww-clinic-calendar', () => import('../clinic-calendar/register.js'));
    lazy('ww-service-finder', () => import('../service-finder/register.js'));
    // The services nearest the branch, or those at it when it has no coordinates.
    const near = place.latitude !== null && place.longitude !== null ? `${place.latitude},${place.longitude}` : '';
    const services = msg('Help nearby', { id: 'corner.services' });
    return html`<section class="panel" aria-labelledby="title">
      ${renderSkipLink(msg('Skip past the library corner', { id: 'corner.skip' }))}
      <div part="heading">
        ${renderHeading(
          level,
          this.cornerHeading(place),
          // The branch's name alone, or our words around it (the name isolated in them).
          place.corner ? { id: 'title' } : { id: 'title', lang, dir: 'auto' },
        )}
      </div>
      ${fallbackNote(place.content?.fallback)}
      ${place.corner_description ? html`<p lang=${ifDefined(lang)} dir="auto">${place.corner_description}</p>` : nothing}
      ${place.description ? html`<p lang=${ifDefined(lang)} dir="auto">${place.description}</p>` : nothing}
      ${renderPlaceFacts(place, locale)}
      <div class="columns">
        <div class="column">
          ${renderHeading(level + 1, msg('Coming up at this branch', { id: 'corner.events' }))}
          <ww-clinic-calendar
            part="calendar"
            compact
            view="list"
            limit="3"
            location-id=${place.id}
            heading-level=${Math.min(6, level + 2)}
            lang=${locale}
            .endpoint=${endpoint}
          ></ww-clinic-calendar>
          ${this.link(this.calendarHref, msg('See all events', { id: 'corner.all-events' }))}
        </div>
        <div class="column">
          ${renderHeading(level + 1, services)}
          <ww-service-finder
            part="finder"
            layout="compact"
            hide-filters
            page-size="3"
            heading-level=${Math.min(6, level + 2)}
            search-label=${services}
            languages=""
            near=${near}
            location-id=${near ? '' : place.id}
            lang=${locale}
            .endpoint=${endpoint}
          ></ww-service-finder>
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
                @click=${(e: Event) => void this.ask(e.currentTarget as HTMLElement)}
              >
                ${msg('Ask a question', { id: 'corner.ask' })}
              </button>`
        }
      </div>
      ${this.renderDialog()} ${renderSkipTarget(msg('End of the library corner', { id: 'corner.skip-end' }))}
    </section>`;
  }

  private link(href: string, label: string): TemplateResult | typeof nothing {
    return href ? html`<a class="button" part="action" href=${href}>${label}</a>` : nothing;
  }

  private renderDialog(): TemplateResult | typeof nothing {
    if (!this.asking) return nothing;
    return html`<dialog part="dialog" class="dialog" aria-labelledby="dialog-title" @close=${this.onDialogClose}>
      <div class="dialog__head">
        ${renderHeading(this.level, msg('Ask a question', { id: 'corner.ask' }), { id: 'dialog-title' })}
        <button class="button" type="button" @click=${this.close}>${msg('Close', { id: 'corner.close' })}</button>
      </div>
      <ww-inquiry-form
        heading-level=${Math.min(6, this.level + 1)}
        lang=${this.locale}
        .endpoint=${this.config.value.endpoint}
      ></ww-inquiry-form>
    </dialog>`;
  }
}
