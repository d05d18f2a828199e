import { html, nothing, type TemplateResult } from 'lit';
import {
  listOf,
  renderCheckbox,
  renderCheckboxGroup,
  renderInput,
  renderRadioGroup,
} from '../../../core/forms/fields.js';
import { msg } from '../../../core/localize.js';
import type { ReferralDestination, Topic } from '../../core/types.js';
import type { DestinationFields } from '../referrals.api.js';

/** The form's values, as the form kit keeps them (lists comma-separated). */
export interface DestinationDraft {
  code: string;
  name: string;
  kind: string;
  topics: string;
  aliases: string;
  active: string;
  position: string;
}

export const EMPTY_DESTINATION: DestinationDraft = {
  code: '',
  name: '',
  kind: 'agency',
  topics: '',
  aliases: '',
  active: 'true',
  position: '',
};

export const draftOf = (d: ReferralDestination): DestinationDraft => ({
  code: d.code,
  name: d.name,
  kind: d.kind,
  topics: d.topics.join(','),
  aliases: d.aliases.join(', '),
  active: d.active ? 'true' : '',
  position: String(d.position),
});

/** The request body; a new destination's code is left to the server when empty. */
export function fieldsOf(draft: DestinationDraft, editing: boolean): DestinationFields {
  const fields: DestinationFields = {
    name: draft.name.trim(),
    kind: draft.kind === 'partner' ? 'partner' : 'agency',
    topics: listOf(draft.topics),
    aliases: draft.aliases
      .split(',')
      .map((a) => a.trim().toLowerCase())
      .filter(Boolean),
  };
  if (!editing && draft.code.trim()) fields.code = draft.code.trim();
  if (editing) {
    fields.active = draft.active === 'true';
    if (/^\d+$/.test(draft.position)) fields.position = Number(draft.position);
  }
  return fields;
}

export interface DestinationFormContext {
  draft: DestinationDraft;
  editing: string | undefined;
  topics: readonly Topic[];
  nameError: string | undefined;
  busy: boolean;
  onInput: (field: keyof DestinationDraft, value: string) => void;
  onSubmit: () => void;
  onCancel: () => void;
}

export function renderDestinationForm(c: DestinationFormContext): TemplateResult {
  return html`<form
    class="form"
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      c.onSubmit();
    }}
  >
    ${renderInput({
      name: 'name',
      label: msg('Name', { id: 'staff.field.name' }),
      value: c.draft.name,
      error: c.nameError,
      onInput: (v) => c.onInput('name', v),
    })}
    ${
      c.editing
        ? nothing
        : renderInput({
            name: 'code',
            label: msg('Code', { id: 'staff.referrals.code' }),
            hint: msg('Letters, digits and dashes, such as actionnyc. Left empty, it is made from the name.', {
              id: 'staff.referrals.code-hint',
            }),
            optional: true,
            value: c.draft.code,
            onInput: (v) => c.onInput('code', v),
          })
    }
    ${renderRadioGroup({
      name: 'kind',
      label: msg('Kind', { id: 'staff.field.kind' }),
      value: c.draft.kind,
      choices: [
        { value: 'agency', label: msg('City agency', { id: 'staff.referrals.agency' }) },
        { value: 'partner', label: msg('Community partner', { id: 'staff.referrals.partner' }) },
      ],
      onInput: (v) => c.onInput('kind', v),
    })}
    ${renderCheckboxGroup({
      name: 'topics',
      label: msg('Topics it takes', { id: 'staff.referrals.topics' }),
      hint: msg('It is offered first for these topics.', { id: 'staff.referrals.topics-hint' }),
      value: c.draft.topics,
      columns: true,
      choices: c.topics.map((t) => ({ value: t.code, label: t.name })),
      onInput: (v) => c.onInput('topics', v),
    })}
    ${renderInput({
      name: 'aliases',
      label: msg('Other names', { id: 'staff.referrals.aliases' }),
      hint: msg('Comma-separated: old free-text referrals written this way are counted here.', {
        id: 'staff.referrals.aliases-hint',
      }),
      optional: true,
      value: c.draft.aliases,
      onInput: (v) => c.onInput('aliases', v),
    })}
    ${
      c.editing
        ? html`${renderInput({
            name: 'position',
            label: msg('Position in lists', { id: 'staff.referrals.position' }),
            optional: true,
            value: c.draft.position,
            onInput: (v) => c.onInput('position', v),
          })}
          ${renderCheckbox({
            name: 'active',
            label: msg('Offered in the desk (uncheck to retire it; past referrals stay counted)', {
              id: 'staff.referrals.active',
            }),
            value: c.draft.active,
            onInput: (v) => c.onInput('active', v),
          })}`
        : nothing
    }
    <div class="actions">
      <button class="button button--primary" type="submit" aria-disabled=${c.busy ? 'true' : 'false'}>
        ${
          c.editing
            ? msg('Save the destination', { id: 'staff.referrals.save' })
            : msg('Add the destination', { id: 'staff.referrals.add' })
        }
      </button>
      ${
        c.editing
          ? html`<button class="button" type="button" @click=${c.onCancel}>
              ${msg('Cancel', { id: 'staff.cancel' })}
            </button>`
          : nothing
      }
    </div>
  </form>`;
}
