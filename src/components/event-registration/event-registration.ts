import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { WwDataElement } from '../../core/data-element.js';
import { renderTrap } from '../../core/forms/fields.js';
import { FormState } from '../../core/forms/form-state.js';
import { headingLevel, renderHeading } from '../../core/heading.js';
import { msg, str } from '../../core/localize.js';
import { renderNotice } from '../../core/notice.js';
import { formStyles } from '../../core/styles/form.js';
import { buttonStyles } from '../../core/styles/button.js';
import { noticeStyles } from '../../core/styles/notice.js';
import { WwRegistrationCompleteEvent } from '../../events/registration-complete.js';
import {
  cancelRegistration,
  loadEvent,
  type EventDetail,
  type Registration,
  type Session,
} from './event-registration.api.js';
import { eventRegistrationStyles } from './event-registration.styles.js';
import { addToCalendarStyles, calendarLinks, renderAddToCalendar } from './parts/add-to-calendar.js';
import { cancelLink, cancelTokenFromLocation } from './parts/cancel-link.js';
import { REGISTRATION_FIELDS, renderRegistrationFields } from './parts/fields.js';
import { RegistrationSubmission } from './parts/submission.js';
import { formatNumber } from '../../core/number-format.js';
import { dayTexts, sessionText, timeText } from './parts/when.js';
import { catalogue as eventsCatalogue } from '../../generated/locales/events/index.js';
import { catalogue as formsCatalogue } from '../../generated/locales/forms/index.js';
import { webHref } from '../../core/web-href.js';

type Cancel = { step: 'idle' | 'confirm' | 'sending' | 'done' } | { step: 'error'; error: unknown };

/**
 * @tagname ww-event-registration
 * @summary Sign-up for one session of an event, or for a whole series (a 10-week class).
 *
 * Asks only what the organizer needs: a name, how to be contacted (email, phone
 * or not at all), a preferred language, how many people come and, optionally,
 * what would help them take part. Never anything about immigration status.
 * Validates on submit with an error summary that takes focus, keeps what was
 * typed in this tab (sessionStorage) until it is sent, and sends again safely
 * (the same idempotency key) after a lost answer. When a place is full the
 * visitor joins the waiting list and learns their number. The confirmation has
 * add-to-calendar links and a link to cancel later (`#ww-cancel=<token>` on
 * this page: with `event-id` the element reads it itself; otherwise the page
 * passes it back through `cancel-token`).
 *
 * Give it the event as the `event` property (an EventDetail from the API) with
 * the chosen `occurrence`, or an `event-id` (and `occurrence`) to load it;
 * loaded that way, it also shows the event's title, time and place.
 *
 * @fires ww-registration-complete - A sign-up succeeded. `detail: { eventId, occurrence, scope, status, waitlistPosition, registrationId }`; never the name or contact.
 *
 * @csspart base - The root wrapper.
 * @csspart form - The sign-up form.
 * @csspart field - A field's wrapper (label, hint, error and control).
 * @csspart label - A field's label or legend.
 * @csspart input - A text box, select, radio button or checkbox.
 * @csspart hint - A field's hint.
 * @csspart error - A field's error message.
 * @csspart error-summary - The list of problems after a failed submit.
 * @csspart submit - The send button.
 * @csspart confirmation - The result after signing up or cancelling.
 * @csspart add-to-calendar - The calendar links.
 * @csspart calendar-link - One calendar link.
 * @csspart notice - Loading, closed, failure and setup messages.
 *
 * @cssproperty --ww-color-primary - Buttons, links and focus.
 * @cssproperty --ww-color-danger - Errors (always with words and an icon too).
 * @cssproperty --ww-color-text - Text colour.
 * @cssproperty --ww-color-surface - Background of fields.
 * @cssproperty --ww-font-family - Font; the host page's by default.
 */
export class WwEventRegistration extends WwDataElement {
  static override catalogues = [eventsCatalogue, formsCatalogue];
  static override styles = [
    ...WwDataElement.styles,
    buttonStyles,
    noticeStyles,
    formStyles,
    addToCalendarStyles,
    eventRegistrationStyles,
  ];

  static override get properties(): PropertyDeclarations {
    return {
      ...WwDataElement.properties,
      event: { attribute: false },
      eventId: { attribute: 'event-id' },
      occurrence: {},
      cancelToken: { attribute: 'cancel-token' },
      headingLevel: { type: Number, attribute: 'heading-level' },
      registration: { state: true },
      cancel: { state: true },
      copied: { state: true },
    };
  }

  /** The event (EventDetail from `GET events/{id}`); set by a page or the calendar. */
  event?: EventDetail | undefined;
  /** The event to load from the API (`GET events/{id}`) when no `event` is given, for a sign-up on its own page. */
  eventId = '';
  /** Local start (`YYYY-MM-DDTHH:MM`) of the chosen session; the event's own by default. */
  occurrence = '';
  /** A registration's cancel token: the element then asks "Cancel your registration?" instead of showing the form. */
  cancelToken = '';
  /** Level of the element's first heading. */
  headingLevel = 2;

  private registration: Registration | undefined;
  private cancel: Cancel = { step: 'idle' };
  /** Result of the Copy button: '' (not pressed), 'yes' or 'no'. */
  private copied = '';

  private readonly form = new FormState(this);
  private readonly submission = new RegistrationSubmission({
    host: this,
    form: this.form,
    level: () => this.heading + (this.standalone ? 2 : 1),
    api: () => this.api,
    signal: () => this.connectionSignal,
    target: () => {
      const event = this.shownEvent;
      return event && { event, scope: this.scope(event), occurrence: this.session(event).local_start };
    },
    done: (registration) => this.signedUp(registration),
  });
  /** The event named by `event-id`, when the page gives no `event`. */
  private readonly loaded = this.loader(
    () => (this.eventId && !this.event ? ([this.eventId, this.occurrence] as const) : undefined),
    ([id, occurrence], api, signal) => loadEvent(api, id, occurrence, signal),
  );

  override connectedCallback(): void {
    // On its own page, the element follows the cancel link it gave out (#ww-cancel=…). Queued before
    // Lit's first update: React (through @lit/react) sets `eventId` just after inserting the element.
    queueMicrotask(() => {
      if (this.eventId && !this.cancelToken) this.cancelToken = cancelTokenFromLocation() ?? '';
    });
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const e = this.shownEvent;
    if (e && !this.registration) {
      const session = this.session(e);
      this.form.start(`registration:${e.event_id}:${this.scope(e) === 'series' ? 'series' : session.local_start}`, {
        name: '',
        contact_method: '',
        email: '',
        phone: '',
        preferred_language: this.locale,
        party_size: '1',
        access_needs: '',
        website: '',
      });
    }
  }

  /** The event set by the page, else the one loaded from `event-id`. */
  private get shownEvent(): EventDetail | undefined {
    return this.event ?? this.loaded.value;
  }

  /** The event came from `event-id`: its details are shown too. */
  private get standalone(): boolean {
    return !this.event && Boolean(this.loaded.value);
  }

  private scope(e: EventDetail): 'session' | 'series' {
    return e.registration.mode === 'series' ? 'series' : 'session';
  }

  /** The chosen session: `occurrence` among the event's sessions, else the event's own. */
  private session(e: EventDetail): Session {
    const at = this.occurrence || e.local_start;
    return e.occurrences?.find((o) => o.local_start === at) ?? e;
  }

  private upcoming(e: EventDetail): Session[] {
    const sessions = e.occurrences?.length ? e.occurrences : [e];
    return sessions.filter((s) => !s.past);
  }

  private get heading(): number {
    return headingLevel(this.headingLevel, 2);
  }

  private async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.heading[tabindex="-1"]')?.focus();
  }

  // ---- Sending (parts/submission.ts) -----------------------------------------------

  private onSubmit(event: Event): void {
    event.preventDefault();
    this.submission.submit();
  }

  private signedUp(registration: Registration): void {
    this.registration = registration;
    this.dispatchEvent(
      new WwRegistrationCompleteEvent({
        eventId: registration.event_id,
        occurrence: registration.occurrence,
        scope: registration.scope,
        status: registration.status === 'waitlisted' ? 'waitlisted' : 'confirmed',
        waitlistPosition: registration.waitlist_position,
        registrationId: registration.id,
      }),
    );
    void this.focusHeading();
  }

  private async cancelNow(token: string): Promise<void> {
    const api = this.api;
    if (!api) return;
    this.cancel = { step: 'sending' };
    try {
      await cancelRegistration(api, token, this.connectionSignal);
      this.cancel = { step: 'done' };
      void this.focusHeading();
    } catch (error) {
      if (!this.connectionSignal.aborted) this.cancel = { step: 'error', error };
    }
  }

  private async copy(link: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      this.copied = 'yes';
    } catch {
      this.copied = 'no';
      this.renderRoot.querySelector<HTMLInputElement>('#cancel-link')?.select();
    }
  }

  // ---- Rendering ----------------------------------------------------------------

  protected override render(): TemplateResult {
    return html`<div part="base" class="base" lang=${this.locale} dir=${this.direction}>
      ${this.config.value.endpoint ? this.renderContent() : this.renderMissingEndpoint()}
    </div>`;
  }

  private renderContent(): TemplateResult | typeof nothing {
    if (this.cancelToken) return this.renderCancelMode();
    const { status, error } = this.loaded;
    if (!this.event && status === 'error') return this.renderError(error, () => void this.loaded.run());
    const e = this.shownEvent;
    if (!e) {
      return status === 'pending'
        ? html`<p class="status" role="status">${msg('Loading…', { id: 'registration.loading' })}</p>`
        : nothing;
    }
    return html`${this.standalone ? this.renderEvent(e) : nothing}
    ${this.registration ? this.renderConfirmation(e, this.registration) : this.renderGate(e)}`;
  }

  /** Title, time and place, when the element loaded the event itself. */
  private renderEvent(e: EventDetail): TemplateResult {
    // The name and the address each isolated: either may be in another script than the other and the page.
    // (Not core/address.ts: a form does not load the display helpers' chunk.)
    const place = e.location
      ? html`<bdi>${e.location.name}</bdi
          >${e.location.address ? html`, <bdi>${e.location.address.address_1}, ${e.location.address.city}</bdi>` : nothing}`
      : e.location_text && html`<bdi>${e.location_text}</bdi>`;
    const online = webHref(e.online_url);
    return html`<div class="event" lang=${e.content.locale || this.locale}>
      ${renderHeading(this.heading, e.title, { dir: 'auto' })}
      <p class="event__when" lang=${this.locale}>${sessionText(this.session(e), e.timezone, this.locale)}</p>
      ${place ? html`<p>${place}</p>` : nothing}
      ${online ? html`<p><a href=${online}>${msg('Online', { id: 'registration.online' })}</a></p>` : nothing}
      ${e.summary ? html`<p class="event__summary" dir="auto">${e.summary}</p>` : nothing}
    </div>`;
  }

  /** Why there is no form, or the form. */
  private renderGate(e: EventDetail): TemplateResult {
    const info = (heading: string) => renderNotice({ tone: 'info', heading });
    const session = this.session(e);
    if (e.status === 'cancelled') return info(msg('This event is cancelled.', { id: 'registration.cancelled-event' }));
    const past = this.scope(e) === 'series' ? this.upcoming(e).length === 0 : session.past;
    if (past) return info(msg('This session has already taken place.', { id: 'registration.past' }));
    if (e.registration.mode === 'none')
      return info(msg('No sign-up needed: just come.', { id: 'registration.just-come' }));
    const external = webHref(e.registration.url);
    if (external) {
      return html`<p class="external">
        <a class="button button--primary" href=${external}
          >${msg("Sign up on the organizer's website", { id: 'registration.external' })}</a
        >
      </p>`;
    }
    if (!e.registration.open) return info(msg('Sign-up for this event is closed.', { id: 'registration.closed' }));
    return this.renderForm(e, session);
  }

  private renderScope(e: EventDetail, session: Session): TemplateResult {
    if (this.scope(e) === 'session') {
      return html`<p class="scope">
        ${msg(str`For the session on ${sessionText(session, e.timezone, this.locale)}`, { id: 'registration.scope.session' })}
      </p>`;
    }
    const sessions = this.upcoming(e);
    const first = sessions[0] ?? session;
    return html`<div class="scope">
      <p>
        ${msg(
          str`For every session of the series (${formatNumber(sessions.length, this.locale)} in all), ${timeText(first, e.timezone, this.locale)}:`,
          { id: 'registration.scope.series' },
        )}
      </p>
      <ul class="dates">
        ${dayTexts(sessions, e.timezone, this.locale).map((day) => html`<li>${day}</li>`)}
      </ul>
    </div>`;
  }

  private renderAvailability(session: Session): TemplateResult | typeof nothing {
    const a = session.availability;
    if (a.full) {
      return html`<div class="availability availability--full">
        <p>
          <strong>${msg('All places are taken.', { id: 'registration.full' })}</strong>
          ${msg('If you sign up, you join the waiting list.', { id: 'registration.full-waitlist' })}
        </p>
        <p>
          ${msg(str`People on the waiting list: ${formatNumber(a.waitlisted, this.locale)}`, { id: 'registration.waitlisted-count' })}
        </p>
      </div>`;
    }
    if (a.available === null) return nothing;
    return html`<p class="availability">
      ${msg(str`Places left: ${formatNumber(a.available, this.locale)}`, { id: 'registration.places-left' })}
    </p>`;
  }

  private renderForm(e: EventDetail, session: Session): TemplateResult {
    const f = this.form;
    const v = f.values;
    const level = this.heading + (this.standalone ? 1 : 0);
    const full = session.availability.full;
    const sending = this.submission.phase === 'sending';
    return html`<form part="form" class="form" novalidate @submit=${this.onSubmit}>
      ${renderHeading(level, msg('Sign up', { id: 'registration.heading' }))} ${this.renderScope(e, session)}
      ${this.renderAvailability(session)} ${this.submission.renderSummary(REGISTRATION_FIELDS)}
      ${renderRegistrationFields({ locale: this.locale, values: v, field: (name) => f.field(name) })}
      ${renderTrap(v.website, (value) => f.set('website', value), msg('Leave this empty', { id: 'registration.trap' }))}
      <p class="privacy">
        ${msg(
          'The organizer keeps only your name, how to reach you, your language and what would help you, to run this event. Nobody will ask about your immigration status.',
          { id: 'registration.privacy' },
        )}
      </p>
      ${this.submission.renderError()}
      <div class="actions">
        <button part="submit" class="button button--primary" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
          ${
            sending
              ? msg('Sending…', { id: 'registration.sending' })
              : full
                ? msg('Join the waiting list', { id: 'registration.submit-waitlist' })
                : msg('Sign up', { id: 'registration.submit' })
          }
        </button>
      </div>
    </form>`;
  }

  private renderConfirmation(e: EventDetail, r: Registration): TemplateResult {
    const level = this.heading + (this.standalone ? 1 : 0);
    if (this.cancel.step === 'done') return this.renderCancelled(level);
    const waitlisted = r.status === 'waitlisted';
    const session = this.session(e);
    const sessions = r.scope === 'series' ? this.upcoming(e) : [session];
    const link = cancelLink(r.cancel_token);
    const links = calendarLinks(
      { ...e, ...(sessions[0] ?? session) },
      this.config.value.endpoint!,
      this.locale,
      r.scope,
    );
    return html`<section part="confirmation" class="confirmation" aria-labelledby="done-heading">
      ${renderHeading(
        level,
        waitlisted
          ? msg(str`You are on the waiting list — number ${formatNumber(r.waitlist_position ?? 0, this.locale)}`, {
              id: 'registration.done.waitlisted',
            })
          : msg('You are registered', { id: 'registration.done.confirmed' }),
        { id: 'done-heading', focusable: true },
      )}
      ${
        waitlisted
          ? html`<p>
              ${msg('If a place opens up, it goes to the next person on the list.', { id: 'registration.done.waitlist-note' })}
            </p>`
          : nothing
      }
      ${
        r.scope === 'series'
          ? html`<p>
                ${msg(str`Every session, ${timeText(sessions[0] ?? session, e.timezone, this.locale)}:`, {
                  id: 'registration.done.series',
                })}
              </p>
              <ul class="dates">
                ${dayTexts(sessions, e.timezone, this.locale).map((day) => html`<li>${day}</li>`)}
              </ul>`
          : html`<p class="when">${sessionText(session, e.timezone, this.locale)}</p>`
      }
      ${renderAddToCalendar(links)}
      <div class="keep">
        <label class="label" for="cancel-link"
          >${msg('Keep this link to cancel later', { id: 'registration.cancel-link' })}</label
        >
        <div class="copy">
          <input id="cancel-link" class="input" readonly .value=${link} />
          <button class="button" type="button" @click=${() => void this.copy(link)}>
            ${msg('Copy', { id: 'registration.copy' })}
          </button>
        </div>
        <p class="hint" role="status">
          ${
            this.copied === 'yes'
              ? msg('Link copied.', { id: 'registration.copied' })
              : this.copied === 'no'
                ? msg('Copying did not work: select the link and copy it.', { id: 'registration.copy-failed' })
                : ''
          }
        </p>
      </div>
      ${this.renderCancelSteps(r.cancel_token, level)}
    </section>`;
  }

  /** "Cancel my registration", then "Are you sure?", then the result. */
  private renderCancelSteps(token: string, level: number): TemplateResult {
    const c = this.cancel;
    // Cancel mode asks straight away; a confirmation first offers the button.
    if (c.step === 'idle' && this.registration) {
      return html`<div class="actions">
        <button
          class="button cancel-start"
          type="button"
          @click=${async () => {
            this.cancel = { step: 'confirm' };
            await this.updateComplete;
            this.renderRoot.querySelector<HTMLElement>('.cancel-question')?.focus();
          }}
        >
          ${msg('Cancel my registration', { id: 'registration.cancel' })}
        </button>
      </div>`;
    }
    return html`<div class="cancel-box">
      ${renderHeading(level + 1, msg('Cancel your registration?', { id: 'registration.cancel.question' }), {
        class: 'heading cancel-question',
        focusable: true,
      })}
      <p>${msg('Your place goes to the next person waiting.', { id: 'registration.cancel.note' })}</p>
      ${c.step === 'error' ? this.renderError(c.error) : nothing}
      <div class="actions">
        <button
          class="button button--primary cancel-confirm"
          type="button"
          aria-disabled=${c.step === 'sending' ? 'true' : 'false'}
          @click=${() => c.step !== 'sending' && void this.cancelNow(token)}
        >
          ${
            c.step === 'sending'
              ? msg('Cancelling…', { id: 'registration.cancel.sending' })
              : c.step === 'error'
                ? msg('Try again', { id: 'action.retry' })
                : msg('Yes, cancel it', { id: 'registration.cancel.confirm' })
          }
        </button>
        ${
          this.registration
            ? html`<button
                class="button"
                type="button"
                @click=${async () => {
                  this.cancel = { step: 'idle' };
                  await this.updateComplete;
                  this.renderRoot.querySelector<HTMLElement>('.cancel-start')?.focus();
                }}
              >
                ${msg('No, keep my place', { id: 'registration.cancel.keep' })}
              </button>`
            : nothing
        }
      </div>
    </div>`;
  }

  private renderCancelled(level: number): TemplateResult {
    return html`<section part="confirmation" class="confirmation">
      ${renderHeading(level, msg('Your place is cancelled', { id: 'registration.cancel.done' }), { focusable: true })}
    </section>`;
  }

  private renderCancelMode(): TemplateResult {
    return this.cancel.step === 'done'
      ? this.renderCancelled(this.heading)
      : this.renderCancelSteps(this.cancelToken, this.heading - 1);
  }
}
