import { html, type TemplateResult } from 'lit';
import { fieldId, renderError, renderInput } from '../../../core/forms/fields.js';
import { msg } from '../../../core/localize.js';
import { renderLanguageSelect } from '../../core/language-select.js';
import type { WalkIn } from '../roster.api.js';

export interface WalkInValues {
  name: string;
  party_size: string;
  language: string;
  access_needs: string;
}

export const emptyWalkIn = (language: string): WalkInValues => ({
  name: '',
  party_size: '1',
  language,
  access_needs: '',
});

/** The largest party the desk adds at once (a family, a class). */
export const MAX_PARTY = 20;

/** The request, or null when the party size is not a whole number from 1 to MAX_PARTY. */
export function walkInRequest(v: WalkInValues): WalkIn | null {
  const party = /^\d+$/.test(v.party_size.trim()) ? Number(v.party_size.trim()) : NaN;
  if (!(party >= 1 && party <= MAX_PARTY)) return null;
  return {
    ...(v.name.trim() ? { name: v.name.trim() } : {}),
    party_size: party,
    language: v.language,
    ...(v.access_needs.trim() ? { access_needs: v.access_needs.trim() } : {}),
  };
}

export interface WalkInFormContext {
  values: WalkInValues;
  locale: string;
  partyError: boolean;
  busy: boolean;
  onInput: (field: keyof WalkInValues, value: string) => void;
  onSubmit: () => void;
}

/** Someone at the door without a sign-up: added to the roster, checked in at once. */
export function renderWalkInForm(c: WalkInFormContext): TemplateResult {
  const partyId = fieldId('walk-in-party');
  const partyError = c.partyError
    ? msg('Enter how many people, from 1 to 20.', { id: 'staff.roster.party-invalid' })
    : undefined;
  return html`<form
    class="walk-in panel"
    aria-labelledby="walk-in-title"
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      c.onSubmit();
    }}
  >
    <h2 id="walk-in-title">${msg('Add a walk-in', { id: 'staff.roster.walk-in-title' })}</h2>
    ${renderInput({
      name: 'walk-in-name',
      label: msg('Name', { id: 'staff.field.name' }),
      optional: true,
      autocomplete: 'off',
      value: c.values.name,
      onInput: (value) => c.onInput('name', value),
    })}
    <div part="field" class="field ${partyError ? 'field--error' : ''}">
      <label part="label" class="label" for=${partyId}>${msg('Party size', { id: 'staff.roster.party-size' })}</label>
      ${renderError(partyId, partyError)}
      <input
        part="input"
        class="input party"
        id=${partyId}
        name="walk-in-party"
        type="number"
        inputmode="numeric"
        min="1"
        max=${MAX_PARTY}
        aria-invalid=${partyError ? 'true' : 'false'}
        aria-describedby=${partyError ? `${partyId}-error` : ''}
        .value=${c.values.party_size}
        @input=${(e: Event) => c.onInput('party_size', (e.target as HTMLInputElement).value)}
      />
    </div>
    ${renderLanguageSelect({
      name: 'walk-in-language',
      label: msg('Language', { id: 'staff.field.language' }),
      value: c.values.language,
      locale: c.locale,
      onInput: (value) => c.onInput('language', value),
    })}
    ${renderInput({
      name: 'walk-in-access',
      label: msg('Access needs', { id: 'staff.roster.access-needs' }),
      optional: true,
      autocomplete: 'off',
      value: c.values.access_needs,
      onInput: (value) => c.onInput('access_needs', value),
    })}
    <div>
      <button class="button button--primary" type="submit" aria-disabled=${c.busy ? 'true' : 'false'}>
        ${msg('Add and check in', { id: 'staff.roster.walk-in-add' })}
      </button>
    </div>
  </form>`;
}
