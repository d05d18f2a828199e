import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DataController } from '../../core/data-controller.js';
import { newIdempotencyKey } from '../../core/forms/idempotency.js';
import { msg, str } from '../../core/localize.js';
import { renderNotice } from '../../core/notice.js';
import { formatNumber } from '../../core/number-format.js';
import { routeHash } from '../core/routes.js';
import { WwStaffElement } from '../core/staff-element.js';
import { cameraProblem, scanWithCamera } from './parts/camera.js';
import { codeIn } from './parts/code.js';
import { renderCounts } from './parts/counts.js';
import { renderDoor } from './parts/door.js';
import { renderEndOfSession } from './parts/end-of-session.js';
import { failureText, isGood, outcomeText, type Outcome } from './parts/outcome.js';
import { renderPrintSheet } from './parts/print-sheet.js';
import { decodeQrFile } from './parts/qr-decode.js';
import { matchesName } from './parts/search.js';
import { defaultSession, renderSessionPicker } from './parts/session-picker.js';
import { renderRosterTable } from './parts/table.js';
import { emptyWalkIn, renderWalkInForm, walkInRequest, type WalkInValues } from './parts/walk-in.js';
import { sessionWhen, timeOnly } from './parts/when.js';
import {
  addWalkIn,
  checkIn,
  loadRoster,
  loadSessions,
  markNoShows,
  rosterCsvUrl,
  setAttendance,
  type Roster,
  type RosterEntry,
  type SessionSummary,
} from './roster.api.js';
import { rosterStyles } from './roster.styles.js';

/**
 * @tagname ww-staff-roster
 * @summary One session's roster at the door: check-in by name, by code (typed, camera, picture), walk-ins, no-shows.
 *
 * Opens at `#roster/<eventId>?session=<key>` (without a session: the one on
 * now or next). Made for a volunteer with a tablet at a branch's door: large
 * buttons, the result of each check-in spoken, and the counts after each change.
 * Prints as a sign-in sheet (`@media print`).
 */
export class WwStaffRoster extends WwStaffElement {
  static override styles = [...WwStaffElement.styles, rosterStyles];

  static override get properties(): PropertyDeclarations {
    return {
      ...super.properties,
      eventId: { attribute: 'event-id' },
      params: { attribute: false },
      query: { state: true },
      code: { state: true },
      outcome: { state: true },
      busyId: { state: true },
      busy: { state: true },
      scanning: { state: true },
      walkIn: { state: true },
      partyError: { state: true },
    };
  }

  /** The event whose roster this is. */
  eventId = '';
  /** The address's parameters (`session`). */
  params = new URLSearchParams();

  private query = '';
  private code = '';
  private outcome: Outcome | undefined;
  /** The row whose change is on its way. */
  private busyId: string | undefined;
  /** A check-in by code, a walk-in or the no-shows on their way. */
  private busy = false;
  private scanning = false;
  private walkIn: WalkInValues = emptyWalkIn('en');
  private partyError = false;
  /** One per walk-in filled in: a retry after a lost answer, or a second click, adds nobody twice. */
  private walkInKey = newIdempotencyKey();
  private camera: { stop: () => void } | undefined;
  /** The event and session shown (`<id>|<key>`): a new one starts with nothing said or searched. */
  private shown = '';

  private get sessionKey(): string {
    return this.params.get('session') ?? '';
  }

  private readonly roster = new DataController<Roster, [string, string, string]>(this, {
    args: () =>
      this.api && this.eventId && this.sessionKey ? [this.eventId, this.sessionKey, this.locale] : undefined,
    task: ([id, key], signal) => loadRoster(this.api!, id, key, signal),
  });

  /** The event's sessions, for the picker: a roster still works if they cannot be read. */
  private readonly sessions = new DataController<SessionSummary[], [string]>(this, {
    args: () => (this.api && this.eventId ? [this.eventId] : undefined),
    task: ([id], signal) => loadSessions(this.api!, id, signal),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('eventId') || changed.has('params')) {
      const key = `${this.eventId}|${this.sessionKey}`;
      if (key !== this.shown) {
        // Another session: nothing said or searched about the last one stays.
        this.shown = key;
        this.outcome = undefined;
        this.query = '';
        this.stopCamera();
      }
    }
  }

  protected override updated(): void {
    // No session in the address: open the one on now or next, once the sessions are known.
    if (!this.sessionKey && this.sessions.status === 'complete') {
      const key = defaultSession(this.sessions.value ?? []);
      if (key) location.replace(routeHash('roster', { session: key }, this.eventId));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopCamera();
  }

  /**
   * After a change: the row as the server answered it at once, then the counts
   * afresh (not awaited, so the next person's code can go at once; a newer
   * reload replaces an older one, so no older answer lands over this change).
   */
  private changed(entry: RosterEntry | undefined, outcome: Outcome): void {
    const roster = this.roster.value;
    if (roster && entry) {
      const at = roster.entries.findIndex((e) => e.registration_id === entry.registration_id);
      const entries = at >= 0 ? roster.entries.with(at, entry) : [...roster.entries, entry];
      this.roster.value = { ...roster, entries };
    }
    this.outcome = outcome;
    void this.roster.run();
  }

  private async act(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.outcome = { kind: 'failed', error };
    }
  }

  private async checkInRow(entry: RosterEntry): Promise<void> {
    if (this.busyId) return;
    this.busyId = entry.registration_id;
    await this.act(async () => {
      const result = await checkIn(this.api!, this.eventId, this.sessionKey, {
        registration_id: entry.registration_id,
      });
      this.changed(result.entry, {
        kind: result.already ? 'already' : 'checked-in',
        name: result.entry.name,
        party: result.entry.party_size,
      });
    });
    this.busyId = undefined;
  }

  private async undo(entry: RosterEntry): Promise<void> {
    if (this.busyId) return;
    this.busyId = entry.registration_id;
    await this.act(async () => {
      const updated = await setAttendance(this.api!, this.eventId, this.sessionKey, entry.registration_id, null);
      this.changed(updated, { kind: 'undone', name: updated.name });
    });
    this.busyId = undefined;
  }

  /**
   * A code typed, scanned or read from a picture. A typed one that went in
   * empties the field for the next person; one refused stays, selected, so
   * the volunteer can check it or type over it.
   */
  private async checkInCode(text: string, typed = false): Promise<void> {
    const code = codeIn(text);
    if (!code) {
      this.outcome = { kind: 'not-a-code' };
      if (typed) await this.selectCode();
      return;
    }
    if (this.busy) return;
    this.busy = true;
    await this.act(async () => {
      const result = await checkIn(this.api!, this.eventId, this.sessionKey, { code });
      if (typed) this.code = '';
      this.changed(result.entry, {
        kind: result.already ? 'already' : 'checked-in',
        name: result.entry.name,
        party: result.entry.party_size,
      });
    });
    this.busy = false;
    if (typed && this.code) await this.selectCode();
  }

  private async selectCode(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#f-code')?.select();
  }

  private async scan(): Promise<void> {
    this.scanning = true;
    this.outcome = undefined;
    await this.updateComplete;
    const video = this.renderRoot.querySelector('video');
    if (!video) return;
    try {
      this.camera = await scanWithCamera(video, (text) => {
        this.stopCamera();
        void this.checkInCode(text).then(() => this.focusIn('#scan'));
      });
    } catch (error) {
      this.scanning = false;
      this.outcome = { kind: cameraProblem(error) };
      await this.focusIn('#f-code');
      return;
    }
    await this.focusIn('#stop-scan');
  }

  private stopCamera(): void {
    this.camera?.stop();
    this.camera = undefined;
    this.scanning = false;
  }

  private async picture(file: File): Promise<void> {
    const text = await decodeQrFile(file).catch(() => null);
    if (!text) {
      this.outcome = { kind: 'no-code' };
      return;
    }
    await this.checkInCode(text);
  }

  private async addWalkIn(): Promise<void> {
    if (this.busy) return;
    const request = walkInRequest(this.walkIn);
    this.partyError = !request;
    if (!request) {
      await this.focusIn('#f-walk-in-party');
      return;
    }
    this.busy = true;
    await this.act(async () => {
      const { entry, over_capacity } = await addWalkIn(
        this.api!,
        this.eventId,
        this.sessionKey,
        request,
        this.walkInKey,
      );
      this.walkIn = emptyWalkIn(this.walkIn.language);
      this.walkInKey = newIdempotencyKey();
      this.changed(entry, { kind: 'walk-in', name: entry.name, party: entry.party_size, over: over_capacity });
      await this.focusIn('#f-walk-in-name');
    });
    this.busy = false;
  }

  private async markNoShows(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    await this.act(async () => {
      const marked = await markNoShows(this.api!, this.eventId, this.sessionKey);
      this.changed(undefined, { kind: 'no-shows', marked });
      // The button is disabled now that nobody is left: focus goes on to the next step, the sheet.
      await this.focusIn('#print');
    });
    this.busy = false;
  }

  private async focusIn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  override render(): TemplateResult {
    const roster = this.roster.value;
    return html`<div part="base" class="screen" lang=${this.locale} dir=${this.direction}>
      ${roster ? this.renderRoster(roster) : html`<h1 tabindex="-1">${msg('Roster and check-in', { id: 'staff.nav.roster' })}</h1>`}
      ${this.roster.status === 'error' ? this.renderLoadFailure() : nothing}
      ${!roster && this.roster.status === 'pending' ? this.renderLoading() : nothing}
      ${!this.sessionKey && this.sessions.status === 'error' ? this.renderFailure(this.sessions.error) : nothing}
    </div>`;
  }

  private renderRoster(roster: Roster): TemplateResult {
    const { event, session } = roster;
    const locale = this.locale;
    const where = event.location_name ? html` · <bdi>${event.location_name}</bdi>` : nothing;
    const shown = this.query.trim() ? roster.entries.filter((e) => matchesName(e.name, this.query)) : roster.entries;
    return html`<header class="roster-head">
        <h1 tabindex="-1" dir="auto">${event.title}</h1>
        <p class="when">
          ${sessionWhen(session.start, event.timezone, locale)} –
          ${timeOnly(session.end, event.timezone, locale)}${where}
          ${session.status === 'cancelled' ? html` <span class="badge badge--warn">${msg('Cancelled', { id: 'staff.roster.session-cancelled' })}</span>` : nothing}
        </p>
      </header>
      <div class="screen-only">
        ${renderSessionPicker({
          eventId: this.eventId,
          current: session.key,
          sessions: this.sessions.value ?? [],
          timeZone: event.timezone,
          locale,
        })}
      </div>
      <div class="screen-only">${renderCounts(roster, locale)}</div>
      <div class="outcome screen-only" role="status" aria-live="polite" aria-atomic="true">
        ${this.renderOutcome(roster)}
      </div>
      <div class="screen-only">
        ${renderDoor({
          code: this.code,
          busy: this.busy,
          scanning: this.scanning,
          onCode: (value) => (this.code = value),
          onSubmitCode: () => void this.checkInCode(this.code, true),
          onScan: () => void this.scan(),
          onStopScan: () => {
            this.stopCamera();
            void this.focusIn('#scan');
          },
          onPicture: (file) => void this.picture(file),
        })}
      </div>
      <section class="people screen-only" aria-labelledby="people-title">
        <h2 id="people-title">${msg('People signed up', { id: 'staff.roster.people-title' })}</h2>
        <div class="field search">
          <label class="label" for="f-search">${msg('Find by name', { id: 'staff.roster.search' })}</label>
          <input
            class="input"
            id="f-search"
            type="search"
            autocomplete="off"
            spellcheck="false"
            .value=${this.query}
            @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
          />
        </div>
        ${this.renderStatus(
          this.query.trim()
            ? msg(str`${formatNumber(shown.length, locale)} found`, { id: 'staff.roster.found' })
            : undefined,
        )}
        ${
          roster.entries.length
            ? renderRosterTable({
                entries: shown,
                total: roster.entries.length,
                locale,
                timeZone: event.timezone,
                busyId: this.busyId,
                onCheckIn: (entry) => void this.checkInRow(entry),
                onUndo: (entry) => void this.undo(entry),
              })
            : html`<p>${msg('Nobody has signed up for this session yet.', { id: 'staff.roster.empty' })}</p>`
        }
      </section>
      <div class="screen-only">
        ${renderWalkInForm({
          values: this.walkIn,
          locale,
          partyError: this.partyError,
          busy: this.busy,
          onInput: (field, value) => {
            this.walkIn = { ...this.walkIn, [field]: value };
            if (field === 'party_size') this.partyError = false;
          },
          onSubmit: () => void this.addWalkIn(),
        })}
      </div>
      <div class="screen-only">
        ${renderEndOfSession({
          roster,
          locale,
          busy: this.busy,
          csvHref: rosterCsvUrl(this.api!, this.eventId, session.key),
          onNoShows: () => void this.markNoShows(),
        })}
      </div>
      ${renderPrintSheet(roster.entries, locale)}`;
  }

  private renderLoadFailure(): TemplateResult {
    const zone = this.roster.value?.event.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    return renderNotice({
      tone: 'error',
      heading: failureText(this.roster.error, this.locale, zone),
      action: { label: msg('Try again', { id: 'action.retry' }), onClick: () => void this.roster.run() },
    });
  }

  private renderOutcome(roster: Roster): TemplateResult | typeof nothing {
    if (!this.outcome) return nothing;
    const text = outcomeText(this.outcome, { locale: this.locale, timeZone: roster.event.timezone });
    const good = isGood(this.outcome);
    return html`<p class="outcome-text ${good ? 'is-good' : 'is-bad'}">
      <span aria-hidden="true">${good ? '✓' : '!'}</span> ${text}
    </p>`;
  }
}
