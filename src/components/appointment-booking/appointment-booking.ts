import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { WwDataElement } from '../../core/data-element.js';
import { renderSelect } from '../../core/forms/fields.js';
import { FormState } from '../../core/forms/form-state.js';
import { headingLevel, renderHeading } from '../../core/heading.js';
import { msg, str } from '../../core/localize.js';
import { renderNotice } from '../../core/notice.js';
import { formatNumber } from '../../core/number-format.js';
import { buttonStyles } from '../../core/styles/button.js';
import { formStyles } from '../../core/styles/form.js';
import { noticeStyles } from '../../core/styles/notice.js';
import { WwBookEvent } from '../../events/book.js';
import { catalogue as appointmentCatalogue } from '../../generated/locales/appointment/index.js';
import { catalogue as formsCatalogue } from '../../generated/locales/forms/index.js';
import { dayLabel } from '../clinic-calendar/parts/day-label.js';
import { gridKeyMove } from '../clinic-calendar/parts/grid-keys.js';
import { monthGridStyles, renderMonthGrid } from '../clinic-calendar/parts/month-grid.js';
import { addMonths, firstDayOfWeek, monthDays, monthOf, toDate, type DayKey } from '../clinic-calendar/parts/range.js';
import {
  listTypes,
  loadAvailability,
  type Appointment,
  type AppointmentType,
  type Availability,
  type Slot,
} from './appointment-booking.api.js';
import { appointmentBookingStyles } from './appointment-booking.styles.js';
import { renderConfirmation } from './parts/confirmation.js';
import { BOOKING_FIELDS, renderBookingFields } from './parts/fields.js';
import { SlotHold } from './parts/hold.js';
import { interpreterChoices, preselectedInterpreter } from './parts/interpreter.js';
import { dayName, renderDaySlots, renderTimes, timesCount } from './parts/times.js';
import { BookingSubmission } from './parts/submission.js';
import { clockTime, moment, slotDateTime, todayIn } from './parts/when.js';

const DAY = 86_400_000;
/** The most days one availability request may ask for. */
const MAX_DAYS = 42;

interface Shown {
  availability: Availability;
  byDay: Map<DayKey, Slot[]>;
}

/**
 * @tagname ww-appointment-booking
 * @summary Book a one-to-one appointment (an ID enrollment, a legal consultation), with an interpreter if needed.
 *
 * The visitor picks the kind of appointment (unless `type` names one), sees the
 * first day with free times, then the times of a day on a month grid (the
 * calendar's grid: one tab stop, arrows, Home/End, PageUp/PageDown), in the
 * place's time zone and the visitor's language. An interpreter is asked for
 * with its language (the UI language's preselected when the office has one),
 * American Sign Language, or none; changing it shows the times that suit it.
 * A community group may book for a client (when the type allows it), with the
 * client's language. Choosing a time holds it for a few minutes, and says
 * until when, while the name and the way to send the confirmation (email or
 * text message) are filled in. A time taken meanwhile is said so, with the
 * next free ones, and nothing typed is lost. When the office cannot be reached
 * on confirming, the booking is sent again with the same idempotency key
 * (never booked twice). The confirmation says what to bring and gives the link
 * to cancel or move the appointment.
 *
 * @fires ww-book - An appointment was booked. `detail: { appointmentId, typeId, start, localStart, interpreter, onBehalf }`; never the name or contact.
 *
 * @csspart base - The root wrapper.
 * @csspart status - The line that says what is happening (announced politely).
 * @csspart types - The list of kinds of appointment.
 * @csspart type - One kind of appointment to choose.
 * @csspart bring - What to bring.
 * @csspart month - The month view: its navigation and grid.
 * @csspart grid - The month grid of days.
 * @csspart times - The free times of the chosen day.
 * @csspart time - One free time.
 * @csspart form - The booking form.
 * @csspart field - A field's wrapper (label, hint, error and control).
 * @csspart label - A field's label or legend.
 * @csspart input - A text box, select, radio button or checkbox.
 * @csspart hint - A field's hint.
 * @csspart error - A field's error message.
 * @csspart error-summary - The list of problems after a failed submit.
 * @csspart submit - The button that books.
 * @csspart confirmation - The booked appointment.
 * @csspart notice - Loading, empty, failure and setup messages.
 *
 * @cssproperty --ww-color-primary - Buttons, links, focus and free days.
 * @cssproperty --ww-color-danger - Errors (always with words and an icon too).
 * @cssproperty --ww-color-text - Text colour.
 * @cssproperty --ww-color-surface - Background of fields.
 * @cssproperty --ww-font-family - Font; the host page's by default.
 */
export class WwAppointmentBooking extends WwDataElement {
  static override catalogues = [appointmentCatalogue, formsCatalogue];
  static override styles = [
    ...WwDataElement.styles,
    buttonStyles,
    noticeStyles,
    formStyles,
    monthGridStyles,
    appointmentBookingStyles,
  ];

  static override get properties(): PropertyDeclarations {
    return {
      ...WwDataElement.properties,
      locationId: { attribute: 'location-id' },
      type: {},
      headingLevel: { type: Number, attribute: 'heading-level' },
      chosenType: { state: true },
      interpreter: { state: true },
      month: { state: true },
      focusDay: { state: true },
      selectedDay: { state: true },
      booked: { state: true },
    };
  }

  /** The place whose appointments are offered (its id). */
  locationId = '';
  /** One kind of appointment, by id or code (`idnyc-enrollment`): no choice of type is shown. */
  type = '';
  /** Level of the element's first heading. */
  headingLevel = 2;

  /** The type the visitor chose, when `type` is not set. */
  private chosenType = '';
  /** The interpreter's language, or '' for none; undefined until preselected for the type. */
  private interpreter: string | undefined;
  /** The month shown; '' until a type is known. */
  private month: DayKey = '';
  private focusDay: DayKey = '';
  private selectedDay: DayKey = '';
  private booked: Appointment | undefined;

  private firstDay = 0;
  private weekLocale = '';
  /** Whether the first free day of the current type and interpreter has been shown. */
  private located = false;
  private focusAfter = '';
  private readonly hold = new SlotHold(this);
  private readonly form = new FormState(this);
  private readonly submission = new BookingSubmission({
    host: this,
    form: this.form,
    level: () => this.heading + 2,
    api: () => this.api,
    signal: () => this.connectionSignal,
    target: () => {
      const type = this.currentType;
      const slot = this.hold.slot;
      return (
        type &&
        slot && {
          typeId: type.id,
          start: slot.start,
          holdToken: this.hold.token,
          interpreter: this.interpreter ?? '',
          onBehalfAllowed: type.on_behalf_allowed,
        }
      );
    },
    taken: (next) => {
      this.hold.taken(next);
      this.focusAfter = '.taken [role="heading"]';
      void this.availability.run();
    },
    done: (appointment) => this.confirmed(appointment),
  });

  private readonly types = this.loader(
    () => (this.locationId ? ([this.locationId] as const) : undefined),
    ([id], api, signal) => listTypes(api, id, signal).then((r) => r.items),
  );

  private readonly availability = this.loader(
    () => {
      const type = this.currentType;
      if (!type || this.interpreter === undefined) return undefined;
      return [type.id, this.interpreter, ...this.window(type.timezone)] as const;
    },
    async ([typeId, interpreter, from, days], api, signal): Promise<Shown> => {
      const availability = await loadAvailability(api, typeId, { from, days, interpreter }, signal);
      const byDay = new Map(availability.days.filter((d) => d.slots.length).map((d) => [d.date, d.slots]));
      return { availability, byDay };
    },
  );

  override disconnectedCallback(): void {
    this.submission.stop();
    // Let the held time go once the element has really left: a page moving it (a framework re-ordering) keeps it.
    const api = this.api;
    setTimeout(() => {
      if (!this.isConnected) this.hold.release(api);
    });
    super.disconnectedCallback();
  }

  private get heading(): number {
    return headingLevel(this.headingLevel, 2);
  }

  /** The type named by `type` or chosen, once the types are loaded. */
  private get currentType(): AppointmentType | undefined {
    const wanted = this.type || this.chosenType;
    return wanted ? this.types.value?.find((t) => t.id === wanted || t.code === wanted) : undefined;
  }

  /** The days the grid shows from today on, at most 42: `[from, days]`. */
  private window(timeZone: string): [string, number] {
    const today = todayIn(timeZone);
    if (!this.month) return [today, MAX_DAYS];
    const grid = monthDays(this.month, this.firstDay);
    const first = grid[0]! < today ? today : grid[0]!;
    const last = grid[grid.length - 1]!;
    const days = Math.round((toDate(last).getTime() - toDate(first).getTime()) / DAY) + 1;
    return [first, Math.min(MAX_DAYS, Math.max(1, days))];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.weekLocale !== this.locale) {
      this.weekLocale = this.locale;
      this.firstDay = firstDayOfWeek(this.locale);
    }
    const type = this.currentType;
    if (type && this.interpreter === undefined) this.interpreter = preselectedInterpreter(type, this.locale);
    // This month first (one load covers it from today); its first answer chooses the first free day,
    // in a later month when none is free in this one.
    if (type && !this.month) this.month = this.focusDay = monthOf(todayIn(type.timezone));
    const shown = this.availability.current;
    if (type && shown && !this.located) {
      this.located = true;
      const first = shown.availability.first_available;
      if (first) {
        this.month = monthOf(first);
        this.focusDay = this.selectedDay = first;
      }
    }
    if (type && !this.booked) {
      this.form.start(`appointment:${type.id}`, {
        on_behalf: '',
        organization: '',
        client_language: this.locale,
        name: '',
        contact_method: '',
        email: '',
        phone: '',
      });
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.focusAfter) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfter);
    if (target) {
      target.focus();
      this.focusAfter = '';
    }
  }

  // ---- Choices ------------------------------------------------------------------

  private chooseType(id: string): void {
    this.chosenType = id;
    this.resetTimes();
    this.interpreter = undefined;
    this.focusAfter = '.type-heading';
  }

  private changeType(): void {
    this.chosenType = '';
    this.resetTimes();
    this.interpreter = undefined;
    this.focusAfter = '[part="type"]';
  }

  private setInterpreter(value: string): void {
    this.interpreter = value;
    // The times depend on it: a held time may not suit the new choice.
    this.resetTimes();
  }

  private resetTimes(): void {
    this.hold.release(this.api);
    this.submission.stop();
    this.month = '';
    this.selectedDay = '';
    this.focusDay = '';
    this.located = false;
  }

  private moveTo(day: DayKey, pick: boolean): void {
    this.focusDay = day;
    this.month = monthOf(day);
    if (pick) this.selectedDay = day;
    this.focusAfter = '.grid td[tabindex="0"]';
  }

  private readonly onGridKey = (e: KeyboardEvent): void => {
    const move = gridKeyMove(e, this.focusDay || this.month, this.direction, this.firstDay);
    if (!move) return;
    e.preventDefault();
    this.moveTo(move.day, move.pick);
  };

  private stepMonth(step: number): void {
    this.month = addMonths(this.month, step);
    this.focusDay = this.month;
  }

  private async chooseTime(slot: Slot): Promise<void> {
    const api = this.api;
    const type = this.currentType;
    if (!api || !type) return;
    this.selectedDay = slot.local_start.slice(0, 10);
    this.month = monthOf(this.selectedDay);
    this.focusDay = this.selectedDay;
    const reached = await this.hold.take(api, type.id, slot, this.interpreter ?? '', this.connectionSignal);
    if (reached.step === 'taken') {
      this.focusAfter = '.taken [role="heading"]';
      void this.availability.run();
    } else if (reached.step !== 'none' && reached.step !== 'holding') {
      this.focusAfter = '.details-heading';
    }
    // The hold's own update may have rendered already: one more moves the focus.
    this.requestUpdate();
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    this.submission.submit();
  }

  private confirmed(appointment: Appointment): void {
    this.booked = appointment;
    this.hold.forget();
    this.focusAfter = '.confirmation [role="heading"]';
    this.dispatchEvent(
      new WwBookEvent({
        appointmentId: appointment.id,
        typeId: appointment.type_id,
        start: appointment.start,
        localStart: appointment.local_start,
        interpreter: appointment.interpreter,
        onBehalf: this.form.values.on_behalf === 'true',
      }),
    );
  }

  // ---- Rendering ----------------------------------------------------------------

  protected override render(): TemplateResult {
    return html`<div part="base" class="base" lang=${this.locale} dir=${this.direction}>
      <p part="status" class="status" role="status">${this.statusText()}</p>
      ${this.config.value.endpoint ? this.renderContent() : this.renderMissingEndpoint()}
    </div>`;
  }

  /** What the live region says: loading, the first free day, the time held, the time taken, booked. */
  private statusText(): string {
    const type = this.currentType;
    if (this.booked) return msg('Your appointment is booked.', { id: 'appointment.status.booked' });
    if (this.types.status === 'pending') return msg('Loading…', { id: 'appointment.loading' });
    if (!type) return '';
    const h = this.hold.state;
    if (h.step === 'holding') return msg('Holding this time…', { id: 'appointment.status.holding' });
    if (h.step === 'held') {
      return msg(
        str`We are holding this time for you until ${clockTime(h.hold.expires_at, type.timezone, this.locale)}.`,
        {
          id: 'appointment.held-until',
        },
      );
    }
    // A time taken is said by its notice, whose heading takes focus.
    if (h.step === 'taken') return '';
    const a = this.availability;
    if (a.status === 'pending') return msg('Looking for free times…', { id: 'appointment.status.searching' });
    const shown = a.value;
    if (a.status !== 'complete' || !shown) return '';
    if (this.selectedDay) {
      const count = shown.byDay.get(this.selectedDay)?.length ?? 0;
      return msg(str`${dayLabel(this.selectedDay, this.locale)}: ${timesCount(count, this.locale)}.`, {
        id: 'appointment.status.day',
      });
    }
    return shown.availability.first_available
      ? ''
      : msg('No free times in these weeks.', { id: 'appointment.status.none' });
  }

  private renderContent(): TemplateResult | typeof nothing {
    if (!this.locationId) {
      return renderNotice({
        tone: 'error',
        heading: msg('No place is set for these appointments.', { id: 'appointment.no-location' }),
      });
    }
    const { status, error, value: types } = this.types;
    if (status === 'error') return this.renderError(error, () => void this.types.run());
    if (!types) return nothing;
    const type = this.currentType;
    if (this.booked && type)
      return renderConfirmation(this.booked, type, this.heading, this.config.value.endpoint!, this.locale);
    if (type) return this.renderType(type);
    if (this.type) {
      return renderNotice({
        tone: 'error',
        heading: msg('This kind of appointment cannot be booked here.', { id: 'appointment.unknown-type' }),
      });
    }
    return this.renderTypeChoice(types);
  }

  private renderTypeChoice(types: AppointmentType[]): TemplateResult {
    if (!types.length) {
      return renderNotice({
        tone: 'info',
        heading: msg('There are no appointments to book here yet.', { id: 'appointment.no-types' }),
      });
    }
    return html`${renderHeading(this.heading, msg('Book an appointment', { id: 'appointment.heading' }))}
      <p>${msg('What is the appointment for?', { id: 'appointment.choose-type' })}</p>
      <ul part="types" class="types">
        ${types.map(
          (t) =>
            html`<li>
              <button part="type" class="button type" type="button" @click=${() => this.chooseType(t.id)}>
                <span class="type__title" dir="auto">${t.title}</span>
                <span class="type__duration">${minutes(t.duration_minutes, this.locale)}</span>
              </button>
            </li>`,
        )}
      </ul>`;
  }

  private renderType(type: AppointmentType): TemplateResult {
    const level = this.heading;
    return html`<div class="type-intro">
        ${renderHeading(level, type.title, { class: 'heading type-heading', dir: 'auto', focusable: true })}
        <p><bdi>${type.location_name}</bdi> · ${minutes(type.duration_minutes, this.locale)}</p>
        ${
          type.review === 'draft'
            ? html`<p class="draft">
                ${msg('Machine translation: the office has not checked it yet.', { id: 'appointment.draft' })}
              </p>`
            : nothing
        }
        ${
          this.type
            ? nothing
            : html`<p>
                <button class="button button--link change-type" type="button" @click=${() => this.changeType()}>
                  ${msg('Choose another kind of appointment', { id: 'appointment.change-type' })}
                </button>
              </p>`
        }
      </div>
      ${renderBring(type, level + 1)}
      ${renderSelect({
        name: 'interpreter',
        value: this.interpreter ?? '',
        label: msg('Do you need an interpreter?', { id: 'appointment.interpreter' }),
        hint: msg('Only times when one is available are shown.', { id: 'appointment.interpreter-hint' }),
        choices: interpreterChoices(type, this.locale),
        onInput: (value) => this.setInterpreter(value),
      })}
      ${this.renderDays(type, level + 1)} ${this.hold.slot ? this.renderForm(type, level + 1) : nothing}`;
  }

  private renderDays(type: AppointmentType, level: number): TemplateResult {
    const a = this.availability;
    if (a.status === 'error') return this.renderError(a.error, () => void a.run());
    const shown = a.value;
    if (!shown || !this.month) return html``;
    const first = shown.availability.first_available;
    const next = shown.availability.next_release_at;
    const release = next
      ? html`<p class="note">
          ${msg(str`More times open on ${moment(next, type.timezone, this.locale)}.`, {
            id: 'appointment.next-release',
          })}
        </p>`
      : nothing;
    return html`<section class="days" aria-labelledby="days-heading">
      ${renderHeading(level, msg('Choose a day and a time', { id: 'appointment.days-heading' }), { id: 'days-heading' })}
      ${
        first
          ? html`<p class="first">
              ${msg(str`First free day: ${dayLabel(first, this.locale)}`, { id: 'appointment.first-day' })}
            </p>`
          : html`<p class="first">${msg('No free times in these weeks.', { id: 'appointment.status.none' })}</p>`
      }
      ${release}
      ${renderMonthGrid({
        locale: this.locale,
        level: level + 1,
        month: this.month,
        days: monthDays(this.month, this.firstDay),
        byDay: shown.byDay,
        dayName: (day, slots) => dayName(day, slots.length, this.locale),
        renderItems: (slots) => renderDaySlots(slots.length, this.locale),
        previousLabel: msg('Previous month', { id: 'appointment.month-previous' }),
        nextLabel: msg('Next month', { id: 'appointment.month-next' }),
        focus: monthOf(this.focusDay) === this.month ? this.focusDay : this.month,
        selected: this.selectedDay,
        today: todayIn(type.timezone),
        busy: a.status === 'pending',
        onKey: this.onGridKey,
        onPick: (day) => this.moveTo(day, true),
        onMonth: (step) => this.stepMonth(step),
      })}
      ${
        this.selectedDay
          ? renderTimes({
              level: level + 1,
              locale: this.locale,
              timeZone: type.timezone,
              day: this.selectedDay,
              slots: shown.byDay.get(this.selectedDay) ?? [],
              chosen: this.hold.slot?.start,
              onPick: (slot) => void this.chooseTime(slot),
            })
          : html`<p class="note">${msg('Choose a day to see its times.', { id: 'appointment.choose-day' })}</p>`
      }
    </section>`;
  }

  private renderHoldNote(type: AppointmentType): TemplateResult | typeof nothing {
    const h = this.hold.state;
    if (h.step === 'none') return nothing;
    const when = slotDateTime(h.slot, type.timezone, this.locale);
    if (h.step === 'taken') {
      return html`<div class="taken notice notice--error">
        ${renderHeading(this.heading + 2, msg('Someone else just took this time.', { id: 'appointment.taken' }), {
          class: 'notice__heading',
          focusable: true,
        })}
        ${
          h.next.length
            ? html`<p>
                  ${msg('These times are still free. Everything you typed is kept.', { id: 'appointment.taken-next' })}
                </p>
                <ul class="next-slots">
                  ${h.next.map(
                    (s) =>
                      html`<li>
                        <button class="button" type="button" @click=${() => void this.chooseTime(s)}>
                          ${slotDateTime(s, type.timezone, this.locale)}
                        </button>
                      </li>`,
                  )}
                </ul>`
            : html`<p>
                ${msg('Please choose another day above. Everything you typed is kept.', { id: 'appointment.taken-none' })}
              </p>`
        }
      </div>`;
    }
    return html`<p class="held">
      <strong>${when}</strong><br />
      ${
        h.step === 'held'
          ? msg(
              str`We are holding this time for you until ${clockTime(h.hold.expires_at, type.timezone, this.locale)}.`,
              {
                id: 'appointment.held-until',
              },
            )
          : h.step === 'holding'
            ? msg('Holding this time…', { id: 'appointment.status.holding' })
            : msg('This time is no longer held for you, but you can still try to book it.', {
                id: 'appointment.hold-ended',
              })
      }
    </p>`;
  }

  private renderForm(type: AppointmentType, level: number): TemplateResult {
    const f = this.form;
    const sending = this.submission.phase === 'sending';
    return html`<form part="form" class="form" novalidate @submit=${this.onSubmit}>
      ${renderHeading(level, msg('Your details', { id: 'appointment.details-heading' }), {
        class: 'heading details-heading',
        focusable: true,
      })}
      ${this.renderHoldNote(type)} ${this.submission.renderSummary(BOOKING_FIELDS)}
      ${renderBookingFields({ locale: this.locale, values: f.values, field: (name) => f.field(name) }, type.on_behalf_allowed)}
      <p class="privacy">
        ${msg(
          'The office keeps your name and contact only to run this appointment. Nobody will ask about your immigration status.',
          { id: 'appointment.privacy' },
        )}
      </p>
      ${this.submission.renderError()}
      <div class="actions">
        <button part="submit" class="button button--primary" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
          ${sending ? msg('Booking…', { id: 'appointment.sending' }) : msg('Book this appointment', { id: 'appointment.submit' })}
        </button>
      </div>
    </form>`;
  }
}

/** "30 min" in the UI language. */
const minutes = (n: number, locale: string): string =>
  msg(str`${formatNumber(n, locale)} min`, { id: 'appointment.duration' });

/** What to bring, from the office (its own language and direction). */
function renderBring(type: AppointmentType, level: number): TemplateResult | typeof nothing {
  if (!type.what_to_bring.trim()) return nothing;
  return html`<section part="bring" class="bring" aria-labelledby="bring-heading">
    ${renderHeading(level, msg('What to bring', { id: 'appointment.bring' }), { id: 'bring-heading' })}
    <p class="bring__text" dir="auto">${type.what_to_bring}</p>
  </section>`;
}
