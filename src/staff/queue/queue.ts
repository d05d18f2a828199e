import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { DataController } from '../../core/data-controller.js';
import { msg, str } from '../../core/localize.js';
import { formatNumber } from '../../core/number-format.js';
import { loadTopics } from '../core/lists.api.js';
import { renderPages } from '../core/pages.js';
import { routeHash } from '../core/routes.js';
import { WwStaffElement } from '../core/staff-element.js';
import type { Topic } from '../core/types.js';
import { renderFilters } from './parts/filters.js';
import { renderQueueTable } from './parts/table.js';
import { filtersFrom, filtersFromForm } from './parts/url-state.js';
import { loadQueue, PAGE_SIZE, type Filters, type QueuePage } from './queue.api.js';
import { queueStyles } from './queue.styles.js';

/**
 * @tagname ww-staff-queue
 * @summary The inquiries and volunteer sign-ups waiting for the desk: filters, the overdue count, pages.
 *
 * Its state is the address (`#queue?status=new&overdue=true&page=2`): the
 * filters form and the sort button write it, the desk passes it back as
 * `params`, so that Back, a reload and a shared link show the same list.
 */
export class WwStaffQueue extends WwStaffElement {
  static override styles = [...WwStaffElement.styles, queueStyles];

  static override get properties(): PropertyDeclarations {
    return { ...super.properties, params: { attribute: false } };
  }

  /** The address's parameters (filters, sort, page). */
  params = new URLSearchParams();

  private get filters(): Filters {
    return filtersFrom(this.params);
  }

  private readonly list = new DataController<QueuePage, [string, string]>(this, {
    args: () => (this.api ? [this.params.toString(), this.locale] : undefined),
    task: (_args, signal) => loadQueue(this.api!, this.filters, signal),
  });

  private readonly topics = new DataController<Topic[], [string]>(this, {
    args: () => (this.api ? [this.locale] : undefined),
    task: ([locale], signal) => loadTopics(this.api!, locale, signal),
  });

  /** The address for these filters (a new filter starts again at page 1). */
  private go(filters: Filters): void {
    location.hash = routeHash('queue', filters);
  }

  private toggleSort(): void {
    const { page: _page, ...filters } = this.filters;
    this.go({ ...filters, sort: filters.sort === 'oldest' ? 'newest' : 'oldest' });
  }

  override render(): TemplateResult {
    const filters = this.filters;
    const page = this.list.value;
    return html`<div part="base" class="screen" lang=${this.locale} dir=${this.direction}>
      <h1>${msg('Queue', { id: 'staff.nav.queue' })}</h1>
      ${page ? this.renderOverdue(page.overdue_count) : nothing}
      ${renderFilters({
        filters,
        topics: this.topics.value ?? [],
        locale: this.locale,
        onSubmit: (form) => this.go(filtersFromForm(form)),
      })}
      ${this.renderStatus(
        this.list.status === 'complete' && page
          ? msg(str`Found: ${formatNumber(page.total, this.locale)}`, { id: 'staff.queue.found' })
          : undefined,
      )}
      ${this.list.status === 'error' ? this.renderFailure(this.list.error, () => void this.list.run()) : nothing}
      ${page ? this.renderList(page) : this.list.status === 'pending' ? this.renderLoading() : nothing}
    </div>`;
  }

  private renderOverdue(count: number): TemplateResult {
    const n = formatNumber(count, this.locale);
    return html`<p class="overdue-count">
      ${
        count === 0
          ? msg('Nothing is overdue.', { id: 'staff.queue.none-overdue' })
          : html`<a href=${routeHash('queue', { overdue: 'true', status: 'new,in-progress' })}
              >${msg(str`Overdue inquiries: ${n}`, { id: 'staff.queue.overdue-count' })}</a
            >`
      }
    </p>`;
  }

  private renderList(page: QueuePage): TemplateResult {
    if (!page.items.length) {
      return html`<p>${msg('No inquiry matches these filters.', { id: 'staff.queue.empty' })}</p>`;
    }
    const sort = this.filters.sort === 'oldest' ? 'oldest' : 'newest';
    return html`${renderQueueTable({
      page,
      sort,
      locale: this.locale,
      topicNames: new Map((this.topics.value ?? []).map((t) => [t.code, t.name])),
      busy: this.list.status === 'pending',
      onSort: () => this.toggleSort(),
    })}
    ${renderPages({
      page: page.page,
      total: page.total,
      pageSize: page.page_size || PAGE_SIZE,
      locale: this.locale,
      href: (p) => routeHash('queue', { ...this.filters, page: p === 1 ? undefined : String(p) }),
    })}`;
  }
}
