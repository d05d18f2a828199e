import { html, nothing, type TemplateResult } from 'lit';
import { renderCheckbox } from '../../../core/forms/fields.js';
import { msg, str } from '../../../core/localize.js';
import { languageName } from '../../../core/language-name.js';
import { formatDateTime } from '../../core/format.js';
import type { HistoryItem, Report } from '../service.api.js';
import { kindLabel, proposedFieldLabel } from '../../reports/parts/labels.js';
import { fieldLabel } from './labels.js';

/** The report the editor came to fix, beside the form, and whether this save closes it. */
export function renderReport(
  report: Report | undefined,
  locale: string,
  fixes: boolean,
  onFixes: (value: boolean) => void,
): TemplateResult {
  if (!report) {
    return html`<aside class="panel report" aria-labelledby="report-title">
      <h2 id="report-title">${msg('Report', { id: 'staff.service.report' })}</h2>
      <p>${msg('This report is not open for this service any more.', { id: 'staff.service.report-gone' })}</p>
    </aside>`;
  }
  const proposed = Object.entries(report.proposed ?? {}).filter(([, v]) => v);
  return html`<aside class="panel report" aria-labelledby="report-title">
    <h2 id="report-title">${msg(str`Report: ${kindLabel(report.kind)}`, { id: 'staff.service.report-kind' })}</h2>
    <p class="muted">${formatDateTime(report.created_at, locale)}</p>
    ${report.note ? html`<blockquote lang=${report.locale ?? nothing} dir="auto">${report.note}</blockquote>` : nothing}
    ${
      proposed.length
        ? html`<dl class="facts">
            ${proposed.map(
              ([k, v]) =>
                html`<dt>${proposedFieldLabel(k)}</dt>
                  <dd dir="auto">${v}</dd>`,
            )}
          </dl>`
        : nothing
    }
    ${renderCheckbox({
      name: 'fixes-report',
      label: msg('This save fixes the report', { id: 'staff.service.fixes-report' }),
      value: fixes ? 'true' : '',
      onInput: (value) => onFixes(value === 'true'),
    })}
  </aside>`;
}

/** Who changed the service, when, and which fields. */
export function renderHistory(items: HistoryItem[] | undefined, locale: string): TemplateResult {
  // Each change is `{ field, locale?, before, after }` (texts by language).
  const fields = (item: HistoryItem) => {
    const named = (Array.isArray(item.fields) ? item.fields : []).map((f) =>
      typeof f === 'string'
        ? fieldLabel(f)
        : `${fieldLabel(f.field)}${f.locale ? ` (${languageName(f.locale, locale)})` : ''}`,
    );
    return [...new Set(named)].join(', ');
  };
  return html`<section class="panel history" aria-labelledby="history-title">
    <h2 id="history-title">${msg('History', { id: 'staff.service.history' })}</h2>
    ${
      !items
        ? html`<p class="muted">${msg('Loading…', { id: 'staff.loading' })}</p>`
        : !items.length
          ? html`<p>${msg('No changes made on the desk yet.', { id: 'staff.service.history-none' })}</p>`
          : html`<ol class="plain history-list">
              ${items.map(
                (item) =>
                  html`<li>
                    <strong><bdi>${item.changed_by}</bdi></strong
                    >, ${formatDateTime(item.changed_at, locale)}:
                    ${item.kind === 'review' ? msg('reviewed', { id: 'staff.event.text.reviewed' }) : nothing}
                    ${fields(item)}
                  </li>`,
              )}
            </ol>`
    }
  </section>`;
}
