import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { DataController } from '../../core/data-controller.js';
import { msg, str } from '../../core/localize.js';
import { formatNumber } from '../../core/number-format.js';
import { formatDateTime } from '../core/format.js';
import { renderPages } from '../core/pages.js';
import { routeHash } from '../core/routes.js';
import { WwStaffElement } from '../core/staff-element.js';
import { AUDIT_FILTERS, AUDIT_PAGE_SIZE, loadAudit, type AuditFilters, type AuditPage } from './audit.api.js';

const RECORD_TYPES = ['inquiry', 'account', 'outbox', 'referral-destination', 'reply-template', 'search-concept'];

/**
 * @tagname ww-staff-audit
 * @summary The audit log, for administrators: who viewed, changed or exported which record, and when.
 *
 * Filters by record type, record id and actor; its state is the address
 * (`#audit?record_type=inquiry&record_id=…`), so the inquiry screen links to
 * one inquiry's history.
 */
export class WwStaffAudit extends WwStaffElement {
  static override get properties(): PropertyDeclarations {
    return { ...super.properties, params: { attribute: false } };
  }

  /** The address's parameters. */
  params = new URLSearchParams();

  private get filters(): AuditFilters {
    const filters: AuditFilters = {};
    for (const name of AUDIT_FILTERS) {
      const value = this.params.get(name);
      if (value) filters[name] = value;
    }
    return filters;
  }

  private readonly log = new DataController<AuditPage, [string]>(this, {
    args: () => (this.api ? [this.params.toString()] : undefined),
    task: (_args, signal) => loadAudit(this.api!, this.filters, signal),
  });

  private submit(e: Event): void {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const filters: Record<string, string> = {};
    for (const name of AUDIT_FILTERS) {
      const value = data.get(name);
      if (typeof value === 'string' && value.trim()) filters[name] = value.trim();
    }
    location.hash = routeHash('audit', filters);
  }

  override render(): TemplateResult {
    const f = this.filters;
    const page = this.log.value;
    return html`<div part="base" class="screen" lang=${this.locale} dir=${this.direction}>
      <h1>${msg('Audit log', { id: 'staff.nav.audit' })}</h1>
      <form class="toolbar" aria-label=${msg('Filters', { id: 'staff.queue.filters' })} @submit=${this.submit}>
        <div class="field">
          <label class="label" for="f-record_type">${msg('Record type', { id: 'staff.audit.record-type' })}</label>
          <select class="input" id="f-record_type" name="record_type">
            <option value="" ?selected=${!f.record_type}>${msg('Any', { id: 'staff.queue.any' })}</option>
            ${RECORD_TYPES.map((t) => html`<option value=${t} ?selected=${t === f.record_type}>${t}</option>`)}
          </select>
        </div>
        <div class="field">
          <label class="label" for="f-record_id">${msg('Record id', { id: 'staff.audit.record-id' })}</label>
          <input class="input" id="f-record_id" name="record_id" dir="ltr" .value=${f.record_id ?? ''} />
        </div>
        <div class="field">
          <label class="label" for="f-actor">${msg('Who', { id: 'staff.audit.actor' })}</label>
          <input class="input" id="f-actor" name="actor" dir="auto" .value=${f.actor ?? ''} />
        </div>
        <div class="actions">
          <button class="button button--primary" type="submit">${msg('Show', { id: 'staff.queue.apply' })}</button>
          <a class="button" href="#audit">${msg('Clear filters', { id: 'staff.queue.clear' })}</a>
        </div>
      </form>
      ${this.log.status === 'error' ? this.renderFailure(this.log.error, () => void this.log.run()) : nothing}
      ${page ? this.renderPage(page) : this.log.status === 'pending' ? this.renderLoading() : nothing}
    </div>`;
  }

  private renderPage(page: AuditPage): TemplateResult {
    if (!page.items.length) return html`<p>${msg('No entry matches these filters.', { id: 'staff.audit.empty' })}</p>`;
    const n = (value: number) => formatNumber(value, this.locale);
    return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="audit-caption">
        <table>
          <caption id="audit-caption">
            ${msg(str`Entries, newest first: ${n(page.total)} in all`, { id: 'staff.audit.caption' })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${msg('When', { id: 'staff.field.when' })}</th>
              <th scope="col">${msg('Who', { id: 'staff.audit.actor' })}</th>
              <th scope="col">${msg('Action', { id: 'staff.audit.action' })}</th>
              <th scope="col">${msg('Record type', { id: 'staff.audit.record-type' })}</th>
              <th scope="col">${msg('Record id', { id: 'staff.audit.record-id' })}</th>
              <th scope="col">${msg('Fields', { id: 'staff.audit.fields' })}</th>
            </tr>
          </thead>
          <tbody>
            ${page.items.map(
              (entry) =>
                html`<tr>
                  <td>${formatDateTime(entry.at, this.locale)}</td>
                  <td><bdi>${entry.actor}</bdi></td>
                  <td>${entry.action}</td>
                  <td>${entry.record_type}</td>
                  <td dir="ltr">
                    ${
                      entry.record_type === 'inquiry' && entry.record_id
                        ? html`<a href=${routeHash('inquiry', {}, entry.record_id)}>${entry.record_id}</a>`
                        : (entry.record_id ?? '')
                    }
                  </td>
                  <td>${entry.fields.join(', ')}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${renderPages({
        page: page.page,
        total: page.total,
        pageSize: page.page_size || AUDIT_PAGE_SIZE,
        locale: this.locale,
        href: (p) => routeHash('audit', { ...this.filters, page: p === 1 ? undefined : String(p) }),
      })}`;
  }
}
