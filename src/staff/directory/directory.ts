import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { DataController } from '../../core/data-controller.js';
import { msg, str } from '../../core/localize.js';
import { formatNumber } from '../../core/number-format.js';
import { formatDate } from '../core/format.js';
import { renderPages } from '../core/pages.js';
import { routeHash } from '../core/routes.js';
import { WwStaffElement } from '../core/staff-element.js';
import { availabilityName } from '../service/parts/labels.js';
import {
  DIRECTORY_STATES,
  loadDirectory,
  PAGE_SIZE,
  type DirectoryFilters,
  type DirectoryItem,
  type DirectoryState,
} from './directory.api.js';

function stateName(state: DirectoryState): string {
  switch (state) {
    case 'due':
      return msg('Re-verification due', { id: 'staff.directory.state.due' });
    case 'overdue':
      return msg('Re-verification overdue', { id: 'staff.directory.state.overdue' });
    case 'drafts':
      return msg('With machine drafts', { id: 'staff.directory.state.drafts' });
    case 'reports':
      return msg('With open reports', { id: 'staff.directory.state.reports' });
  }
}

/**
 * @tagname ww-staff-directory
 * @summary The directory's services for editors: search, filter by what needs doing, open one to edit, add one.
 *
 * `#directory?q=&state=due|overdue|drafts|reports&page=`: the filters are in the address, so a list can be
 * shared and the back button works.
 */
export class WwStaffDirectory extends WwStaffElement {
  static override get properties(): PropertyDeclarations {
    return { ...super.properties, params: { attribute: false } };
  }

  params = new URLSearchParams();

  private get filters(): DirectoryFilters {
    const state = this.params.get('state') ?? '';
    return {
      q: this.params.get('q') || undefined,
      state: (DIRECTORY_STATES as readonly string[]).includes(state) ? (state as DirectoryState) : undefined,
      page: Math.max(1, Number(this.params.get('page')) || 1),
    };
  }

  private readonly list = new DataController(this, {
    args: () => (this.api ? ([this.filters] as [DirectoryFilters]) : undefined),
    task: ([filters]: [DirectoryFilters], signal) => loadDirectory(this.api!, filters, signal),
  });

  private go(filters: DirectoryFilters): void {
    location.hash = routeHash('directory', {
      q: filters.q,
      state: filters.state,
      page: filters.page && filters.page > 1 ? String(filters.page) : undefined,
    });
  }

  private onFilter(e: Event): void {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const state = String(data.get('state') ?? '');
    this.go({
      q: String(data.get('q') ?? '').trim() || undefined,
      state: state ? (state as DirectoryState) : undefined,
    });
  }

  override render(): TemplateResult {
    const page = this.list.value;
    return html`<div part="base" class="screen" lang=${this.locale} dir=${this.direction}>
      <h1>${msg('Directory', { id: 'staff.nav.directory' })}</h1>
      <p>
        <a class="button" id="new-service" href=${routeHash('service', {}, 'new')}
          >${msg('New service', { id: 'staff.directory.new' })}</a
        >
      </p>
      ${this.renderFilters()}
      ${this.renderStatus(
        this.list.status === 'complete' && page
          ? msg(str`Found: ${formatNumber(page.total, this.locale)}`, { id: 'staff.queue.found' })
          : undefined,
      )}
      ${this.list.status === 'error' ? this.renderFailure(this.list.error, () => void this.list.run()) : nothing}
      ${page ? this.renderList(page.items, page.total) : this.list.status === 'pending' ? this.renderLoading() : nothing}
    </div>`;
  }

  private renderFilters(): TemplateResult {
    const { q, state } = this.filters;
    return html`<form
      class="toolbar"
      aria-label=${msg('Filters', { id: 'staff.queue.filters' })}
      @submit=${this.onFilter}
    >
      <div class="field">
        <label class="label" for="filter-q"
          >${msg('Find a service or organization', { id: 'staff.directory.find' })}</label
        >
        <input class="input" id="filter-q" name="q" type="search" dir="auto" .value=${q ?? ''} />
      </div>
      <div class="field">
        <label class="label" for="filter-state">${msg('Needs', { id: 'staff.directory.state' })}</label>
        <select class="input" id="filter-state" name="state">
          <option value="" ?selected=${!state}>${msg('Any', { id: 'staff.queue.any' })}</option>
          ${DIRECTORY_STATES.map((s) => html`<option value=${s} ?selected=${s === state}>${stateName(s)}</option>`)}
        </select>
      </div>
      <div class="actions">
        <button class="button button--primary" type="submit">${msg('Show', { id: 'staff.queue.apply' })}</button>
        <a class="button" href=${routeHash('directory')}>${msg('Clear filters', { id: 'staff.queue.clear' })}</a>
      </div>
    </form>`;
  }

  private renderVerification(item: DirectoryItem): TemplateResult {
    const { verified, due, overdue } = item.verification;
    const when = formatDate(due, this.locale);
    return html`${verified ? formatDate(verified, this.locale) : msg('never', { id: 'staff.directory.never' })}
    ${
      overdue
        ? html`<span class="badge badge--warn"
            >${msg(str`overdue since ${when}`, { id: 'staff.directory.overdue' })}</span
          >`
        : due
          ? html`<span class="muted">${msg(str`due ${when}`, { id: 'staff.directory.due' })}</span>`
          : nothing
    }`;
  }

  private renderList(items: DirectoryItem[], total: number): TemplateResult {
    if (!items.length)
      return html`<p id="no-services">${msg('No service matches these filters.', { id: 'staff.directory.none' })}</p>`;
    const n = (value: number) => formatNumber(value, this.locale);
    return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="directory-caption">
        <table>
          <caption id="directory-caption">
            ${msg(str`Services (${n(total)})`, { id: 'staff.directory.caption' })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${msg('Service', { id: 'staff.nav.service' })}</th>
              <th scope="col">${msg('Organization', { id: 'staff.service.organization' })}</th>
              <th scope="col">${msg('Availability', { id: 'staff.service.availability' })}</th>
              <th scope="col">${msg('Verified', { id: 'staff.directory.verified' })}</th>
              <th scope="col" class="num">${msg('Open reports', { id: 'staff.directory.reports' })}</th>
              <th scope="col" class="num">${msg('Machine drafts', { id: 'staff.directory.drafts' })}</th>
            </tr>
          </thead>
          <tbody>
            ${items.map(
              (item) =>
                html`<tr>
                  <th scope="row"><a href=${routeHash('service', {}, item.id)} dir="auto">${item.name}</a></th>
                  <td dir="auto">${item.organization_name}</td>
                  <td>
                    ${availabilityName(item.availability.status)}
                    ${item.availability.since ? html`<span class="muted">${formatDate(item.availability.since, this.locale)}</span>` : nothing}
                  </td>
                  <td>${this.renderVerification(item)}</td>
                  <td class="num">${n(item.open_reports)}</td>
                  <td class="num">${n(item.draft_texts)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${renderPages({
        page: this.filters.page ?? 1,
        total,
        pageSize: PAGE_SIZE,
        locale: this.locale,
        href: (p) =>
          routeHash('directory', {
            q: this.filters.q,
            state: this.filters.state,
            page: p === 1 ? undefined : String(p),
          }),
      })}`;
  }
}
