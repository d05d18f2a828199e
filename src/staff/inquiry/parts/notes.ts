import { html, type TemplateResult } from 'lit';
import { renderTextarea } from '../../../core/forms/fields.js';
import { msg } from '../../../core/localize.js';
import { formatDateTime } from '../../core/format.js';
import type { Note } from '../../core/types.js';

export const NOTE_MAX = 4000;

export interface NotesContext {
  notes: readonly Note[];
  draft: string;
  locale: string;
  adding: boolean;
  error: string | undefined;
  onInput: (value: string) => void;
  onAdd: () => void;
}

/** Internal notes, oldest first, and a new one (its draft kept in the tab until it is added). */
export function renderNotes(c: NotesContext): TemplateResult {
  return html`<section class="panel" aria-labelledby="notes-title">
    <h2 id="notes-title">${msg('Internal notes', { id: 'staff.notes.title' })}</h2>
    ${
      c.notes.length
        ? html`<ol class="notes">
            ${c.notes.map(
              (note) =>
                html`<li>
                  <p class="muted"><bdi>${note.author}</bdi>, ${formatDateTime(note.created_at, c.locale)}</p>
                  ${
                    note.body === null
                      ? html`<p class="muted">
                          ${msg('Erased with the personal details.', { id: 'staff.notes.erased' })}
                        </p>`
                      : html`<p class="note-body" dir="auto">${note.body}</p>`
                  }
                </li>`,
            )}
          </ol>`
        : html`<p class="muted">${msg('No notes yet.', { id: 'staff.notes.none' })}</p>`
    }
    <form
      class="form"
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        c.onAdd();
      }}
    >
      ${renderTextarea({
        name: 'note',
        label: msg('New note', { id: 'staff.notes.new' }),
        hint: msg('Only staff see notes. A draft is kept in this tab until you add it.', { id: 'staff.notes.hint' }),
        value: c.draft,
        maxLength: NOTE_MAX,
        locale: c.locale,
        rows: 3,
        error: c.error,
        onInput: c.onInput,
      })}
      <div class="actions">
        <button class="button" type="submit" aria-disabled=${c.adding ? 'true' : 'false'}>
          ${msg('Add note', { id: 'staff.notes.add' })}
        </button>
      </div>
    </form>
  </section>`;
}
