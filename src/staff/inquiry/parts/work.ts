import { html, nothing, type TemplateResult } from 'lit';
import { renderInput, renderSelect } from '../../../core/forms/fields.js';
import { listFormat } from '../../../core/intl.js';
import { msg, str } from '../../../core/localize.js';
import { statusName, topicName } from '../../core/labels.js';
import { renderReferralSelect } from '../../core/referral-select.js';
import {
  STATUSES,
  type InquiryDetail,
  type Me,
  type Person,
  type ReferralDestination,
  type Topic,
} from '../../core/types.js';
import { savedValue, type Editable, type Edits } from './edits.js';

export interface WorkContext {
  inquiry: InquiryDetail;
  edits: Edits;
  me: Me;
  colleagues: readonly Person[];
  topics: readonly Topic[];
  destinations: readonly ReferralDestination[];
  locale: string;
  saving: boolean;
  /** A field's problem, in words. */
  errors: Partial<Record<Editable, string>>;
  onEdit: (field: Editable, value: string) => void;
  onSave: () => void;
  onAssignToMe: () => void;
}

const fieldNames = (): Record<Editable, string> => ({
  assigned_to: msg('Assigned to', { id: 'staff.field.assigned' }),
  status: msg('Status', { id: 'staff.field.status' }),
  topic: msg('Topic', { id: 'staff.field.topic' }),
  referral_code: msg('Referred to', { id: 'staff.field.referral' }),
  resolution_code: msg('Resolution', { id: 'staff.field.resolution' }),
});

/** Who has it, its status, topic, referral and resolution: one form, saved together with If-Match. */
export function renderWork(c: WorkContext): TemplateResult {
  const value = (field: Editable) => c.edits[field] ?? savedValue(c.inquiry, field);
  const names = fieldNames();
  const people = new Map<string, string>();
  if (c.me.id) people.set(c.me.id, msg(str`Me (${c.me.display_name})`, { id: 'staff.inquiry.assign-me-option' }));
  for (const p of c.colleagues) if (!people.has(p.id)) people.set(p.id, p.name);
  if (c.inquiry.assigned_to && !people.has(c.inquiry.assigned_to.id))
    people.set(c.inquiry.assigned_to.id, c.inquiry.assigned_to.name);
  const topicNames = new Map(c.topics.map((t) => [t.code, t.name]));
  const topicCodes = c.inquiry.kind === 'volunteer' ? ['volunteer'] : c.topics.map((t) => t.code);
  if (!topicCodes.includes(value('topic'))) topicCodes.unshift(value('topic'));
  const unsaved = Object.keys(c.edits) as Editable[];
  const mine = c.me.id !== null && value('assigned_to') === c.me.id;
  return html`<section class="panel" aria-labelledby="work-title">
    <h2 id="work-title" tabindex="-1">${msg('Work on it', { id: 'staff.inquiry.work' })}</h2>
    <form
      class="form work"
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        c.onSave();
      }}
    >
      <div class="assign">
        ${renderSelect({
          name: 'assigned_to',
          label: names.assigned_to,
          value: value('assigned_to'),
          error: c.errors.assigned_to,
          choices: [
            { value: '', label: msg('Nobody', { id: 'staff.queue.nobody' }) },
            ...[...people].map(([id, name]) => ({ value: id, label: name })),
          ],
          onInput: (v) => c.onEdit('assigned_to', v),
        })}
        ${
          mine || !c.me.id
            ? nothing
            : html`<button class="button" type="button" @click=${c.onAssignToMe}>
                ${msg('Assign to me', { id: 'staff.inquiry.assign-me' })}
              </button>`
        }
      </div>
      ${renderSelect({
        name: 'status',
        label: names.status,
        value: value('status'),
        error: c.errors.status,
        choices: STATUSES.map((s) => ({ value: s, label: statusName(s) })),
        onInput: (v) => c.onEdit('status', v),
      })}
      ${renderSelect({
        name: 'topic',
        label: names.topic,
        value: value('topic'),
        error: c.errors.topic,
        choices: topicCodes.map((code) => ({ value: code, label: topicName(code, topicNames) })),
        onInput: (v) => c.onEdit('topic', v),
      })}
      ${renderReferralSelect({
        name: 'referral_code',
        label: names.referral_code,
        value: value('referral_code'),
        topic: value('topic'),
        destinations: c.destinations,
        locale: c.locale,
        error: c.errors.referral_code,
        onInput: (v) => c.onEdit('referral_code', v),
      })}
      ${
        c.inquiry.referral && !c.inquiry.referral_code
          ? html`<p class="muted">
              ${msg('Referral written before the managed list:', { id: 'staff.inquiry.old-referral' })}
              <bdi>${c.inquiry.referral}</bdi>
            </p>`
          : nothing
      }
      ${renderInput({
        name: 'resolution_code',
        label: names.resolution_code,
        hint: msg('A short code the office uses, such as information-given or appointment-made.', {
          id: 'staff.inquiry.resolution-hint',
        }),
        optional: true,
        value: value('resolution_code'),
        error: c.errors.resolution_code,
        onInput: (v) => c.onEdit('resolution_code', v),
      })}
      <div class="actions">
        <button class="button button--primary" type="submit" aria-disabled=${c.saving ? 'true' : 'false'}>
          ${c.saving ? msg('Saving…', { id: 'staff.saving' }) : msg('Save changes', { id: 'staff.inquiry.save' })}
        </button>
      </div>
      ${
        unsaved.length
          ? html`<p class="muted">
              ${msg(str`Not saved yet: ${listFormat(c.locale).format(unsaved.map((f) => names[f]))}`, {
                id: 'staff.inquiry.unsaved',
              })}
            </p>`
          : nothing
      }
    </form>
  </section>`;
}
