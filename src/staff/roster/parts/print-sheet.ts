import { html, type TemplateResult } from 'lit';
import { languageName } from '../../../core/language-name.js';
import { msg } from '../../../core/localize.js';
import { formatNumber } from '../../../core/number-format.js';
import type { RosterEntry } from '../roster.api.js';

/** Empty lines at the end of the sheet, for people who come without a sign-up. */
const BLANK_LINES = 6;

/**
 * The sign-in sheet: hidden on screen, the only table on paper (see the
 * `@media print` rules): the confirmed people by name, their party size and
 * language, and an empty column to sign.
 */
export function renderPrintSheet(entries: RosterEntry[], locale: string): TemplateResult {
  const confirmed = entries.filter((e) => e.status === 'confirmed');
  const blank = Array.from(
    { length: BLANK_LINES },
    () =>
      html`<tr>
        <td></td>
        <td></td>
        <td></td>
        <td></td>
      </tr>`,
  );
  return html`<table class="print-sheet">
    <caption>
      ${msg('Sign-in sheet', { id: 'staff.roster.sheet-title' })}
    </caption>
    <thead>
      <tr>
        <th scope="col">${msg('Name', { id: 'staff.field.name' })}</th>
        <th scope="col">${msg('Party size', { id: 'staff.roster.party-size' })}</th>
        <th scope="col">${msg('Language', { id: 'staff.field.language' })}</th>
        <th scope="col" class="signature">${msg('Signature', { id: 'staff.roster.signature' })}</th>
      </tr>
    </thead>
    <tbody>
      ${confirmed.map(
        (e) =>
          html`<tr>
            <td dir="auto">${e.name}</td>
            <td>${formatNumber(e.party_size, locale)}</td>
            <td>${languageName(e.language, locale)}</td>
            <td></td>
          </tr>`,
      )}
      ${blank}
    </tbody>
  </table>`;
}
