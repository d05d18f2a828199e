import { html, nothing, type TemplateResult } from 'lit';
import { languageName } from '../../../core/language-name.js';
import { msg, str } from '../../../core/localize.js';
import { formatDateTime } from '../../core/format.js';
import type { ServiceReport } from '../reports.api.js';
import { kindLabel, proposedFieldLabel } from './labels.js';

/** The editor's screen for the report's service, with the report beside the form (`#service/<id>?report=<id>`). */
const editorHref = (report: ServiceReport) =>
  `#service/${encodeURIComponent(report.service_id)}?report=${encodeURIComponent(report.id)}`;

/** A proposed value as text: the correction form sends text, anything else is shown as JSON. */
const asText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * One report: its service (a heading), what is wrong, when, in which language, the note and a provider's
 * proposed values; for an open one, "Open in editor" and "Close without change".
 */
export function renderReportItem(
  report: ServiceReport,
  locale: string,
  askClose: (report: ServiceReport) => void,
): TemplateResult {
  const proposed = Object.entries(report.proposed ?? {});
  return html`<li class="report" data-report=${report.id}>
    <h2 id=${`report-${report.id}`} tabindex="-1" dir="auto">${report.service_name}</h2>
    <dl class="facts">
      <dt>${msg('Problem', { id: 'staff.reports.kind' })}</dt>
      <dd>${kindLabel(report.kind)}</dd>
      <dt>${msg('Reported', { id: 'staff.reports.when' })}</dt>
      <dd>${formatDateTime(report.created_at, locale)}</dd>
      <dt>${msg('Language', { id: 'staff.reports.language' })}</dt>
      <dd>${languageName(report.locale, locale)}</dd>
      <dt>${msg('Note', { id: 'staff.reports.note' })}</dt>
      <dd class="report__note" dir="auto">${report.note ?? msg('No note', { id: 'staff.reports.no-note' })}</dd>
      ${
        report.status === 'closed'
          ? html`<dt>${msg('Closed', { id: 'staff.reports.closed' })}</dt>
              <dd>
                ${
                  report.resolution === 'fixed'
                    ? msg(str`Fixed by ${report.closed_by ?? ''}, ${formatDateTime(report.closed_at, locale)}`, {
                        id: 'staff.reports.closed-fixed',
                      })
                    : msg(str`No change, by ${report.closed_by ?? ''}, ${formatDateTime(report.closed_at, locale)}`, {
                        id: 'staff.reports.closed-no-change',
                      })
                }
              </dd>`
          : nothing
      }
    </dl>
    ${
      proposed.length
        ? html`<h3>${msg('Proposed values', { id: 'staff.reports.proposed' })}</h3>
            <dl class="facts">
              ${proposed.map(
                ([field, value]) =>
                  html`<dt>${proposedFieldLabel(field)}</dt>
                    <dd dir="auto">${asText(value)}</dd>`,
              )}
            </dl>`
        : nothing
    }
    ${
      report.status === 'open'
        ? html`<div class="actions">
            <a class="button button--primary" href=${editorHref(report)} aria-describedby=${`report-${report.id}`}>
              ${msg('Open in editor', { id: 'staff.reports.open-editor' })}
            </a>
            <button
              class="button"
              type="button"
              id=${`close-${report.id}`}
              aria-describedby=${`report-${report.id}`}
              @click=${() => askClose(report)}
            >
              ${msg('Close without change', { id: 'staff.reports.close' })}
            </button>
          </div>`
        : nothing
    }
  </li>`;
}
