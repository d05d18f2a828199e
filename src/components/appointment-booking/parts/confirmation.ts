import { html, nothing, type TemplateResult } from 'lit';
import { renderHeading } from '../../../core/heading.js';
import { languageName } from '../../../core/language-name.js';
import { msg, str } from '../../../core/localize.js';
import type { Appointment, AppointmentType } from '../appointment-booking.api.js';
import { slotDateTime } from './when.js';

/** The page that cancels or moves an appointment (`/a/{token}`), on the API's own origin. */
export function manageLink(endpoint: string, token: string): string {
  const base = new URL(endpoint, document.baseURI);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return new URL(`../a/${encodeURIComponent(token)}`, base).href;
}

/** The booked appointment: when, where, the interpreter, what to bring, and the link to change it. */
export function renderConfirmation(
  a: Appointment,
  type: AppointmentType,
  level: number,
  endpoint: string,
  locale: string,
): TemplateResult {
  const bring = a.what_to_bring || type.what_to_bring;
  return html`<section part="confirmation" class="confirmation" aria-labelledby="done-heading">
    ${renderHeading(level, msg('Your appointment is booked', { id: 'appointment.done' }), {
      id: 'done-heading',
      focusable: true,
    })}
    <p><strong dir="auto">${a.title}</strong></p>
    <p class="when">${slotDateTime(a, a.timezone, locale)}</p>
    <p><bdi>${a.location_name}</bdi></p>
    ${
      a.interpreter
        ? html`<p>
            ${msg(str`Interpreter: ${languageName(a.interpreter, locale)}`, { id: 'appointment.done.interpreter' })}
          </p>`
        : nothing
    }
    ${
      bring
        ? html`${renderHeading(level + 1, msg('What to bring', { id: 'appointment.bring' }))}
            <p class="bring__text" dir="auto">${bring}</p>`
        : nothing
    }
    <p>${msg('We are sending you a confirmation with these details.', { id: 'appointment.done.sent' })}</p>
    ${
      a.manage_token
        ? html`<p>
            <a href=${manageLink(endpoint, a.manage_token)}
              >${msg('Cancel or change this appointment', { id: 'appointment.done.manage' })}</a
            >
          </p>`
        : nothing
    }
  </section>`;
}
