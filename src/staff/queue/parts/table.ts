import { html, nothing, type TemplateResult } from 'lit';
import { languageName } from '../../../core/language-name.js';
import { msg, str } from '../../../core/localize.js';
import { formatNumber } from '../../../core/number-format.js';
import { formatDate, formatDateTime } from '../../core/format.js';
import { channelName, statusName, topicName } from '../../core/labels.js';
import { routeHash } from '../../core/routes.js';
import type { StaffInquiry } from '../../core/types.js';
import type { QueuePage } from '../queue.api.js';

export interface TableContext {
  page: QueuePage;
  sort: 'newest' | 'oldest';
  locale: string;
  topicNames: ReadonlyMap<string, string>;
  /** A newer page is on its way (the rows shown are the previous answer's). */
  busy: boolean;
  onSort: () => void;
}

/**
 * The queue as a table: a caption with the count, the received column sortable
 * (a button in its header, `aria-sort` on it), each reference a link that opens
 * the inquiry (Enter on it, as on any link).
 */
export function renderQueueTable({ page, sort, locale, topicNames, busy, onSort }: TableContext): TemplateResult {
  const n = (value: number) => formatNumber(value, locale);
  const caption =
    sort === 'oldest'
      ? msg(str`Inquiries, oldest first: ${n(page.total)} in all`, { id: 'staff.queue.caption-oldest' })
      : msg(str`Inquiries, newest first: ${n(page.total)} in all`, { id: 'staff.queue.caption-newest' });
  const row = (item: StaffInquiry) =>
    html`<tr>
      <th scope="row">
        <a href=${routeHash('inquiry', {}, item.id)} class="reference">${item.reference}</a>
      </th>
      <td>${formatDateTime(item.received_at, locale)}</td>
      <td dir="auto">
        ${item.name ?? html`<span class="muted">${msg('No name', { id: 'staff.queue.no-name' })}</span>`}
      </td>
      <td>${topicName(item.topic, topicNames)}</td>
      <td>${languageName(item.preferred_language, locale)}</td>
      <td>${channelName(item.channel)}</td>
      <td>${statusName(item.status)}</td>
      <td dir="auto">
        ${item.assigned_to?.name ?? html`<span class="muted">${msg('Nobody', { id: 'staff.queue.nobody' })}</span>`}
      </td>
      <td>
        ${formatDate(item.due_at, locale)}
        ${item.overdue ? html` <span class="badge badge--warn">${msg('Overdue', { id: 'staff.queue.overdue' })}</span>` : nothing}
      </td>
    </tr>`;
  return html`<div
    class="table-wrap"
    tabindex="0"
    role="region"
    aria-labelledby="queue-caption"
    aria-busy=${busy ? 'true' : 'false'}
  >
    <table>
      <caption id="queue-caption">
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Reference', { id: 'staff.field.reference' })}</th>
          <th scope="col" aria-sort=${sort === 'oldest' ? 'ascending' : 'descending'}>
            <button class="link-button" type="button" @click=${onSort}>
              ${msg('Received', { id: 'staff.field.received' })}
              <span aria-hidden="true">${sort === 'oldest' ? '↑' : '↓'}</span>
              <span class="visually-hidden"
                >${
                  sort === 'oldest'
                    ? msg('(oldest first; show newest first)', { id: 'staff.queue.sort-to-newest' })
                    : msg('(newest first; show oldest first)', { id: 'staff.queue.sort-to-oldest' })
                }</span
              >
            </button>
          </th>
          <th scope="col">${msg('Name', { id: 'staff.field.name' })}</th>
          <th scope="col">${msg('Topic', { id: 'staff.field.topic' })}</th>
          <th scope="col">${msg('Language', { id: 'staff.field.language' })}</th>
          <th scope="col">${msg('Channel', { id: 'staff.field.channel' })}</th>
          <th scope="col">${msg('Status', { id: 'staff.field.status' })}</th>
          <th scope="col">${msg('Assigned to', { id: 'staff.field.assigned' })}</th>
          <th scope="col">${msg('Answer by', { id: 'staff.field.due' })}</th>
        </tr>
      </thead>
      <tbody>
        ${page.items.map(row)}
      </tbody>
    </table>
  </div>`;
}
