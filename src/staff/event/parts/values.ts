import { listOf } from '../../../core/forms/fields.js';
import {
  TEXT_FIELDS,
  type RegistrationMode,
  type StaffEvent,
  type StaffEventInput,
  type StaffLocation,
  type TextField,
} from '../event.api.js';
import { buildRule, readRule, type Repeat, type RepeatKind, type Weekday } from './recurrence.js';

/**
 * The editor's form as flat strings (what a draft keeps): one value per
 * field, texts as `<field>_<locale>` (`title_es`), each language's "reviewed"
 * as `reviewed_<locale>`, lists comma-separated. `place` is a location's id,
 * `text` (an address written out) or `online`.
 */
export type Values = Record<string, string>;

export const textKey = (field: TextField, locale: string): string => `${field}_${locale}`;
export const reviewedKey = (locale: string): string => `reviewed_${locale}`;

/** The form of a new event: the person's first place, a two-hour session, the UI language as the source. */
export function newValues(locale: string, locations: readonly StaffLocation[]): Values {
  const place = locations[0];
  return {
    type: 'legal-clinic',
    place: place?.id ?? 'text',
    location_text: '',
    online_url: '',
    timezone: place?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    languages: locale,
    interpreter: '',
    is_free: 'true',
    capacity: '',
    registration_mode: 'per-session',
    start_date: '',
    start_time: '18:00',
    duration: '120',
    repeat: 'none',
    interval: '1',
    days: '',
    ends: 'count',
    count: '4',
    until: '',
    rule: '',
    source_locale: locale,
    locales: locale,
    status: 'scheduled',
  };
}

/** The form of a saved event. */
export function valuesOf(event: StaffEvent): Values {
  const repeat = readRule(event.rrule, event.dtstart, event.timezone);
  const locales = new Set([event.source_locale]);
  for (const field of TEXT_FIELDS) for (const locale of Object.keys(event.texts[field] ?? {})) locales.add(locale);
  const values: Values = {
    type: event.type,
    place: event.location_id ?? (event.online_url && !event.location_text ? 'online' : 'text'),
    location_text: event.location_text ?? '',
    online_url: event.online_url ?? '',
    timezone: event.timezone,
    languages: event.languages.join(','),
    interpreter: event.interpreter_available ? 'true' : '',
    is_free: event.is_free ? 'true' : '',
    capacity: event.capacity === null ? '' : String(event.capacity),
    registration_mode: event.registration_mode,
    start_date: event.dtstart.slice(0, 10),
    start_time: event.dtstart.slice(11, 16),
    duration: String(event.duration_minutes),
    repeat: repeat.kind,
    interval: String(repeat.interval),
    days: repeat.kind === 'weekly' ? repeat.days.join(',') : '',
    ends: repeat.ends,
    count: String(repeat.count),
    until: repeat.until,
    rule: repeat.rule ?? '',
    source_locale: event.source_locale,
    locales: [...locales].join(','),
    status: event.status,
  };
  for (const locale of locales) {
    let reviewed = locale !== event.source_locale;
    for (const field of TEXT_FIELDS) {
      const text = event.texts[field]?.[locale];
      values[textKey(field, locale)] = text?.value ?? '';
      if (text?.state === 'machine') reviewed = false;
    }
    values[reviewedKey(locale)] = reviewed ? 'true' : '';
  }
  return values;
}

/** The repeat the values describe. */
export function repeatOf(values: Values): Repeat {
  return {
    kind: (values['repeat'] ?? 'none') as RepeatKind,
    interval: Math.max(1, Number(values['interval']) || 1),
    days: listOf(values['days']) as Weekday[],
    ends: values['ends'] === 'until' ? 'until' : 'count',
    count: Number(values['count']) || 0,
    until: values['until'] ?? '',
    ...(values['rule'] ? { rule: values['rule'] } : {}),
  };
}

export const startOf = (values: Values): string => `${values['start_date'] ?? ''}T${values['start_time'] ?? ''}`;

/** The languages the texts are written in: the source first. */
export function textLocales(values: Values): string[] {
  const source = values['source_locale'] ?? 'en';
  return [source, ...listOf(values['locales']).filter((l) => l !== source)];
}

/** The request body for the values (they are checked first: see checks.ts). */
export function inputOf(values: Values, saved?: StaffEvent): StaffEventInput {
  const v = (key: string) => values[key] ?? '';
  const place = v('place');
  const texts: StaffEventInput['texts'] = {};
  const source = v('source_locale');
  for (const locale of textLocales(values)) {
    for (const field of TEXT_FIELDS) {
      const value = v(textKey(field, locale)).trim();
      if (!value) continue;
      (texts[field] ??= {})[locale] = { value, reviewed: locale === source || v(reviewedKey(locale)) === 'true' };
    }
  }
  return {
    type: v('type'),
    location_id: place !== 'text' && place !== 'online' ? place : null,
    location_text: place === 'text' ? v('location_text').trim() || null : null,
    online_url: place === 'online' ? v('online_url').trim() || null : null,
    timezone: v('timezone'),
    dtstart: startOf(values),
    duration_minutes: Number(v('duration')),
    rrule: buildRule(repeatOf(values), startOf(values), v('timezone')),
    exdates: saved?.exdates ?? [],
    capacity: v('capacity').trim() ? Number(v('capacity')) : null,
    registration_mode: v('registration_mode') as RegistrationMode,
    languages: listOf(v('languages')),
    interpreter_available: v('interpreter') === 'true',
    is_free: v('is_free') === 'true',
    source_locale: source,
    texts,
  };
}

/** Only the values that differ from `saved` (after a reload some edits may match what is saved). */
export function pendingEdits(saved: Values, edits: Values): Values {
  return Object.fromEntries(Object.entries(edits).filter(([key, value]) => value !== (saved[key] ?? '')));
}
