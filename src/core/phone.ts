import { html, type TemplateResult } from 'lit';
import { isolate } from './bidi.js';

/**
 * A `tel:` link target in E.164, as phones dial it from anywhere: a 10-digit
 * North American number gets +1 ("212-788-7654" → `tel:+12127887654`; also
 * "1 (212) 788-7654"), an international one keeps its + ("+33 1 23 45 67 89"),
 * a short code stays as it is ("311"). An extension ("ext. 12", "x12", "#12")
 * follows a comma, the pause that phone apps dial before it (`tel:+12127887654,12`).
 */
export function telHref(number: string): string {
  const [, main = '', extension] = /^(.*?)(?:\s*(?:ext\.?|extension|x|#)\s*(\d+))?\s*$/is.exec(number)!;
  const digits = main.replace(/\D/g, '');
  const e164 = main.trim().startsWith('+')
    ? `+${digits}`
    : /^1?[2-9]\d{9}$/.test(digits)
      ? `+1${digits.slice(-10)}`
      : digits;
  return `tel:${e164}${extension ? `,${extension}` : ''}`;
}

/**
 * A phone number as a link, written as the office writes it and kept in its
 * own left-to-right order inside right-to-left text (see `isolate`).
 */
export const renderPhoneLink = (number: string): TemplateResult =>
  html`<a href=${telHref(number)}>${isolate(number.trim())}</a>`;
