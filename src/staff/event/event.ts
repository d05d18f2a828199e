import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DataController } from '../../core/data-controller.js';
import { listOf, toggleInList } from '../../core/forms/fields.js';
import { msg } from '../../core/localize.js';
import { DeskError, StaleError } from '../core/desk-api.js';
import { clearDeskDraft, loadDeskDraft, saveDeskDraft } from '../core/drafts.js';
import { problemMessage } from '../core/problem-message.js';
import { routeHash } from '../core/routes.js';
import { renderStale } from '../core/stale.js';
import { WwStaffElement } from '../core/staff-element.js';
import {
  cancelSessions,
  createEvent,
  loadEvent,
  loadLocations,
  moveSession,
  saveEvent,
  type CapacityConflict,
  type OverCapacity,
  type StaffEvent,
  type StaffLocation,
  type StaffSession,
  type Versioned,
} from './event.api.js';
import { eventStyles } from './event.styles.js';
import { checkValues, problemWords, serverProblems, type Problems } from './parts/checks.js';
import { renderAbout, renderPlace } from './parts/details-fields.js';
import { renderDialog, type Asking } from './parts/dialogs.js';
import type { EditorContext } from './parts/context.js';
import { isDate, isTime } from './parts/local-dates.js';
import { weekdayOf } from './parts/recurrence.js';
import { renderSchedule } from './parts/schedule-fields.js';
import { renderSessions } from './parts/sessions.js';
import { renderTexts } from './parts/text-fields.js';
import { inputOf, newValues, pendingEdits, valuesOf, type Values } from './parts/values.js';

type Done = 'created' | 'saved' | 'reloaded' | 'cancelled' | 'moved' | 'series-cancelled';

/**
 * @tagname ww-staff-event
 * @summary The event editor: texts per language, type, place, languages, sign-up, the repeat rule in words, sessions.
 *
 * `#event/new` creates an event; `#event/<id>` edits one, saved with
 * `If-Match` on the version read: when someone saved in between, it says who
 * and when, and Reload shows their change with these edits kept. Everything
 * typed is kept in the tab (sessionStorage) until it is saved. Lowering the
 * places below the people confirmed asks what to do with them, never silently.
 * Cancelling or moving a session, or the series, asks first and says who is told.
 */
export class WwStaffEvent extends WwStaffElement {
  static override styles = [...WwStaffElement.styles, eventStyles];

  static override get properties(): PropertyDeclarations {
    return {
      ...super.properties,
      eventId: { attribute: 'event-id' },
      detail: { state: true },
      edits: { state: true },
      problems: { state: true },
      busy: { state: true },
      failure: { state: true },
      stale: { state: true },
      done: { state: true },
      asking: { state: true },
      askFailure: { state: true },
    };
  }

  /** The event's id, or `new` (`#event/<id>`, `#event/new`). */
  eventId = '';

  private detail: Versioned<StaffEvent> | undefined;
  private edits: Values = {};
  private problems: Problems = {};
  private busy: 'save' | 'action' | undefined;
  private failure: { at: 'save' | 'load'; error: unknown } | undefined;
  private stale: StaleError | undefined;
  private done: Done | undefined;
  private asking: Asking | undefined;
  private askFailure: unknown;
  /** What had the focus when a question opened: it gets it back. */
  private opener: HTMLElement | null = null;
  private focusProblem = false;

  private get isNew(): boolean {
    return this.eventId === 'new';
  }

  private readonly loading = new DataController<void, [string]>(this, {
    args: () =>
      this.api && this.eventId && !this.isNew && this.detail?.value.id !== this.eventId ? [this.eventId] : undefined,
    task: async ([id], signal) => {
      const loaded = await loadEvent(this.api!, id, signal);
      if (!signal.aborted && id === this.eventId) {
        this.detail = loaded;
        this.edits = pendingEdits(valuesOf(loaded.value), this.edits);
      }
    },
  });

  private readonly locations = new DataController<StaffLocation[], []>(this, {
    args: () => (this.api ? [] : undefined),
    task: (_args, signal) => loadLocations(this.api!, signal),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new event just saved gets its address: the same record, nothing to reset.
    if (changed.has('eventId') && this.eventId && this.detail?.value.id !== this.eventId) {
      this.detail = undefined;
      this.stale = undefined;
      this.failure = undefined;
      this.done = undefined;
      this.asking = undefined;
      this.problems = {};
      this.edits = loadDeskDraft('event', this.eventId);
    }
  }

  /** What is saved (or a new event's defaults). */
  private get base(): Values {
    return this.detail ? valuesOf(this.detail.value) : newValues(this.locale, this.locations.value ?? []);
  }

  private get values(): Values {
    return { ...this.base, ...this.edits };
  }

  private input(changes: Values): void {
    const values = this.values;
    const next = { ...changes };
    // A weekly repeat starts with the first session's weekday; a new start date carries it along.
    const day = (date: string | undefined) => (date && isDate(date) ? weekdayOf(date) : undefined);
    if (next['repeat'] === 'weekly' && !listOf(values['days']).length && day(values['start_date']))
      next['days'] = day(values['start_date'])!;
    if ('start_date' in next && values['repeat'] === 'weekly') {
      const before = day(values['start_date']);
      const after = day(next['start_date']);
      if (after && values['days'] === (before ?? '')) next['days'] = after;
      else if (after && before !== after && !listOf(values['days']).includes(after))
        next['days'] = toggleInList(values['days'], after, true);
    }
    this.edits = pendingEdits(this.base, { ...this.edits, ...next });
    saveDeskDraft('event', this.eventId, this.edits);
    const cleared = { ...this.problems };
    for (const key of Object.keys(next)) delete cleared[key];
    this.problems = cleared;
    this.done = undefined;
  }

  private async save(overCapacity?: OverCapacity): Promise<void> {
    if (this.busy) return;
    const values = this.values;
    const problems = checkValues(values);
    if (Object.keys(problems).length) {
      this.problems = problems;
      this.focusProblem = true;
      return;
    }
    this.busy = 'save';
    this.done = undefined;
    this.failure = undefined;
    const input = { ...inputOf(values, this.detail?.value), ...(overCapacity ? { over_capacity: overCapacity } : {}) };
    try {
      if (this.detail) {
        this.detail = await saveEvent(this.api!, this.detail.value.id, input, this.detail.etag);
        this.done = 'saved';
      } else {
        this.detail = await createEvent(this.api!, input);
        clearDeskDraft('event', 'new');
        this.done = 'created';
        location.replace(routeHash('event', {}, this.detail.value.id));
      }
      this.edits = {};
      this.stale = undefined;
      this.asking = undefined;
      clearDeskDraft('event', this.detail.value.id);
    } catch (error) {
      saveDeskDraft('event', this.eventId, this.edits);
      this.fail(error);
    } finally {
      this.busy = undefined;
    }
  }

  /** A failed save or action: stale, the places question, the fields, or a notice. */
  private fail(error: unknown): void {
    if (error instanceof StaleError) {
      this.stale = error;
      if (this.asking) this.closeAsking();
    } else if (error instanceof DeskError && error.code === 'capacity-below-confirmed') {
      const sessions = (error.problem?.['sessions'] ?? []) as CapacityConflict[];
      this.openAsking({ kind: 'capacity', sessions });
    } else if (this.asking && this.asking.kind !== 'capacity') {
      // A session's cancel or move refused: said in its dialog, which stays open.
      this.askFailure = error;
    } else if (error instanceof DeskError && error.code === 'location-not-granted' && !this.asking) {
      this.problems = { place: 'not-granted' };
      this.focusProblem = true;
    } else if (error instanceof DeskError && error.status === 400 && error.problem?.errors?.length) {
      this.problems = serverProblems(error.problem);
      this.asking = undefined;
      this.focusProblem = true;
    } else if (this.asking) {
      this.askFailure = error;
    } else {
      this.failure = { at: 'save', error };
    }
  }

  private async reload(): Promise<void> {
    try {
      this.detail = await loadEvent(this.api!, this.detail!.value.id);
      this.edits = pendingEdits(valuesOf(this.detail.value), this.edits);
      saveDeskDraft('event', this.eventId, this.edits);
      this.stale = undefined;
      this.done = 'reloaded';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    } catch (error) {
      this.failure = { at: 'load', error };
    }
  }

  private openAsking(asking: Asking): void {
    this.opener ??= deepActive();
    this.askFailure = undefined;
    this.asking = asking;
  }

  private closeAsking(): void {
    this.asking = undefined;
    this.askFailure = undefined;
    const opener = this.opener;
    this.opener = null;
    void this.updateComplete.then(() => {
      if (opener?.isConnected) opener.focus();
      else this.renderRoot.querySelector<HTMLElement>('#sessions-title')?.focus();
    });
  }

  private async confirm(choice?: OverCapacity): Promise<void> {
    const asking = this.asking;
    if (!asking || this.busy || !this.detail) return;
    if (asking.kind === 'capacity') {
      if (choice) await this.save(choice);
      if (!this.asking) this.closeAsking();
      return;
    }
    if (asking.kind === 'move' && (!isDate(asking.date) || !isTime(asking.time))) {
      this.asking = { ...asking, error: 'required' };
      return;
    }
    this.busy = 'action';
    this.askFailure = undefined;
    const { id } = this.detail.value;
    try {
      if (asking.kind === 'move') {
        this.detail = await moveSession(
          this.api!,
          id,
          asking.session.key,
          `${asking.date}T${asking.time}`,
          this.detail.etag,
        );
        this.done = 'moved';
      } else {
        const key = asking.kind === 'cancel' ? asking.session.key : undefined;
        this.detail = await cancelSessions(this.api!, id, key, this.detail.etag);
        this.done = key ? 'cancelled' : 'series-cancelled';
      }
      this.edits = pendingEdits(valuesOf(this.detail.value), this.edits);
      this.busy = undefined;
      this.closeAsking();
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy = undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    if (this.focusProblem) {
      this.focusProblem = false;
      const first = this.renderRoot.querySelector<HTMLElement>('form [aria-invalid="true"], form [data-invalid]');
      (first ?? this.renderRoot.querySelector<HTMLElement>('.form-problem'))?.focus();
    }
  }

  private doneText(): string | undefined {
    switch (this.done) {
      case 'created':
        return msg('Event created. It is on the public calendar now.', { id: 'staff.event.created' });
      case 'saved':
        return msg('Saved. The public calendar and the feeds show the change.', { id: 'staff.event.saved' });
      case 'reloaded':
        return msg('Reloaded. Their change is shown; your edits are still in the form, not saved yet.', {
          id: 'staff.inquiry.reloaded',
        });
      case 'cancelled':
        return msg('Session cancelled. People signed up are being told.', { id: 'staff.event.session-cancelled' });
      case 'moved':
        return msg('Session moved. People signed up are being told.', { id: 'staff.event.session-moved' });
      case 'series-cancelled':
        return msg('Series cancelled. People signed up are being told.', { id: 'staff.event.series-cancelled-done' });
      default:
        return undefined;
    }
  }

  /** A failure of an action in words, with the editor's own words for its problems. */
  private actionWords(error: unknown): string {
    const code = error instanceof DeskError ? error.code : '';
    if (code === 'session-conflict')
      return msg('Another session of this event is already at that time. Choose another.', {
        id: 'staff.event.error.session-conflict',
      });
    if (code === 'location-not-granted')
      return msg('Your account may not hold events at this place. Ask an administrator.', {
        id: 'staff.event.error.location-not-granted',
      });
    return problemMessage(error);
  }

  override render(): TemplateResult {
    const event = this.detail?.value;
    const title = event
      ? (event.texts.title?.[event.source_locale]?.value ?? '')
      : this.isNew
        ? msg('New event', { id: 'staff.events.new' })
        : msg('Event', { id: 'staff.nav.event' });
    const ready = this.isNew ? this.locations.status === 'complete' || this.locations.status === 'error' : !!event;
    return html`<div part="base" class="screen" lang=${this.locale} dir=${this.direction}>
      <p><a href=${routeHash('events')}>${msg('Back to the events', { id: 'staff.event.back' })}</a></p>
      <h1 tabindex="-1" dir="auto">${title}</h1>
      ${this.renderStatus(this.doneText())}
      ${this.loading.status === 'error' ? this.renderFailure(this.loading.error, () => void this.loading.run()) : nothing}
      ${this.failure?.at === 'load' ? this.renderFailure(this.failure.error) : nothing}
      ${ready ? this.renderEditor(event) : this.renderLoading()}
      ${this.asking && event ? this.renderAsking(this.asking, event) : nothing}
    </div>`;
  }

  private renderEditor(event: StaffEvent | undefined): TemplateResult {
    const values = this.values;
    const context: EditorContext = {
      values,
      locale: this.locale,
      locations: this.locations.value ?? [],
      anywhere: this.can('admin'),
      error: (name) => problemWords(this.problems[name], this.locale),
      onInput: (name, value) => this.input({ [name]: value }),
      onInputs: (changes) => this.input(changes),
    };
    const unplaced = Object.entries(this.problems).filter(([name]) => name === 'form');
    const unsaved = Object.keys(this.edits).filter((k) => k !== 'language_pick' && k !== 'text_pick').length > 0;
    return html`${this.stale ? renderStale(this.stale, this.locale, () => void this.reload()) : nothing}
      ${
        this.failure?.at === 'save'
          ? html`<div class="notice notice--error" role="alert">
              <p class="notice__heading">${this.actionWords(this.failure.error)}</p>
            </div>`
          : nothing
      }
      ${
        this.locations.status === 'error'
          ? html`<p class="notice notice--error">
              ${msg('Your places could not be loaded. Reload the page to try again.', { id: 'staff.event.no-places' })}
            </p>`
          : nothing
      }
      <form
        class="form editor"
        novalidate
        @submit=${(e: Event) => {
          e.preventDefault();
          void this.save();
        }}
      >
        ${
          unplaced.length
            ? html`<p class="notice notice--error form-problem" tabindex="-1">
                ${unplaced.map(([, p]) => problemWords(p, this.locale)).join(' ')}
              </p>`
            : nothing
        }
        ${renderTexts(context)}
        <div class="panels">${renderAbout(context)} ${renderPlace(context)}</div>
        ${renderSchedule(context)}
        <div class="actions">
          <button class="button button--primary" type="submit" aria-disabled=${this.busy === 'save' ? 'true' : 'false'}>
            ${
              this.busy === 'save'
                ? msg('Saving…', { id: 'staff.saving' })
                : event
                  ? msg('Save changes', { id: 'staff.event.save' })
                  : msg('Create the event', { id: 'staff.event.create' })
            }
          </button>
          ${unsaved ? html`<p class="muted">${msg('Not saved yet.', { id: 'staff.event.unsaved' })}</p>` : nothing}
        </div>
      </form>
      ${
        event
          ? renderSessions({
              event,
              locale: this.locale,
              now: new Date(),
              busy: this.busy === 'action',
              onCancel: (session) => this.openAsking({ kind: 'cancel', session }),
              onMove: (session) => this.openAsking(moveAsking(session)),
              onCancelSeries: () => this.openAsking({ kind: 'series' }),
            })
          : nothing
      }`;
  }

  private renderAsking(asking: Asking, event: StaffEvent): TemplateResult {
    const moveError = asking.kind === 'move' && asking.error ? problemWords('required', this.locale) : undefined;
    return renderDialog({
      asking: asking.kind === 'move' ? { ...asking, error: moveError } : asking,
      event,
      locale: this.locale,
      busy: !!this.busy,
      failure: this.askFailure ? this.actionWords(this.askFailure) : undefined,
      onMoveInput: (field, value) => {
        if (this.asking?.kind === 'move') this.asking = { ...this.asking, [field]: value, error: undefined };
      },
      onConfirm: (choice) => void this.confirm(choice),
      onClose: () => this.closeAsking(),
    });
  }
}

/** The move question, starting from the session's own date and time. */
function moveAsking(session: StaffSession): Asking {
  const start = session.moved_to ?? session.key;
  return { kind: 'move', session, date: start.slice(0, 10), time: start.slice(11, 16) };
}

/** The focused element, through shadow roots. */
function deepActive(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}
