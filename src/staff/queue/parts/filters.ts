import { html, type TemplateResult } from 'lit';
import { msg } from '../../../core/localize.js';
import { channelName, statusName, topicName } from '../../core/labels.js';
import { renderLanguageSelect } from '../../core/language-select.js';
import { CHANNELS, STATUSES, type Topic } from '../../core/types.js';
import type { Filters } from '../queue.api.js';

interface Choice {
  value: string;
  label: string;
}

function select(name: string, label: string, value: string | undefined, choices: Choice[]): TemplateResult {
  return html`<div class="field">
    <label class="label" for=${`f-${name}`}>${label}</label>
    <select class="input" id=${`f-${name}`} name=${name}>
      ${choices.map((c) => html`<option value=${c.value} ?selected=${c.value === (value ?? '')}>${c.label}</option>`)}
    </select>
  </div>`;
}

export interface FiltersContext {
  filters: Filters;
  topics: readonly Topic[];
  locale: string;
  onSubmit: (form: HTMLFormElement) => void;
}

/**
 * The queue's filters as one form: choosing does nothing until "Show" (so a
 * keyboard can go through every select), then the address and the table follow.
 */
export function renderFilters({ filters, topics, locale, onSubmit }: FiltersContext): TemplateResult {
  const any = msg('Any', { id: 'staff.queue.any' });
  const topicNames = new Map(topics.map((t) => [t.code, t.name]));
  return html`<form
    class="toolbar filters"
    aria-label=${msg('Filters', { id: 'staff.queue.filters' })}
    @submit=${(e: Event) => {
      e.preventDefault();
      onSubmit(e.currentTarget as HTMLFormElement);
    }}
  >
    ${select('status', msg('Status', { id: 'staff.field.status' }), filters.status, [
      { value: '', label: any },
      { value: 'new,in-progress', label: msg('Open (new or in progress)', { id: 'staff.queue.open' }) },
      ...STATUSES.map((s) => ({ value: s, label: statusName(s) })),
    ])}
    ${select('channel', msg('Channel', { id: 'staff.field.channel' }), filters.channel, [
      { value: '', label: any },
      ...CHANNELS.map((c) => ({ value: c, label: channelName(c) })),
    ])}
    ${select('topic', msg('Topic', { id: 'staff.field.topic' }), filters.topic, [
      { value: '', label: any },
      ...[...topics.map((t) => t.code), 'volunteer'].map((code) => ({
        value: code,
        label: topicName(code, topicNames),
      })),
    ])}
    ${renderLanguageSelect({
      name: 'language',
      label: msg('Language', { id: 'staff.field.language' }),
      value: filters.language ?? '',
      locale,
      empty: any,
      onInput: () => undefined,
    })}
    ${select('assigned', msg('Assigned to', { id: 'staff.field.assigned' }), filters.assigned, [
      { value: '', label: msg('Anyone or nobody', { id: 'staff.queue.assigned-any' }) },
      { value: 'me', label: msg('Me', { id: 'staff.queue.assigned-me' }) },
      { value: 'none', label: msg('Nobody yet', { id: 'staff.queue.assigned-none' }) },
    ])}
    ${select('kind', msg('Kind', { id: 'staff.field.kind' }), filters.kind, [
      { value: '', label: msg('Inquiries and sign-ups', { id: 'staff.queue.kind-all' }) },
      { value: 'inquiry', label: msg('Inquiries', { id: 'staff.queue.kind-inquiry' }) },
      { value: 'volunteer', label: msg('Volunteer sign-ups', { id: 'staff.queue.kind-volunteer' }) },
    ])}
    ${select('sort', msg('Order', { id: 'staff.queue.order' }), filters.sort, [
      { value: 'newest', label: msg('Newest first', { id: 'staff.queue.newest' }) },
      { value: 'oldest', label: msg('Oldest first', { id: 'staff.queue.oldest' }) },
    ])}
    <label class="choice"
      ><input type="checkbox" name="overdue" value="true" .checked=${filters.overdue === 'true'} />
      ${msg('Overdue only', { id: 'staff.queue.overdue-only' })}</label
    >
    <div class="actions">
      <button class="button button--primary" type="submit">${msg('Show', { id: 'staff.queue.apply' })}</button>
      <a class="button" href="#queue">${msg('Clear filters', { id: 'staff.queue.clear' })}</a>
    </div>
  </form>`;
}
