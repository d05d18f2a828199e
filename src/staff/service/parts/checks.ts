import { msg } from '../../../core/localize.js';
import type { ProblemDetails } from '../../../core/errors.js';
import { fieldName } from './context.js';
import type { ServiceForm } from './form.js';
import { isTimeZone } from './open-now.js';

/** Problems by field name: each already in words (the server's own words for its problems). */
export type Problems = Record<string, string>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_PATTERN = /^https?:\/\/\S+$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** What can be told before asking the server (which checks again, and against the HSDS schema). */
export function checkForm(form: ServiceForm): Problems {
  const problems: Problems = {};
  const required = msg('Fill this in.', { id: 'staff.service.error.required' });
  if (!form.fields.name.trim()) problems['name'] = required;
  if (form.fields.url?.trim() && !URL_PATTERN.test(form.fields.url.trim()))
    problems['url'] = msg('Enter a web address that starts with https://', { id: 'staff.service.error.url' });
  const badEmail = msg('Enter an email address such as name@example.org.', { id: 'staff.service.error.email' });
  if (form.fields.email?.trim() && !EMAIL.test(form.fields.email.trim())) problems['email'] = badEmail;
  if (form.verification_contact?.trim() && !EMAIL.test(form.verification_contact.trim()))
    problems['verification_contact'] = badEmail;
  const { since, until } = form.availability;
  if (since && until && until < since)
    problems['availability-until'] = msg('The end comes before the start.', { id: 'staff.service.error.until' });
  form.phones.forEach((phone, i) => {
    if (!/\d{3}/.test(phone.number))
      problems[`phones-${i}-number`] = msg('Enter a phone number.', { id: 'staff.service.error.phone' });
  });
  form.locations.forEach((location, li) => {
    if (!location.name?.trim()) problems[`locations-${li}-name`] = required;
    if (!isTimeZone(location.timezone))
      problems[`locations-${li}-timezone`] = msg('Enter a time zone such as America/New_York.', {
        id: 'staff.service.error.timezone',
      });
    for (const key of ['latitude', 'longitude'] as const) {
      const value = location[key];
      const limit = key === 'latitude' ? 90 : 180;
      if (value !== null && !(Number.isFinite(value) && Math.abs(value) <= limit))
        problems[`locations-${li}-${key}`] = msg('Enter a number in decimal degrees.', {
          id: 'staff.service.error.coordinate',
        });
    }
    location.schedules.forEach((rule, si) => {
      const name = (key: string) => `locations-${li}-schedules-${si}-${key}`;
      // Imported hours with neither day nor time ("by appointment") stay as they are.
      if (rule.byday === null && rule.opens_at === null && rule.closes_at === null) return;
      if (!rule.byday) problems[name('byday')] = msg('Choose at least one day.', { id: 'staff.service.error.days' });
      if (!TIME.test(rule.opens_at ?? '')) problems[name('opens_at')] = required;
      if (!TIME.test(rule.closes_at ?? '')) problems[name('closes_at')] = required;
      else if (TIME.test(rule.opens_at ?? '') && rule.closes_at! <= rule.opens_at!)
        problems[name('closes_at')] = msg('It closes after it opens.', { id: 'staff.service.error.closes' });
    });
  });
  return problems;
}

/** A 400's problems (`hsds-invalid`: `errors: [{ field, message }]`; zod: `{ path, message }`) on the editor's fields. */
export function serverProblems(problem: ProblemDetails | undefined): Problems {
  const problems: Problems = {};
  const errors = (problem?.['errors'] ?? []) as { field?: string; path?: string; message: string }[];
  for (const error of errors) {
    const name = fieldName(String(error.field ?? error.path ?? ''));
    problems[name || 'form'] = problems[name || 'form']
      ? `${problems[name || 'form']} ${error.message}`
      : error.message;
  }
  if (!errors.length) problems['form'] = problem?.detail ?? problem?.title ?? '';
  return problems;
}
