import { html, type TemplateResult } from 'lit';
import { renderInput } from '../../../core/forms/fields.js';
import { msg, str } from '../../../core/localize.js';
import type { Address, Location } from '../service.api.js';
import type { ServiceContext } from './context.js';
import { renderHours } from './hours.js';
import { fieldLabel } from './labels.js';

const ADDRESS_KEYS = ['address_1', 'address_2', 'city', 'state_province', 'postal_code', 'country'] as const;

function addressLabel(key: keyof Address): string {
  switch (key) {
    case 'address_1':
      return msg('Street address', { id: 'staff.service.address-1' });
    case 'address_2':
      return msg('Floor, suite', { id: 'staff.service.address-2' });
    case 'city':
      return msg('City', { id: 'staff.service.city' });
    case 'state_province':
      return msg('State', { id: 'staff.service.state' });
    case 'postal_code':
      return msg('ZIP code', { id: 'staff.service.postal-code' });
    case 'country':
      return msg('Country (2 letters)', { id: 'staff.service.country' });
  }
}

/** The office's zone for a new place: the person's own clock. */
const newLocation = (): Location => ({
  name: '',
  address: { address_1: '', address_2: null, city: '', state_province: '', postal_code: '', country: 'US' },
  latitude: null,
  longitude: null,
  timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  schedules: [],
});

const coordinate = (value: string): number | null => (value.trim() === '' ? null : Number(value));

function renderLocation(c: ServiceContext, li: number, location: Location): TemplateResult {
  const name = (key: string) => `locations-${li}-${key}`;
  const set = (update: (l: Location) => void) => c.change((f) => update(f.locations[li]!));
  const n = String(li + 1);
  return html`<fieldset class="group location" data-location=${li}>
    <legend><h3>${location.name || msg(str`Location ${n}`, { id: 'staff.service.location-n' })}</h3></legend>
    ${renderInput({
      name: name('name'),
      label: msg('Name of the place', { id: 'staff.service.location-name' }),
      value: location.name ?? '',
      error: c.error(name('name')),
      onInput: (value) => set((l) => void (l.name = value)),
    })}
    <div class="row">
      ${ADDRESS_KEYS.map((key) =>
        renderInput({
          name: name(`address-${key}`),
          label: addressLabel(key),
          optional: key === 'address_2',
          autocomplete: 'off',
          value: location.address[key] ?? '',
          error: c.error(name(`address-${key}`)),
          onInput: (value) =>
            set(
              (l) =>
                void ((l.address as unknown as Record<string, string | null>)[key] =
                  key === 'address_2' ? value || null : value),
            ),
        }),
      )}
    </div>
    <div class="row">
      ${(['latitude', 'longitude'] as const).map((key) =>
        renderInput({
          name: name(key),
          label:
            key === 'latitude'
              ? msg('Latitude', { id: 'staff.service.latitude' })
              : msg('Longitude', { id: 'staff.service.longitude' }),
          optional: true,
          autocomplete: 'off',
          value: location[key] === null ? '' : String(location[key]),
          error: c.error(name(key)),
          onInput: (value) => set((l) => void (l[key] = coordinate(value))),
        }),
      )}
      ${renderInput({
        name: name('timezone'),
        label: msg('Time zone', { id: 'staff.service.timezone' }),
        hint: msg('As the IANA names it: America/New_York.', { id: 'staff.service.timezone-hint' }),
        autocomplete: 'off',
        value: location.timezone,
        error: c.error(name('timezone')),
        onInput: (value) => set((l) => void (l.timezone = value.trim())),
      })}
    </div>
    ${renderHours(c, li, location)}
    <button class="link-button" type="button" @click=${() => c.change((f) => void f.locations.splice(li, 1))}>
      ${msg(str`Remove location ${n}`, { id: 'staff.service.location-remove' })}
    </button>
  </fieldset>`;
}

/** The places the service is given at, each with its address, coordinates, zone and hours. */
export function renderLocations(c: ServiceContext): TemplateResult {
  return html`<section class="panel" aria-labelledby="locations-title">
    <h2 id="locations-title">${fieldLabel('locations')}</h2>
    ${c.form.locations.map((location, li) => renderLocation(c, li, location))}
    <button
      class="button"
      type="button"
      id="add-location"
      @click=${() => c.change((f) => void f.locations.push(newLocation()))}
    >
      ${msg('Add a location', { id: 'staff.service.location-add' })}
    </button>
  </section>`;
}
