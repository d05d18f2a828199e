import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DataController } from '../../core/data-controller.js';
import { languageName } from '../../core/language-name.js';
import { msg, str } from '../../core/localize.js';
import { StaleError } from '../core/desk-api.js';
import { formatDate } from '../core/format.js';
import { problemMessage } from '../core/problem-message.js';
import { routeHash } from '../core/routes.js';
import { renderStale } from '../core/stale.js';
import { WwStaffElement } from '../core/staff-element.js';
import { loadLocations, type StaffLocation } from '../event/event.api.js';
import { addDays, wallClock } from '../event/parts/local-dates.js';
import {
  archiveType,
  createException,
  createInterpreter,
  createStaff,
  createType,
  deleteException,
  deleteInterpreter,
  loadExceptions,
  loadInterpreters,
  loadStaff,
  loadTypes,
  saveStaff,
  saveType,
  type AppointmentStaffMember,
  type AvailabilityException,
  type InterpreterAvailability,
  type StaffAppointmentType,
} from './appointment-setup.api.js';
import { appointmentSetupStyles } from './appointment-setup.styles.js';
import {
  exceptionInputOf,
  exceptionProblems,
  newExceptionDraft,
  renderExceptions,
  type ExceptionDraft,
} from './parts/exceptions.js';
import {
  interpreterInputOf,
  interpreterProblems,
  newInterpreterDraft,
  renderInterpreters,
  type InterpreterDraft,
} from './parts/interpreters.js';
import { forget, keep, loadKept } from './parts/kept-drafts.js';
import { renderStaffTable, renderTypesTable } from './parts/lists.js';
import {
  newStaffDraft,
  renderStaffForm,
  staffDraftOf,
  staffInputOf,
  staffProblems,
  type StaffDraft,
} from './parts/staff-form.js';
import {
  newTypeDraft,
  renderTypeForm,
  typeDraftOf,
  typeInputOf,
  typeProblems,
  type TypeDraft,
} from './parts/type-form.js';

const PARTS = ['types', 'staff', 'exceptions', 'interpreters'] as const;
type Part = (typeof PARTS)[number];
const NEW = 'new';
/** How far ahead the list of holidays and days off reaches. */
const EXCEPTION_DAYS = 366;

type Editor = { kind: 'type'; id: string; draft: TypeDraft } | { kind: 'staff'; id: string; draft: StaffDraft };
type Said = { kind: 'saved' | 'added' | 'archived' | 'deleted' | 'reloaded'; what: string } | undefined;

/**
 * @tagname ww-staff-appointment-setup
 * @summary Setting up appointments at a place: types, staff and their weekly hours, holidays and days off, interpreters.
 *
 * Its state is the address (`#appointment-setup?location=<id>&part=types|staff|exceptions|interpreters`).
 * Types and staff are edited under If-Match (a stale save says who changed the
 * record and keeps what was typed); every form is kept in the tab until saved.
 */
export class WwStaffAppointmentSetup extends WwStaffElement {
  static override styles = [...WwStaffElement.styles, appointmentSetupStyles];

  static override get properties(): PropertyDeclarations {
    return {
      ...super.properties,
      params: { attribute: false },
      editor: { state: true },
      checked: { state: true },
      busy: { state: true },
      failure: { state: true },
      theirs: { state: true },
      said: { state: true },
      exception: { state: true },
      interpreter: { state: true },
      archiving: { state: true },
    };
  }

  /** The address's parameters: `location`, `part`. */
  params = new URLSearchParams();

  private editor: Editor | undefined;
  private checked = false;
  private busy = false;
  private failure: unknown;
  /** After a Reload: who saved the version the edits now apply to. */
  private theirs: string | undefined;
  private said: Said;
  private exception: ExceptionDraft = newExceptionDraft();
  private exceptionChecked = false;
  private interpreter: InterpreterDraft = newInterpreterDraft();
  private interpreterChecked = false;
  private archiving: StaffAppointmentType | undefined;
  private reopened = '';

  private readonly places = new DataController<StaffLocation[], [string]>(this, {
    args: () => (this.api ? [this.me?.id ?? ''] : undefined),
    task: (_, signal) => loadLocations(this.api!, signal),
  });

  private get location(): StaffLocation | undefined {
    const places = this.places.value ?? [];
    return places.find((l) => l.id === this.params.get('location')) ?? places[0];
  }

  private get section(): Part {
    const asked = this.params.get('part') ?? '';
    return (PARTS as readonly string[]).includes(asked) ? (asked as Part) : 'types';
  }

  private readonly types = new DataController<StaffAppointmentType[], [string]>(this, {
    args: () => (this.api && this.location ? [this.location.id] : undefined),
    // Archived types take no bookings and are not edited here (saving one would make it active again).
    task: async ([id], signal) => (await loadTypes(this.api!, id, signal)).filter((t) => t.status === 'active'),
  });

  private readonly staff = new DataController<AppointmentStaffMember[], [string]>(this, {
    args: () =>
      this.api && this.location && this.section !== 'types' && this.section !== 'interpreters'
        ? [this.location.id]
        : undefined,
    task: ([id], signal) => loadStaff(this.api!, id, signal),
  });

  private readonly exceptions = new DataController<AvailabilityException[], [string, string]>(this, {
    args: () => {
      const l = this.location;
      return this.api && l && this.section === 'exceptions'
        ? [l.id, wallClock(new Date(), l.timezone).slice(0, 10)]
        : undefined;
    },
    task: ([id, from], signal) => loadExceptions(this.api!, id, from, addDays(from, EXCEPTION_DAYS), signal),
  });

  private readonly interpreters = new DataController<InterpreterAvailability[], [string]>(this, {
    args: () => (this.api && this.location && this.section === 'interpreters' ? [this.location.id] : undefined),
    task: ([id], signal) => loadInterpreters(this.api!, id, signal),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.reopenKept();
  }

  /** A form left half-typed (a reload, a sign-in in between) opens again, once per part and place. */
  private reopenKept(): void {
    const where = `${this.location?.id}:${this.section}`;
    if (this.reopened === where || this.editor) return;
    if (this.section === 'types' && this.types.current) {
      this.reopened = where;
      const id = [NEW, ...this.types.current.map((t) => t.id)].find((x) => loadKept('appt-type', x));
      if (id) this.editor = { kind: 'type', id, draft: loadKept<TypeDraft>('appt-type', id)! };
    } else if (this.section === 'staff' && this.staff.current) {
      this.reopened = where;
      const id = [NEW, ...this.staff.current.map((s) => s.id)].find((x) => loadKept('appt-staff', x));
      if (id) this.editor = { kind: 'staff', id, draft: loadKept<StaffDraft>('appt-staff', id)! };
    }
  }

  private formOf(editor: Editor): string {
    return editor.kind === 'type' ? 'appt-type' : 'appt-staff';
  }

  private async open(editor: Editor): Promise<void> {
    this.editor = { ...editor, draft: loadKept(this.formOf(editor), editor.id) ?? editor.draft } as Editor;
    this.checked = false;
    this.failure = undefined;
    this.theirs = undefined;
    this.said = undefined;
    await this.focusOn('#editor-title');
  }

  private change(draft: TypeDraft | StaffDraft): void {
    if (!this.editor) return;
    this.editor = { ...this.editor, draft } as Editor;
    keep(this.formOf(this.editor), this.editor.id, draft);
  }

  private async close(discard: boolean): Promise<void> {
    const editor = this.editor;
    if (!editor) return;
    if (discard) forget(this.formOf(editor), editor.id);
    this.editor = undefined;
    this.failure = undefined;
    this.theirs = undefined;
    await this.focusOn(editor.id === NEW ? '#add-record' : `#edit-${editor.id}`);
  }

  private problems(): object {
    if (!this.editor || !this.checked) return {};
    return this.editor.kind === 'type' ? typeProblems(this.editor.draft) : staffProblems(this.editor.draft);
  }

  private async submit(): Promise<void> {
    const editor = this.editor;
    const location = this.location;
    if (!editor || !location || this.busy) return;
    this.checked = true;
    if (Object.keys(this.problems()).length) {
      await this.focusOn('.editor [aria-invalid="true"]', '.editor .field--error input, .editor .field--error select');
      return;
    }
    this.busy = true;
    this.failure = undefined;
    try {
      let name: string;
      let id: string;
      if (editor.kind === 'type') {
        const input = typeInputOf(editor.draft, location.id);
        const saved =
          editor.id === NEW
            ? await createType(this.api!, input)
            : await saveType(this.api!, editor.id, editor.draft.version, input);
        [name, id] = [saved.title, saved.id];
        await this.types.run();
      } else {
        const input = staffInputOf(editor.draft, location.id);
        const saved =
          editor.id === NEW
            ? await createStaff(this.api!, input)
            : await saveStaff(this.api!, editor.id, editor.draft.version, input);
        [name, id] = [saved.display_name, saved.id];
        await this.staff.run();
      }
      forget(this.formOf(editor), editor.id);
      this.editor = undefined;
      this.theirs = undefined;
      this.said = { kind: editor.id === NEW ? 'added' : 'saved', what: name };
      await this.focusOn(`#edit-${id}`);
    } catch (error) {
      this.failure = error;
      await this.focusOn('.editor [role="alert"] button', '#editor-title');
    } finally {
      this.busy = false;
    }
  }

  /** After a 412: reads the list again and puts the edits onto the version saved since; nothing typed is lost. */
  private async reload(): Promise<void> {
    const editor = this.editor;
    const error = this.failure;
    if (!editor) return;
    const list = editor.kind === 'type' ? this.types : this.staff;
    await list.run();
    const current = (list.value as { id: string; version: number; updated_by: string | null }[] | undefined)?.find(
      (r) => r.id === editor.id,
    );
    if (!current) {
      this.failure = error;
      return;
    }
    this.failure = undefined;
    this.theirs =
      (error instanceof StaleError && error.changedBy) ||
      current.updated_by ||
      msg('someone else', { id: 'staff.stale.someone' });
    this.change({ ...editor.draft, version: current.version });
    this.said = { kind: 'reloaded', what: '' };
    await this.focusOn('#editor-title');
  }

  private addTranslation(): void {
    const e = this.editor;
    if (e?.kind !== 'type' || !e.draft.add_locale) return;
    const locale = e.draft.add_locale;
    this.change({
      ...e.draft,
      add_locale: '',
      translations: [...e.draft.translations, { locale, title: '', what_to_bring: '', reviewed: true }],
    });
    void this.focusOn(`#f-tr-title-${locale}`);
  }

  private removeTranslation(index: number): void {
    const e = this.editor;
    if (e?.kind !== 'type') return;
    this.change({ ...e.draft, translations: e.draft.translations.filter((_, i) => i !== index) });
    void this.focusOn('#f-add-locale');
  }

  private addLanguage(): void {
    const e = this.editor;
    if (e?.kind !== 'staff' || !e.draft.add_language || e.draft.languages.includes(e.draft.add_language)) return;
    this.change({ ...e.draft, languages: [...e.draft.languages, e.draft.add_language], add_language: '' });
  }

  private removeLanguage(index: number): void {
    const e = this.editor;
    if (e?.kind !== 'staff') return;
    this.change({ ...e.draft, languages: e.draft.languages.filter((_, i) => i !== index) });
    void this.focusOn('#f-add-language');
  }

  private addRule(): void {
    const e = this.editor;
    if (e?.kind !== 'staff') return;
    const last = e.draft.rules.at(-1);
    const next = {
      weekday: String(Math.min(7, Number(last?.weekday ?? 0) + 1)),
      starts_at: last?.starts_at ?? '09:00',
      ends_at: last?.ends_at ?? '17:00',
    };
    this.change({ ...e.draft, rules: [...e.draft.rules, next] });
    void this.focusOn(`#rule-${e.draft.rules.length}-day`);
  }

  private removeRule(index: number): void {
    const e = this.editor;
    if (e?.kind !== 'staff') return;
    const rules = e.draft.rules.filter((_, i) => i !== index);
    this.change({ ...e.draft, rules });
    void this.focusOn(rules.length ? `#rule-${Math.min(index, rules.length - 1)}-day` : '#add-rule');
  }

  private async confirmArchive(): Promise<void> {
    const t = this.archiving;
    if (!t || this.busy) return;
    this.busy = true;
    try {
      await archiveType(this.api!, t.id, t.version);
      forget('appt-type', t.id);
      if (this.editor?.id === t.id) this.editor = undefined;
      this.archiving = undefined;
      this.said = { kind: 'archived', what: t.title };
      await this.types.run();
      await this.focusOn('#add-record');
    } catch (error) {
      this.failure = error;
      this.archiving = undefined;
    } finally {
      this.busy = false;
    }
  }

  private async addException(): Promise<void> {
    const location = this.location;
    if (!location || this.busy) return;
    this.exceptionChecked = true;
    if (Object.keys(exceptionProblems(this.exception)).length) {
      this.requestUpdate();
      await this.focusOn('form [aria-invalid="true"]');
      return;
    }
    await this.write(async () => {
      await createException(this.api!, exceptionInputOf(this.exception, location.id));
      this.said = { kind: 'added', what: formatDate(this.exception.date, this.locale) };
      this.exception = { ...newExceptionDraft(), who: this.exception.who };
      this.exceptionChecked = false;
      await this.exceptions.run();
    }, '#f-exception-who');
  }

  private async addInterpreter(): Promise<void> {
    const location = this.location;
    if (!location || this.busy) return;
    this.interpreterChecked = true;
    if (Object.keys(interpreterProblems(this.interpreter)).length) {
      this.requestUpdate();
      await this.focusOn('form [aria-invalid="true"]', '#f-interpreter-language');
      return;
    }
    await this.write(async () => {
      const saved = await createInterpreter(this.api!, interpreterInputOf(this.interpreter, location.id));
      this.said = { kind: 'added', what: languageName(saved.language, this.locale) };
      this.interpreter = newInterpreterDraft();
      this.interpreterChecked = false;
      await this.interpreters.run();
    }, '#f-interpreter-language');
  }

  private async removeRow(kind: 'exception' | 'interpreter', id: string, what: string): Promise<void> {
    await this.write(
      async () => {
        if (kind === 'exception') {
          await deleteException(this.api!, id);
          await this.exceptions.run();
        } else {
          await deleteInterpreter(this.api!, id);
          await this.interpreters.run();
        }
        this.said = { kind: 'deleted', what };
      },
      kind === 'exception' ? '#f-exception-who' : '#f-interpreter-language',
    );
  }

  /** A write outside the editors: its failure shown at the top of the part, focus to `after` on success. */
  private async write(run: () => Promise<void>, after: string): Promise<void> {
    this.busy = true;
    this.failure = undefined;
    try {
      await run();
      await this.focusOn(after);
    } catch (error) {
      this.failure = error;
      await this.focusOn('#part-title');
    } finally {
      this.busy = false;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.ask');
    if (dialog && !dialog.open) {
      dialog.showModal();
      // The way back has the focus first: a stray Enter archives nothing.
      dialog.querySelector<HTMLElement>('#archive-keep')?.focus();
    }
  }

  /** Focus on the first of `selectors` the screen has. */
  private async focusOn(...selectors: string[]): Promise<void> {
    await this.updateComplete;
    for (const selector of selectors) {
      const el = this.renderRoot.querySelector<HTMLElement>(selector);
      if (el) return el.focus();
    }
  }

  private sectionName(part: Part): string {
    switch (part) {
      case 'types':
        return msg('Appointment types', { id: 'staff.setup.part.types' });
      case 'staff':
        return msg('Staff and hours', { id: 'staff.setup.part.staff' });
      case 'exceptions':
        return msg('Holidays and days off', { id: 'staff.setup.part.exceptions' });
      case 'interpreters':
        return msg('Interpreters', { id: 'staff.setup.part.interpreters' });
    }
  }

  private saidText(): string | undefined {
    const s = this.said;
    if (!s) return undefined;
    switch (s.kind) {
      case 'added':
        return msg(str`Added: ${s.what}.`, { id: 'staff.setup.said-added' });
      case 'saved':
        return msg(str`Saved: ${s.what}.`, { id: 'staff.setup.said-saved' });
      case 'archived':
        return msg(str`Archived: ${s.what}. Nobody can book it now.`, { id: 'staff.setup.said-archived' });
      case 'deleted':
        return msg('Deleted.', { id: 'staff.setup.said-deleted' });
      case 'reloaded':
        return msg('Reloaded. Your edits are kept.', { id: 'staff.setup.said-reloaded' });
    }
  }

  override render(): TemplateResult {
    return html`<div part="base" class="screen" lang=${this.locale} dir=${this.direction}>
      <h1>${msg('Appointment setup', { id: 'staff.nav.appointment-setup' })}</h1>
      ${this.renderStatus(this.saidText())} ${this.renderBody()}
      ${this.archiving ? this.renderArchiveDialog(this.archiving) : nothing}
    </div>`;
  }

  private renderBody(): TemplateResult {
    if (this.places.status === 'error') return this.renderFailure(this.places.error, () => void this.places.run());
    const places = this.places.value;
    if (!places) return this.renderLoading();
    const location = this.location;
    if (!location) {
      return html`<p>
        ${msg('Your account has no place granted. Ask an administrator.', { id: 'staff.appts.no-place' })}
      </p>`;
    }
    const here = (part: Part) => routeHash('appointment-setup', { location: location.id, part });
    return html`${places.length > 1 ? this.renderPlacePicker(places, location) : html`<p class="place">${location.name}</p>`}
      <nav class="parts" aria-label=${msg('Parts of the setup', { id: 'staff.setup.parts' })}>
        <ul>
          ${PARTS.map(
            (p) =>
              html`<li>
                <a href=${here(p)} aria-current=${p === this.section ? 'page' : 'false'}>${this.sectionName(p)}</a>
              </li>`,
          )}
        </ul>
      </nav>
      <section class="part" aria-labelledby="part-title">
        <h2 id="part-title" tabindex="-1">${this.sectionName(this.section)}</h2>
        <div class="part-failure">${this.failure && !this.editor ? this.renderFailure(this.failure) : nothing}</div>
        ${this.renderPart(location)}
      </section>`;
  }

  private renderPlacePicker(places: StaffLocation[], location: StaffLocation): TemplateResult {
    const submit = (e: Event) => {
      e.preventDefault();
      const id = String(new FormData(e.currentTarget as HTMLFormElement).get('location') ?? '');
      this.editor = undefined;
      location_.hash = routeHash('appointment-setup', { location: id, part: this.section });
    };
    return html`<form class="toolbar" aria-label=${msg('Place', { id: 'staff.event.place' })} @submit=${submit}>
      <div class="field">
        <label class="label" for="f-location">${msg('Place', { id: 'staff.event.place' })}</label>
        <select class="input" id="f-location" name="location">
          ${places.map((l) => html`<option value=${l.id} ?selected=${l.id === location.id}>${l.name}</option>`)}
        </select>
      </div>
      <div class="actions">
        <button class="button button--primary" type="submit">${msg('Show', { id: 'staff.queue.apply' })}</button>
      </div>
    </form>`;
  }

  private renderPart(location: StaffLocation): TemplateResult {
    switch (this.section) {
      case 'types':
        return this.renderTypes();
      case 'staff':
        return this.renderStaff();
      case 'exceptions':
        return this.renderExceptionsPart();
      case 'interpreters':
        return this.renderInterpretersPart(location);
    }
  }

  private renderLoaded<T, A extends readonly unknown[]>(
    c: DataController<T, A>,
    body: (value: T) => TemplateResult,
  ): TemplateResult {
    if (c.status === 'error') return this.renderFailure(c.error, () => void c.run());
    return c.value ? body(c.value) : this.renderLoading();
  }

  private renderTypes(): TemplateResult {
    return this.renderLoaded(this.types, (types) => {
      const editing = this.editor?.kind === 'type' ? this.editor : undefined;
      return html`${renderTypesTable(
        types,
        this.locale,
        (t) => void this.open({ kind: 'type', id: t.id, draft: typeDraftOf(t) }),
        (t) => (this.archiving = t),
      )}
      ${
        editing
          ? this.renderEditor(
              editing.id === NEW
                ? msg('New appointment type', { id: 'staff.setup.new-type' })
                : this.editTitle(types.find((t) => t.id === editing.id)?.title ?? ''),
              renderTypeForm({
                draft: editing.draft,
                locale: this.locale,
                problems: this.problems(),
                busy: this.busy,
                isNew: editing.id === NEW,
                onChange: (d) => this.change(d),
                onAddTranslation: () => this.addTranslation(),
                onRemoveTranslation: (i) => this.removeTranslation(i),
                onSubmit: () => void this.submit(),
                onCancel: () => void this.close(true),
              }),
            )
          : html`<p>
              <button
                class="button button--primary"
                type="button"
                id="add-record"
                @click=${() => void this.open({ kind: 'type', id: NEW, draft: newTypeDraft(this.locale) })}
              >
                ${msg('Add an appointment type', { id: 'staff.setup.new-type-button' })}
              </button>
            </p>`
      }`;
    });
  }

  private renderStaff(): TemplateResult {
    return this.renderLoaded(this.staff, (staff) => {
      const types = this.types.value ?? [];
      const editing = this.editor?.kind === 'staff' ? this.editor : undefined;
      return html`${renderStaffTable(staff, types, this.locale, (s) => void this.open({ kind: 'staff', id: s.id, draft: staffDraftOf(s) }))}
      ${
        editing
          ? this.renderEditor(
              editing.id === NEW
                ? msg('New staff member', { id: 'staff.setup.new-person' })
                : this.editTitle(staff.find((s) => s.id === editing.id)?.display_name ?? ''),
              renderStaffForm({
                draft: editing.draft,
                types,
                locale: this.locale,
                problems: this.problems(),
                busy: this.busy,
                isNew: editing.id === NEW,
                onChange: (d) => this.change(d),
                onAddLanguage: () => this.addLanguage(),
                onRemoveLanguage: (i) => this.removeLanguage(i),
                onAddRule: () => this.addRule(),
                onRemoveRule: (i) => this.removeRule(i),
                onSubmit: () => void this.submit(),
                onCancel: () => void this.close(true),
              }),
            )
          : html`<p>
              <button
                class="button button--primary"
                type="button"
                id="add-record"
                @click=${() => void this.open({ kind: 'staff', id: NEW, draft: newStaffDraft() })}
              >
                ${msg('Add a staff member', { id: 'staff.setup.new-person-button' })}
              </button>
            </p>`
      }`;
    });
  }

  private editTitle(name: string): string {
    return msg(str`Edit “${name}”`, { id: 'staff.setup.edit-title' });
  }

  private renderEditor(title: string, form: TemplateResult): TemplateResult {
    return html`<section class="panel editor" aria-labelledby="editor-title">
      <h3 id="editor-title" tabindex="-1">${title}</h3>
      ${
        this.failure instanceof StaleError
          ? renderStale(this.failure, this.locale, () => void this.reload())
          : this.failure
            ? html`<div class="notice notice--error" role="alert">
                <p class="notice__heading">${problemMessage(this.failure)}</p>
              </div>`
            : nothing
      }
      ${
        this.theirs
          ? html`<p class="notice notice--info theirs">
              ${msg(str`The list shows the version ${this.theirs} saved. Saving replaces it with yours.`, {
                id: 'staff.setup.theirs',
              })}
            </p>`
          : nothing
      }
      ${form}
    </section>`;
  }

  private renderExceptionsPart(): TemplateResult {
    return this.renderLoaded(this.exceptions, (items) =>
      renderExceptions({
        items,
        staff: this.staff.value ?? [],
        draft: this.exception,
        problems: this.exceptionChecked ? exceptionProblems(this.exception) : {},
        locale: this.locale,
        busy: this.busy,
        onChange: (d) => (this.exception = d),
        onAdd: () => void this.addException(),
        onDelete: (e) => void this.removeRow('exception', e.id, e.date),
      }),
    );
  }

  private renderInterpretersPart(_location: StaffLocation): TemplateResult {
    return this.renderLoaded(this.interpreters, (items) =>
      renderInterpreters({
        items,
        draft: this.interpreter,
        problems: this.interpreterChecked ? interpreterProblems(this.interpreter) : {},
        locale: this.locale,
        busy: this.busy,
        onChange: (d) => (this.interpreter = d),
        onAdd: () => void this.addInterpreter(),
        onDelete: (i) => void this.removeRow('interpreter', i.id, i.language),
      }),
    );
  }

  private renderArchiveDialog(t: StaffAppointmentType): TemplateResult {
    return html`<dialog
      class="ask"
      aria-labelledby="archive-title"
      aria-describedby="archive-text"
      @cancel=${(e: Event) => {
        e.preventDefault();
        this.archiving = undefined;
        void this.focusOn(`#archive-${t.id}`);
      }}
    >
      <h2 id="archive-title">${msg(str`Archive “${t.title}”?`, { id: 'staff.setup.archive-title' })}</h2>
      <p id="archive-text">
        ${msg('Nobody can book it from now on. Appointments already booked stay.', { id: 'staff.setup.archive-text' })}
      </p>
      <div class="actions">
        <button
          class="button button--primary"
          type="button"
          id="archive-confirm"
          @click=${() => void this.confirmArchive()}
        >
          ${msg('Archive', { id: 'staff.setup.archive' })}
        </button>
        <button
          class="button"
          type="button"
          id="archive-keep"
          @click=${() => {
            this.archiving = undefined;
            void this.focusOn(`#archive-${t.id}`);
          }}
        >
          ${msg('Keep it', { id: 'staff.words.keep' })}
        </button>
      </div>
    </dialog>`;
  }
}

/** The page's address (the element has a `location` of its own: the place). */
const location_ = globalThis.location;
