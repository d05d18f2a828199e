import { html, nothing, type TemplateResult } from 'lit';
import { listFormat } from '../../../core/intl.js';
import { languageName } from '../../../core/language-name.js';
import { msg, str } from '../../../core/localize.js';
import { formatNumber } from '../../../core/number-format.js';
import type { AppointmentStaffMember, StaffAppointmentType } from '../appointment-setup.api.js';
import { clockTime, hoursText, weekdayName } from './weekdays.js';

/** "Next week's slots open on Friday at 9:00 AM", or that they open as soon as they are in reach. */
export function releaseText(t: StaffAppointmentType, locale: string): string {
  if (t.release_weekday === null || !t.release_time) {
    return msg('As soon as they are in reach', { id: 'staff.setup.release-none' });
  }
  const day = weekdayName(t.release_weekday, locale);
  const time = clockTime(t.release_time, locale);
  return msg(str`Next week’s slots open on ${day} at ${time}`, { id: 'staff.setup.release-rule' });
}

/** Whether each language's words are reviewed: "Spanish (draft), French". */
function translationsText(t: StaffAppointmentType, locale: string): TemplateResult | string {
  const titles = t.translations?.title ?? {};
  const codes = Object.keys(titles);
  if (!codes.length) return html`<span class="muted">—</span>`;
  return html`${codes.map(
    (code, i) =>
      html`${i ? ', ' : ''}${languageName(code, locale)}${
        titles[code]!.review === 'draft'
          ? html` <span class="badge badge--warn">${msg('Draft', { id: 'staff.words.draft' })}</span>`
          : nothing
      }`,
  )}`;
}

export function renderTypesTable(
  types: readonly StaffAppointmentType[],
  locale: string,
  onEdit: (t: StaffAppointmentType) => void,
  onArchive: (t: StaffAppointmentType) => void,
): TemplateResult {
  const n = (value: number) => formatNumber(value, locale);
  if (!types.length) {
    return html`<p id="no-types">${msg('No appointment type yet. Add one.', { id: 'staff.setup.no-types' })}</p>`;
  }
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="types-caption">
    <table class="types">
      <caption id="types-caption">
        ${msg(str`Appointment types: ${n(types.length)}`, { id: 'staff.setup.types-caption' })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Title', { id: 'staff.event.title-field' })}</th>
          <th scope="col">${msg('Minutes (and buffer)', { id: 'staff.setup.minutes' })}</th>
          <th scope="col">${msg('Booking', { id: 'staff.setup.booking' })}</th>
          <th scope="col">${msg('When slots open', { id: 'staff.setup.release' })}</th>
          <th scope="col">${msg('Other languages', { id: 'staff.language.other' })}</th>
          <th scope="col">${msg('Actions', { id: 'staff.accounts.actions' })}</th>
        </tr>
      </thead>
      <tbody>
        ${types.map(
          (t) =>
            html`<tr data-id=${t.id}>
              <th scope="row" dir="auto">${t.title}</th>
              <td>${n(t.duration_minutes)}${t.buffer_minutes ? ` (+${n(t.buffer_minutes)})` : ''}</td>
              <td>
                ${msg(str`Up to ${n(t.book_ahead_days)} days ahead, ${n(t.min_notice_minutes)} minutes’ notice`, {
                  id: 'staff.setup.booking-window',
                })}
                ${
                  t.on_behalf_allowed
                    ? html`<br />${msg('Organizations may book for clients', { id: 'staff.setup.on-behalf-yes' })}`
                    : nothing
                }
              </td>
              <td>${releaseText(t, locale)}</td>
              <td>${translationsText(t, locale)}</td>
              <td class="row-actions">
                <button class="button" type="button" id=${`edit-${t.id}`} @click=${() => onEdit(t)}>
                  ${msg('Edit', { id: 'staff.templates.edit' })}<span class="visually-hidden"
                    >: <bdi>${t.title}</bdi></span
                  >
                </button>
                <button class="button" type="button" id=${`archive-${t.id}`} @click=${() => onArchive(t)}>
                  ${msg('Archive', { id: 'staff.setup.archive' })}<span class="visually-hidden"
                    >: <bdi>${t.title}</bdi></span
                  >
                </button>
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export function renderStaffTable(
  staff: readonly AppointmentStaffMember[],
  types: readonly StaffAppointmentType[],
  locale: string,
  onEdit: (s: AppointmentStaffMember) => void,
): TemplateResult {
  if (!staff.length) {
    return html`<p id="no-staff">
      ${msg('No one takes appointments here yet. Add a person.', { id: 'staff.setup.no-staff' })}
    </p>`;
  }
  const list = listFormat(locale);
  const title = (id: string) => types.find((t) => t.id === id)?.title ?? '';
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="staff-caption">
    <table class="staff">
      <caption id="staff-caption">
        ${msg(str`Staff: ${formatNumber(staff.length, locale)}`, { id: 'staff.setup.staff-caption' })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Name', { id: 'staff.field.name' })}</th>
          <th scope="col">${msg('Languages they speak', { id: 'staff.setup.languages' })}</th>
          <th scope="col">${msg('Appointment types they take', { id: 'staff.setup.types-taken' })}</th>
          <th scope="col">${msg('Weekly hours', { id: 'staff.setup.hours' })}</th>
          <th scope="col">${msg('Actions', { id: 'staff.accounts.actions' })}</th>
        </tr>
      </thead>
      <tbody>
        ${staff.map(
          (s) =>
            html`<tr data-id=${s.id}>
              <th scope="row" dir="auto">
                ${s.display_name}
                ${s.active ? nothing : html`<br /><span class="badge">${msg('Not taking appointments', { id: 'staff.setup.inactive' })}</span>`}
              </th>
              <td>${list.format(s.languages.map((l) => languageName(l, locale)))}</td>
              <td dir="auto">${list.format(s.type_ids.map(title).filter(Boolean))}</td>
              <td>
                <ul class="plain">
                  ${[...s.rules]
                    .sort((a, b) => a.weekday - b.weekday || a.starts_at.localeCompare(b.starts_at))
                    .map(
                      (r) =>
                        html`<li>${weekdayName(r.weekday, locale)} ${hoursText(r.starts_at, r.ends_at, locale)}</li>`,
                    )}
                </ul>
              </td>
              <td>
                <button class="button" type="button" id=${`edit-${s.id}`} @click=${() => onEdit(s)}>
                  ${msg('Edit', { id: 'staff.templates.edit' })}<span class="visually-hidden"
                    >: <bdi>${s.display_name}</bdi></span
                  >
                </button>
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
