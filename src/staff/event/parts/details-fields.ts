import { html, nothing, type TemplateResult } from 'lit';
import {
  listOf,
  renderCheckbox,
  renderInput,
  renderRadioGroup,
  renderSelect,
  toggleInList,
} from '../../../core/forms/fields.js';
import { languageName } from '../../../core/language-name.js';
import { msg, str } from '../../../core/localize.js';
import { eventTypeName, registrationModeName } from '../../core/event-labels.js';
import { renderLanguageSelect } from '../../core/language-select.js';
import { EVENT_TYPES, REGISTRATION_MODES } from '../event.api.js';
import type { EditorContext } from './context.js';
import { renderTypedInput } from './typed-input.js';

let zones: string[] | undefined;
/** Every IANA zone the browser knows, for a place written out or an event online. */
const timeZones = (): string[] => (zones ??= Intl.supportedValuesOf('timeZone'));

/** Where: one of the person's places (its zone comes with it), an address written out, or online. */
export function renderPlace(c: EditorContext): TemplateResult {
  const place = c.values['place'] ?? '';
  const known = c.locations.find((l) => l.id === place);
  const choose = (value: string) => {
    const location = c.locations.find((l) => l.id === value);
    c.onInputs(location ? { place: value, timezone: location.timezone } : { place: value });
  };
  const zone = c.values['timezone'] ?? '';
  return html`<fieldset class="group">
    <legend>${msg('Where', { id: 'staff.event.where' })}</legend>
    ${renderSelect({
      name: 'place',
      label: msg('Place', { id: 'staff.event.place' }),
      value: place,
      error: c.error('place'),
      choices: [
        ...c.locations.map((l) => ({ value: l.id, label: l.name })),
        ...(place && place !== 'text' && place !== 'online' && !known ? [{ value: place, label: place }] : []),
        ...(c.anywhere || place === 'text'
          ? [{ value: 'text', label: msg('Another place (write the address)', { id: 'staff.event.place-text' }) }]
          : []),
        ...(c.anywhere || place === 'online'
          ? [{ value: 'online', label: msg('Online', { id: 'staff.event.place-online' }) }]
          : []),
      ],
      onInput: choose,
    })}
    ${
      place === 'text'
        ? renderInput({
            name: 'location_text',
            label: msg('Address of the place', { id: 'staff.event.location-text' }),
            value: c.values['location_text'] ?? '',
            error: c.error('location_text'),
            onInput: (v) => c.onInput('location_text', v),
          })
        : nothing
    }
    ${
      place === 'online'
        ? renderTypedInput({
            type: 'url',
            name: 'online_url',
            label: msg('Link to the meeting', { id: 'staff.event.online-url' }),
            value: c.values['online_url'] ?? '',
            error: c.error('online_url'),
            onInput: (v) => c.onInput('online_url', v),
          })
        : nothing
    }
    ${
      known
        ? html`<p class="muted" id="zone-note">
            ${msg(str`Times are on the clock of the place: ${zone}.`, { id: 'staff.event.zone-from-place' })}
          </p>`
        : renderSelect({
            name: 'timezone',
            label: msg('Time zone', { id: 'staff.event.timezone' }),
            value: zone,
            error: c.error('timezone'),
            choices: (timeZones().includes(zone) || !zone ? timeZones() : [zone, ...timeZones()]).map((z) => ({
              value: z,
              label: z,
            })),
            onInput: (v) => c.onInput('timezone', v),
          })
    }
  </fieldset>`;
}

/** What it is, who can come, and how people sign up. */
export function renderAbout(c: EditorContext): TemplateResult {
  const v = (key: string) => c.values[key] ?? '';
  return html`<fieldset class="group">
    <legend>${msg('What and for whom', { id: 'staff.event.about' })}</legend>
    ${renderSelect({
      name: 'type',
      label: msg('Type', { id: 'staff.event.type' }),
      value: v('type'),
      error: c.error('type'),
      choices: EVENT_TYPES.map((t) => ({ value: t, label: eventTypeName(t) })),
      onInput: (value) => c.onInput('type', value),
    })}
    ${renderSpoken(c)}
    ${renderCheckbox({
      name: 'interpreter',
      label: msg('An interpreter is available for other languages', { id: 'staff.event.interpreter' }),
      value: v('interpreter'),
      onInput: (value) => c.onInput('interpreter', value),
    })}
    ${renderCheckbox({
      name: 'is_free',
      label: msg('Free of charge', { id: 'staff.event.free' }),
      hint: msg('When it is not free, say what it costs in each language below.', { id: 'staff.event.free-hint' }),
      value: v('is_free'),
      onInput: (value) => c.onInput('is_free', value),
    })}
    ${renderRadioGroup({
      name: 'registration_mode',
      label: msg('Sign-up', { id: 'staff.event.mode' }),
      value: v('registration_mode'),
      error: c.error('registration_mode'),
      choices: REGISTRATION_MODES.map((m) => ({ value: m, label: registrationModeName(m) })),
      onInput: (value) => c.onInput('registration_mode', value),
    })}
    ${renderTypedInput({
      type: 'number',
      name: 'capacity',
      min: '1',
      narrow: true,
      optional: true,
      label: msg('Places', { id: 'staff.event.capacity' }),
      hint: msg('People per session (per series for a whole-series sign-up). Empty: no limit.', {
        id: 'staff.event.capacity-hint',
      }),
      value: v('capacity'),
      error: c.error('capacity'),
      onInput: (value) => c.onInput('capacity', value),
    })}
  </fieldset>`;
}

/** The languages spoken: a list with a remove button each, and a language select to add one. */
function renderSpoken(c: EditorContext): TemplateResult {
  const spoken = listOf(c.values['languages']);
  const pick = c.values['language_pick'] || '';
  const error = c.error('languages');
  return html`<div
    class="field spoken ${error ? 'field--error' : ''}"
    id="f-languages"
    tabindex="-1"
    ?data-invalid=${!!error}
  >
    <p class="label" id="spoken-label">${msg('Languages spoken', { id: 'staff.event.languages' })}</p>
    ${error ? html`<p class="error" id="f-languages-error">${error}</p>` : nothing}
    ${
      spoken.length
        ? html`<ul class="chips" aria-labelledby="spoken-label">
            ${spoken.map((code) => {
              const name = languageName(code, c.locale);
              return html`<li>
                <span>${name}</span>
                <button
                  class="link-button"
                  type="button"
                  @click=${() => c.onInput('languages', toggleInList(c.values['languages'], code, false))}
                >
                  ${msg(str`Remove ${name}`, { id: 'staff.event.language-remove' })}
                </button>
              </li>`;
            })}
          </ul>`
        : html`<p class="muted">${msg('None yet.', { id: 'staff.event.languages-none' })}</p>`
    }
    <div class="inline-add">
      ${renderLanguageSelect({
        name: 'language_pick',
        label: msg('Add a language spoken', { id: 'staff.event.language-pick' }),
        value: pick,
        locale: c.locale,
        empty: msg('Choose a language', { id: 'staff.event.language-choose' }),
        onInput: (code) => c.onInput('language_pick', code),
      })}
      <button
        class="button"
        type="button"
        @click=${() => pick && c.onInputs({ languages: toggleInList(c.values['languages'], pick, true), language_pick: '' })}
      >
        ${msg('Add', { id: 'staff.event.language-add' })}
      </button>
    </div>
  </div>`;
}
