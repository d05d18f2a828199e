import { html, type TemplateResult } from 'lit';
import { renderHeading } from '../heading.js';
import { msg } from '../localize.js';
import { fieldId } from './fields.js';

export interface SummaryItem {
  /** The field's name, when the form has a field for it. */
  field?: string | undefined;
  message: string;
}

/**
 * Focuses a field by name inside a shadow root: the input itself, or in a
 * radio group the chosen option (else the first). Fragment links do not work
 * across shadow roots, so the summary calls this.
 */
export function focusField(root: ParentNode, name: string): void {
  const el = root.querySelector<HTMLElement>(`#${fieldId(name)}`);
  const target =
    el instanceof HTMLFieldSetElement
      ? (el.querySelector<HTMLElement>('input:checked') ?? el.querySelector<HTMLElement>('input'))
      : el;
  target?.focus();
}

/**
 * The list of problems at the top of a form after a failed submit. Its heading
 * takes focus (call {@link focusErrorSummary} after rendering), so a screen
 * reader user hears it and a keyboard user can go straight to each field.
 * `level` is its heading level (one below the form's heading).
 */
export function renderErrorSummary(items: SummaryItem[], root: () => ParentNode, level = 2): TemplateResult {
  return html`<div part="error-summary" class="error-summary" aria-labelledby="error-summary-title">
    ${renderHeading(level, msg('There is a problem', { id: 'form.summary.title' }), {
      class: 'error-summary__title',
      id: 'error-summary-title',
      focusable: true,
    })}
    <ul>
      ${items.map((item) =>
        item.field
          ? html`<li>
              <a
                href=${`#${fieldId(item.field)}`}
                @click=${(e: Event) => {
                  e.preventDefault();
                  focusField(root(), item.field!);
                }}
                >${item.message}</a
              >
            </li>`
          : html`<li>${item.message}</li>`,
      )}
    </ul>
  </div>`;
}

export function focusErrorSummary(root: ParentNode): void {
  root.querySelector<HTMLElement>('#error-summary-title')?.focus();
}
