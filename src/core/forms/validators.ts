import { msg, str } from '../localize.js';
import { formatNumber } from '../number-format.js';

/**
 * A message resolved when it is shown, so it is in the widget's language at
 * render time (and follows a language switch).
 */
export type Message = () => string;

/** Returns what is wrong with a value, or undefined when it is fine. */
export type Validator = (value: string) => Message | undefined;

export const required =
  (message: Message): Validator =>
  (value) =>
    value.trim() ? undefined : message;

export const emailMessage: Message = () =>
  msg('Enter an email address such as name@example.com', { id: 'form.error.email' });
export const phoneMessage: Message = () =>
  msg('Enter a phone number with at least 7 digits', { id: 'form.error.phone' });

/** Loose on purpose (something@something): the server has the last word. */
export const email =
  (message: Message = emailMessage): Validator =>
  (value) =>
    !value.trim() || /^[^\s@]+@[^\s@]+$/.test(value.trim()) ? undefined : message;

/** At least 7 digits; spaces, dashes, dots, brackets and a leading + allowed. */
export const phone =
  (message: Message = phoneMessage): Validator =>
  (value) => {
    const v = value.trim();
    return !v || (/^\+?[0-9 ().-]{7,25}$/.test(v) && v.replace(/\D/g, '').length >= 7) ? undefined : message;
  };

/** "Use 500 characters or fewer". */
export const tooLong =
  (max: number, locale: string): Message =>
  () =>
    msg(str`Use ${formatNumber(max, locale)} characters or fewer`, { id: 'form.error.max-length' });

export const maxLength =
  (max: number, locale: string): Validator =>
  (value) =>
    value.trim().length <= max ? undefined : tooLong(max, locale);

/** The first problem of each field, in the order the rules are given (the order of the form). */
export function validate(values: Record<string, string>, rules: Record<string, Validator[]>): Record<string, Message> {
  const errors: Record<string, Message> = {};
  for (const [field, validators] of Object.entries(rules)) {
    for (const check of validators) {
      const problem = check(values[field] ?? '');
      if (problem) {
        errors[field] = problem;
        break;
      }
    }
  }
  return errors;
}
