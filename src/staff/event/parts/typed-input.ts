import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fieldId, renderError, type FieldOptions } from '../../../core/forms/fields.js';
import { msg } from '../../../core/localize.js';

/**
 * A date, time, number or web-address field with the form kit's label, hint
 * and error (ids `f-<name>`, so the first problem can take the focus).
 */
export function renderTypedInput(
  o: FieldOptions & { type: 'date' | 'time' | 'number' | 'url'; min?: string; narrow?: boolean },
): TemplateResult {
  const id = fieldId(o.name);
  const described = [o.hint ? `${id}-hint` : '', o.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div part="field" class="field ${o.error ? 'field--error' : ''}">
    <label part="label" class="label" for=${id}
      >${o.label}${o.optional ? html` <span class="optional">${msg('(optional)', { id: 'form.optional' })}</span>` : nothing}</label
    >
    ${o.hint ? html`<p part="hint" class="hint" id=${`${id}-hint`}>${o.hint}</p>` : nothing} ${renderError(id, o.error)}
    <input
      part="input"
      class="input ${o.narrow ? 'input--narrow' : ''}"
      id=${id}
      name=${o.name}
      type=${o.type}
      dir=${o.type === 'url' ? 'ltr' : 'auto'}
      min=${ifDefined(o.min)}
      inputmode=${ifDefined(o.type === 'number' ? 'numeric' : undefined)}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(described || undefined)}
      .value=${o.value}
      @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
      @change=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
    />
  </div>`;
}
