import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DataController } from '../../core/data-controller.js';
import { dateTimeFormat } from '../../core/intl.js';
import { msg, str } from '../../core/localize.js';
import { StaleError } from '../core/desk-api.js';
import { clearDeskDraft, loadDeskDraft, saveDeskDraft } from '../core/drafts.js';
import { WwStaffElement } from '../core/staff-element.js';
import { loadLocations, type StaffLocation } from '../event/event.api.js';
import { isDate, wallClock } from '../event/parts/local-dates.js';
import { checkIn, loadDay, markNoShow, saveNotes, type DayAppointment, type DaySchedule } from './appointments.api.js';
import { appointmentsStyles } from './appointments.styles.js';
import { dayHash, renderDayPicker } from './parts/day-picker.js';
import { renderNotesForm } from './parts/notes-form.js';
import { renderSchedule } from './parts/schedule.js';

const DRAFT_FORM = 'appointment-notes';

/** What the live region says after a change, worded while rendering. */
type Said = { kind: 'checked-in' | 'no-show' | 'notes-saved' | 'reloaded'; name: string } | undefined;

/**
 * @tagname ww-staff-appointments
 * @summary The day's appointments at a place, per staff member: check in, no-show, notes.
 *
 * Its state is the address (`#appointments?location=<id>&date=YYYY-MM-DD`;
 * without them, the account's first place and today on its clock). Each
 * appointment shows its time, type, language and interpreter, on whose behalf
 * it was booked, the person and their contact, and how the last message went.
 * Notes are saved under If-Match: a stale save says who changed them, and what
 * was typed stays (kept in the tab until saved).
 */
export class WwStaffAppointments extends WwStaffElement {
  static override styles = [...WwStaffElement.styles, appointmentsStyles];

  static override get properties(): PropertyDeclarations {
    return {
      ...super.properties,
      params: { attribute: false },
      busyId: { state: true },
      editing: { state: true },
      notes: { state: true },
      failure: { state: true },
      notesFailure: { state: true },
      theirs: { state: true },
      said: { state: true },
    };
  }

  /** The address's parameters: `location`, `date`. */
  params = new URLSearchParams();

  private busyId: string | undefined;
  /** The appointment whose notes are open. */
  private editing: DayAppointment | undefined;
  private notes = '';
  private notesBusy = false;
  private notesFailure: unknown;
  private theirs: { notes: string; by: string } | undefined;
  private failure: unknown;
  private said: Said;
  private reopened = false;

  private readonly places = new DataController<StaffLocation[], [string]>(this, {
    args: () => (this.api ? [this.me?.id ?? ''] : undefined),
    task: (_, signal) => loadLocations(this.api!, signal),
  });

  /** The place asked for when it is one of the account's, else the first. */
  private get location(): StaffLocation | undefined {
    const places = this.places.value ?? [];
    return places.find((l) => l.id === this.params.get('location')) ?? places[0];
  }

  private today(location: StaffLocation): string {
    return wallClock(new Date(), location.timezone).slice(0, 10);
  }

  private get date(): string | undefined {
    const location = this.location;
    if (!location) return undefined;
    const asked = this.params.get('date') ?? '';
    return isDate(asked) ? asked : this.today(location);
  }

  private readonly day = new DataController<DaySchedule, [string, string]>(this, {
    args: () => {
      const location = this.location;
      const date = this.date;
      return this.api && location && date ? [location.id, date] : undefined;
    },
    task: ([locationId, date], signal) => loadDay(this.api!, locationId, date, signal),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const day = this.day.current;
    // Notes left half-typed (a reload, a sign-in in between) open again, once.
    if (day && !this.reopened) {
      this.reopened = true;
      const kept = day.staff
        .flatMap((s) => s.appointments)
        .find((a) => Object.keys(loadDeskDraft(DRAFT_FORM, a.id)).length);
      if (kept) this.openNotes(kept);
    }
  }

  private openNotes(a: DayAppointment): void {
    this.editing = a;
    this.notes = loadDeskDraft(DRAFT_FORM, a.id)['notes'] ?? a.notes ?? '';
    this.notesFailure = undefined;
    this.theirs = undefined;
  }

  private async toggleNotes(a: DayAppointment): Promise<void> {
    if (this.editing?.id === a.id) {
      this.editing = undefined;
      return;
    }
    this.openNotes(a);
    this.said = undefined;
    await this.focusOn(`#f-notes-${a.id}`);
  }

  private typeNotes(value: string): void {
    if (!this.editing) return;
    this.notes = value;
    saveDeskDraft(DRAFT_FORM, this.editing.id, { notes: value });
  }

  private async cancelNotes(): Promise<void> {
    const id = this.editing?.id;
    if (!id) return;
    clearDeskDraft(DRAFT_FORM, id);
    this.editing = undefined;
    await this.focusOn(`#notes-${id}`);
  }

  private async submitNotes(): Promise<void> {
    const a = this.editing;
    if (!a || this.notesBusy) return;
    this.notesBusy = true;
    this.notesFailure = undefined;
    try {
      const saved = await saveNotes(this.api!, a.id, a.version, this.notes);
      clearDeskDraft(DRAFT_FORM, a.id);
      this.editing = undefined;
      this.theirs = undefined;
      this.said = { kind: 'notes-saved', name: saved.name ?? '' };
      await this.day.run();
      await this.focusOn(`#notes-${a.id}`);
    } catch (error) {
      this.notesFailure = error;
      // The stale notice's Reload when there is one; else the notes, with the failure read out beside them.
      await this.focusOn('.notes-form [role="alert"] button', `#f-notes-${a.id}`);
    } finally {
      this.notesBusy = false;
    }
  }

  /** After a 412: reads the day again, shows their notes beside what is typed, and saves onto their version. */
  private async reloadNotes(): Promise<void> {
    const a = this.editing;
    const error = this.notesFailure;
    if (!a) return;
    await this.day.run();
    const current = this.day.value?.staff.flatMap((s) => s.appointments).find((x) => x.id === a.id);
    if (!current) return;
    const by = (error instanceof StaleError && error.changedBy) || msg('someone else', { id: 'staff.stale.someone' });
    this.editing = current;
    this.theirs = { notes: current.notes ?? '', by };
    this.notesFailure = undefined;
    this.said = { kind: 'reloaded', name: current.name ?? '' };
    await this.focusOn(`#f-notes-${a.id}`);
  }

  private async act(a: DayAppointment, kind: 'checked-in' | 'no-show'): Promise<void> {
    if (this.busyId) return;
    this.busyId = a.id;
    this.failure = undefined;
    try {
      const saved = kind === 'checked-in' ? await checkIn(this.api!, a.id) : await markNoShow(this.api!, a.id);
      this.said = { kind, name: saved.name ?? '' };
      await this.day.run();
      // The row's buttons change: focus goes to what stays, its notes.
      await this.focusOn(`#notes-${a.id}`);
    } catch (error) {
      this.failure = error;
      await this.focusOn(`#notes-${a.id}`);
    } finally {
      this.busyId = undefined;
    }
  }

  private show(locationId: string, date: string): void {
    this.said = undefined;
    location.hash = dayHash(locationId, date);
  }

  /** Focus on the first of `selectors` the screen has. */
  private async focusOn(...selectors: string[]): Promise<void> {
    await this.updateComplete;
    for (const selector of selectors) {
      const el = this.renderRoot.querySelector<HTMLElement>(selector);
      if (el) return el.focus();
    }
  }

  private saidText(): string | undefined {
    const s = this.said;
    if (!s) return undefined;
    switch (s.kind) {
      case 'checked-in':
        return msg(str`Checked in: ${s.name}.`, { id: 'staff.appts.said-checked-in' });
      case 'no-show':
        return msg(str`Marked as a no-show: ${s.name}.`, { id: 'staff.appts.said-no-show' });
      case 'notes-saved':
        return msg(str`Notes saved: ${s.name}.`, { id: 'staff.appts.said-notes' });
      case 'reloaded':
        return msg('Their notes are shown; what you typed is kept.', { id: 'staff.appts.said-reloaded' });
    }
  }

  override render(): TemplateResult {
    return html`<div part="base" class="screen" lang=${this.locale} dir=${this.direction}>
      <h1>${msg('Appointments', { id: 'staff.nav.appointments' })}</h1>
      ${this.renderStatus(this.saidText())} ${this.renderBody()}
    </div>`;
  }

  private renderBody(): TemplateResult | typeof nothing {
    if (this.places.status === 'error') return this.renderFailure(this.places.error, () => void this.places.run());
    const places = this.places.value;
    if (!places) return this.renderLoading();
    const location = this.location;
    const date = this.date;
    if (!location || !date) {
      return html`<p>
        ${msg('Your account has no place granted. Ask an administrator.', { id: 'staff.appts.no-place' })}
      </p>`;
    }
    return html`${renderDayPicker({
        locations: places,
        location,
        date,
        today: this.today(location),
        onShow: (id, d) => this.show(id, d),
      })}
      <h2 class="day-title">${this.dayTitle(location, date)}</h2>
      <div class="failure">${this.failure ? this.renderFailure(this.failure) : nothing}</div>
      ${this.day.status === 'error' ? this.renderFailure(this.day.error, () => void this.day.run()) : nothing}
      ${this.renderDay(location)}`;
  }

  private dayTitle(location: StaffLocation, date: string): string {
    // A calendar day: read at noon UTC so no time zone moves it.
    const day = dateTimeFormat(this.locale, { dateStyle: 'full', timeZone: 'UTC' }).format(
      new Date(`${date}T12:00:00Z`),
    );
    return msg(str`${day} at ${location.name}`, { id: 'staff.appts.day-title' });
  }

  private renderDay(location: StaffLocation): TemplateResult | typeof nothing {
    const day = this.day.value;
    if (!day) return this.day.status === 'pending' ? this.renderLoading() : nothing;
    const staff = day.staff.filter((s) => s.appointments.length);
    if (!staff.length) {
      return html`<p class="empty">${msg('No appointment this day.', { id: 'staff.appts.none-for-staff' })}</p>`;
    }
    const now = Date.now();
    return html`${staff.map((s) =>
      renderSchedule({
        staff: s,
        timeZone: day.timezone || location.timezone,
        locale: this.locale,
        now,
        busyId: this.busyId,
        editingId: this.editing?.id,
        renderNotes: (a) =>
          renderNotesForm({
            appointment: a,
            value: this.notes,
            locale: this.locale,
            busy: this.notesBusy,
            failure: this.notesFailure,
            theirs: this.theirs,
            onInput: (v) => this.typeNotes(v),
            onSave: () => void this.submitNotes(),
            onCancel: () => void this.cancelNotes(),
            onReload: () => void this.reloadNotes(),
          }),
        onCheckIn: (a) => void this.act(a, 'checked-in'),
        onNoShow: (a) => void this.act(a, 'no-show'),
        onNotes: (a) => void this.toggleNotes(a),
      }),
    )}`;
  }
}
