import { html, type TemplateResult } from 'lit';
import { languageName } from '../../../core/language-name.js';
import { msg } from '../../../core/localize.js';
import type { InquiryStats } from '../inquiry-stats.api.js';
import type { Table } from './data-table.js';
import { otherName } from './format.js';

/**
 * One-to-one appointments by type (named by the server, in the language
 * asked for) or by language: booked, no-shows and the median days from
 * booking to appointment; types with nothing booked left out, most booked first.
 */
export function appointmentTable(stats: InquiryStats, byType: boolean, locale: string): Table {
  const figures = stats.appointments;
  const cells = byType
    ? (figures?.by_type ?? []).map((row) => ({ label: row.title, row }))
    : (figures?.by_language ?? []).map((row) => ({
        label: row.language === 'other' ? otherName() : languageName(row.language, locale),
        row,
      }));
  const rows = cells
    .filter(({ row }) => row.booked !== 0 || row.no_shows !== 0)
    .map(({ label, row }) => ({ label, cells: [row.booked, row.no_shows, row.median_days_ahead] }));
  rows.sort((x, y) => (y.cells[0] ?? -1) - (x.cells[0] ?? -1));
  return {
    head: [
      byType
        ? msg('Appointment type', { id: 'stats.col.appointment-type' })
        : msg('Language', { id: 'stats.col.language' }),
      msg('Booked', { id: 'stats.col.booked' }),
      msg('No-shows', { id: 'stats.col.no-show' }),
      msg('Median days from booking', { id: 'stats.col.days-ahead' }),
    ],
    rows,
  };
}

/** What the chart draws of an appointment table: the bookings alone (no-shows are among them; days are no count). */
export const bookingsOnly = (t: Table): Table => ({
  head: t.head.slice(0, 2),
  rows: t.rows.map((r) => ({ label: r.label, cells: r.cells.slice(0, 1) })),
});

export const appointmentNote = (): TemplateResult =>
  html`<p class="note">
    ${msg(
      'Appointments that start in this period; cancellations are not counted. No-shows are bookings nobody came to.',
      { id: 'stats.appointments.note' },
    )}
  </p>`;
