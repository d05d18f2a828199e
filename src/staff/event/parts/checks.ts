import { listOf } from '../../../core/forms/fields.js';
import { msg, str } from '../../../core/localize.js';
import { formatNumber } from '../../../core/number-format.js';
import type { ProblemDetails } from '../../../core/errors.js';
import { isDate, isTime } from './local-dates.js';
import { MAX_SESSIONS, sessionDates, weekdayOf } from './recurrence.js';
import { repeatOf, textKey, type Values } from './values.js';

/** What is wrong with a field: a code the editor words while rendering, or the server's own words. */
export type FieldProblem =
  | 'required'
  | 'number'
  | 'duration'
  | 'url'
  | 'start-day'
  | 'no-session'
  | 'too-many'
  | 'until-before'
  | 'not-granted'
  | { server: string };

export type Problems = Record<string, FieldProblem>;

const positive = (value: string | undefined) => /^\d+$/.test(value ?? '') && Number(value) > 0;

/** The problems of the values before they are sent (the server checks again). */
export function checkValues(values: Values): Problems {
  const problems: Problems = {};
  const v = (key: string) => (values[key] ?? '').trim();
  const source = v('source_locale');
  if (!v(textKey('title', source))) problems[textKey('title', source)] = 'required';
  if (!v('type')) problems['type'] = 'required';
  if (v('place') === 'text' && !v('location_text')) problems['location_text'] = 'required';
  if (v('place') === 'online' && !/^https?:\/\/\S+$/.test(v('online_url'))) problems['online_url'] = 'url';
  if (!v('timezone')) problems['timezone'] = 'required';
  if (!isDate(v('start_date'))) problems['start_date'] = 'required';
  if (!isTime(v('start_time'))) problems['start_time'] = 'required';
  if (!positive(v('duration')) || Number(v('duration')) < 5 || Number(v('duration')) > 1440)
    problems['duration'] = 'duration';
  if (v('capacity') && !positive(v('capacity'))) problems['capacity'] = 'number';
  const repeat = repeatOf(values);
  if (repeat.kind === 'weekly') {
    if (!positive(v('interval'))) problems['interval'] = 'number';
    if (!repeat.days.length) problems['days'] = 'required';
    else if (isDate(v('start_date')) && !repeat.days.includes(weekdayOf(v('start_date'))))
      problems['days'] = 'start-day';
  }
  if (repeat.kind !== 'none' && repeat.kind !== 'custom') {
    if (repeat.ends === 'count' && !positive(v('count'))) problems['count'] = 'number';
    else if (repeat.ends === 'until' && !isDate(v('until'))) problems['until'] = 'required';
    else if (repeat.ends === 'until' && v('until') < v('start_date')) problems['until'] = 'until-before';
    if (!problems['count'] && !problems['until'] && !problems['start_date'] && !problems['days']) {
      const dates = sessionDates(repeat, v('start_date'));
      if (dates.length > MAX_SESSIONS) problems[repeat.ends] = 'too-many';
      else if (!dates.length) problems[repeat.ends] = 'no-session';
    }
  }
  if (!listOf(values['languages']).length) problems['languages'] = 'required';
  return problems;
}

/** A 400's problems on the editor's fields (`rrule` is the repeat, `dtstart` the start, `texts.title.es` a text). */
export function serverProblems(problem: ProblemDetails | undefined): Problems {
  const problems: Problems = {};
  for (const { path, message } of problem?.errors ?? []) {
    const parts = String(path)
      .split(/[.[\]]+/)
      .filter(Boolean);
    const field =
      parts[0] === 'texts' && parts[1] && parts[2]
        ? `${parts[1]}_${parts[2]}`
        : ((
            {
              rrule: 'repeat',
              dtstart: 'start_date',
              duration_minutes: 'duration',
              location_id: 'place',
              interpreter_available: 'interpreter',
            } as Record<string, string>
          )[parts[0] ?? ''] ??
          (parts[0] || 'form'));
    // A problem on something the form has no field for is said above the form, never lost.
    const shown = FORM_FIELDS.has(field) || /^(title|description|accessibility|cost)_/.test(field) ? field : 'form';
    problems[shown] ??= { server: message ?? '' };
  }
  return problems;
}

/** The form's fields a server problem can sit on (besides the texts, `<field>_<locale>`). */
const FORM_FIELDS = new Set([
  'type',
  'place',
  'location_text',
  'online_url',
  'timezone',
  'languages',
  'interpreter',
  'is_free',
  'capacity',
  'registration_mode',
  'start_date',
  'start_time',
  'duration',
  'repeat',
  'interval',
  'days',
  'count',
  'until',
  'source_locale',
]);

/** The words of a problem (call while rendering). */
export function problemWords(problem: FieldProblem | undefined, locale: string): string | undefined {
  if (!problem) return undefined;
  if (typeof problem === 'object')
    return problem.server
      ? msg(str`Not accepted: ${problem.server}`, { id: 'staff.event.error.server' })
      : msg('Not accepted.', { id: 'staff.event.error.server-plain' });
  switch (problem) {
    case 'required':
      return msg('Fill this in.', { id: 'staff.event.error.required' });
    case 'number':
      return msg('Enter a whole number above zero.', { id: 'staff.event.error.number' });
    case 'url':
      return msg('Enter the web address of the meeting, starting with https://.', { id: 'staff.event.error.url' });
    case 'start-day':
      return msg("Include the start date's weekday: the first session is on the start date.", {
        id: 'staff.event.error.start-day',
      });
    case 'no-session':
      return msg('No session falls between the start and the end. Change the end.', {
        id: 'staff.event.error.no-session',
      });
    case 'too-many': {
      const max = formatNumber(MAX_SESSIONS, locale);
      return msg(str`That makes more than ${max} sessions. End the series sooner.`, {
        id: 'staff.event.error.too-many',
      });
    }
    case 'duration': {
      const [min, max] = [formatNumber(5, locale), formatNumber(1440, locale)];
      return msg(str`Enter a length from ${min} to ${max} minutes.`, { id: 'staff.event.error.duration' });
    }
    case 'not-granted':
      return msg(
        'Your account may not hold events at this place. Choose one of your places, or ask an administrator.',
        {
          id: 'staff.event.error.place-not-granted',
        },
      );
    case 'until-before':
      return msg('The end date is before the start date.', { id: 'staff.event.error.until-before' });
  }
}
