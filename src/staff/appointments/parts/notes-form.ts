import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../core/localize.js';
import { StaleError } from '../../core/desk-api.js';
import { problemMessage } from '../../core/problem-message.js';
import { renderStale } from '../../core/stale.js';
import type { DayAppointment } from '../appointments.api.js';

export interface NotesFormContext {
  appointment: DayAppointment;
  /** What is typed (kept in the tab until saved). */
  value: string;
  locale: string;
  busy: boolean;
  failure: unknown;
  /** After a Reload: the notes as someone else saved them, shown beside what is typed. */
  theirs: { notes: string; by: string } | undefined;
  onInput: (value: string) => void;
  onSave: () => void;
  onCancel: () => void;
  onReload: () => void;
}

const theirsHeading = (who: string) => msg(str`As ${who} saved them:`, { id: 'staff.appts.theirs' });

/** The notes of one appointment: a text area, Save and Cancel; a stale save says who changed them. */
export function renderNotesForm(c: NotesFormContext): TemplateResult {
  const id = `f-notes-${c.appointment.id}`;
  return html`<form
    class="notes-form"
    @submit=${(e: Event) => {
      e.preventDefault();
      c.onSave();
    }}
  >
    ${
      c.failure instanceof StaleError
        ? renderStale(c.failure, c.locale, c.onReload)
        : c.failure
          ? html`<div class="notice notice--error" role="alert">
              <p class="notice__heading">${problemMessage(c.failure)}</p>
            </div>`
          : nothing
    }
    ${
      c.theirs
        ? html`<div class="notice notice--info theirs">
            <p class="notice__heading">${theirsHeading(c.theirs.by)}</p>
            <p class="their-notes" dir="auto">${c.theirs.notes || '—'}</p>
            <p>${msg('Saving replaces their notes with yours.', { id: 'staff.appts.theirs-hint' })}</p>
          </div>`
        : nothing
    }
    <div class="field">
      <label class="label" for=${id}>${msg('Notes', { id: 'staff.appts.notes' })}</label>
      <textarea
        class="input"
        id=${id}
        name="notes"
        rows="3"
        maxlength="4000"
        dir="auto"
        .value=${c.value}
        @input=${(e: Event) => c.onInput((e.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>
    <div class="actions">
      <button class="button button--primary" type="submit" aria-disabled=${c.busy ? 'true' : 'false'}>
        ${msg('Save notes', { id: 'staff.appts.save-notes' })}
      </button>
      <button class="button" type="button" @click=${c.onCancel}>${msg('Cancel', { id: 'staff.cancel' })}</button>
    </div>
  </form>`;
}
