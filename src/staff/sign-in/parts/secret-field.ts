import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fieldId, renderError, type FieldOptions } from '../../../core/forms/fields.js';
import { msg } from '../../../core/localize.js';

/**
 * A password field in the form kit's markup (label, error tied to the input),
 * with a "Show" toggle so that a long passphrase can be checked before it is sent.
 */
export function renderSecretField(
  o: FieldOptions & { autocomplete: 'current-password' | 'new-password' },
): TemplateResult {
  const id = fieldId(o.name);
  const toggle = (e: Event) => {
    const button = e.currentTarget as HTMLButtonElement;
    const input = button.parentElement!.querySelector('input')!;
    const shown = input.type === 'text';
    input.type = shown ? 'password' : 'text';
    button.setAttribute('aria-pressed', String(!shown));
  };
  return html`<div part="field" class="field ${o.error ? 'field--error' : ''}">
    <label part="label" class="label" for=${id}>${o.label}</label> ${renderError(id, o.error)}
    <div class="secret">
      <input
        part="input"
        class="input"
        id=${id}
        name=${o.name}
        type="password"
        dir="ltr"
        spellcheck="false"
        autocomplete=${o.autocomplete}
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(o.error ? `${id}-error` : undefined)}
        .value=${o.value}
        @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
      />
      <button class="button" type="button" aria-pressed="false" aria-controls=${id} @click=${toggle}>
        ${msg('Show', { id: 'staff.sign-in.show-password' })}
      </button>
    </div>
  </div>`;
}
