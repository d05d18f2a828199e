import type { Choice } from '../../../core/forms/fields.js';
import { languageName } from '../../../core/language-name.js';
import { msg } from '../../../core/localize.js';
import type { AppointmentType } from '../appointment-booking.api.js';

/** American Sign Language. */
export const ASL = 'ase';

/** Languages help can be asked in for a type: its staff's and its interpreters', without English, ASL last. */
export function helpLanguages(type: AppointmentType): string[] {
  const all = new Set([...type.languages, ...type.interpreter_languages]);
  all.delete('en');
  const hasAsl = all.delete(ASL);
  return [...[...all].sort(), ...(hasAsl ? [ASL] : [])];
}

/** The UI language's interpreter when the type offers it (`es` for `es`, `zh` for `zh-Hans`), else none. */
export function preselectedInterpreter(type: AppointmentType, locale: string): string {
  const offered = helpLanguages(type);
  const base = locale.split('-')[0]!;
  return offered.includes(locale) ? locale : offered.includes(base) ? base : '';
}

/** "No interpreter", then each language named in the UI language. Call while rendering. */
export function interpreterChoices(type: AppointmentType, locale: string): Choice[] {
  return [
    { value: '', label: msg('No interpreter', { id: 'appointment.interpreter.none' }) },
    ...helpLanguages(type).map((code) => ({ value: code, label: languageName(code, locale) })),
  ];
}
