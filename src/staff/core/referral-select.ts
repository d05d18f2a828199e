import { html, nothing, type TemplateResult } from 'lit';
import { fieldId, renderError } from '../../core/forms/fields.js';
import { msg } from '../../core/localize.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { destinationName, type ReferralDestination } from './types.js';

export interface ReferralSelectOptions {
  name: string;
  label: string;
  value: string;
  /** The topic chosen: destinations that take it come first. */
  topic: string;
  destinations: readonly ReferralDestination[];
  locale: string;
  error?: string | undefined;
  onInput: (code: string) => void;
}

/**
 * The referral destination as a select in the form kit's markup: "not
 * referred", then the destinations for the topic, then the other agencies and
 * the other partners. Retired destinations are left out unless already chosen.
 */
export function renderReferralSelect(o: ReferralSelectOptions): TemplateResult {
  const id = fieldId(o.name);
  const usable = o.destinations.filter((d) => d.active || d.code === o.value);
  const forTopic = usable.filter((d) => o.topic && d.topics.includes(o.topic));
  const rest = usable.filter((d) => !forTopic.includes(d));
  const option = (d: ReferralDestination) =>
    html`<option value=${d.code} ?selected=${d.code === o.value}>
      ${
        d.active
          ? destinationName(d, o.locale)
          : `${destinationName(d, o.locale)} ${msg('(retired)', { id: 'staff.referral.retired' })}`
      }
    </option>`;
  const group = (label: string, items: ReferralDestination[]) =>
    items.length ? html`<optgroup label=${label}>${items.map(option)}</optgroup>` : nothing;
  return html`<div part="field" class="field ${o.error ? 'field--error' : ''}">
    <label part="label" class="label" for=${id}>${o.label}</label> ${renderError(id, o.error)}
    <select
      part="input"
      class="input"
      id=${id}
      name=${o.name}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(o.error ? `${id}-error` : undefined)}
      @change=${(e: Event) => o.onInput((e.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${!o.value}>${msg('Not referred', { id: 'staff.referral.none' })}</option>
      ${group(msg('For this topic', { id: 'staff.referral.for-topic' }), forTopic)}
      ${group(
        msg('City agencies', { id: 'staff.referral.agencies' }),
        rest.filter((d) => d.kind === 'agency'),
      )}
      ${group(
        msg('Community partners', { id: 'staff.referral.partners' }),
        rest.filter((d) => d.kind === 'partner'),
      )}
    </select>
  </div>`;
}
