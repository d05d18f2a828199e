import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DataController } from '../../core/data-controller.js';
import { msg, str } from '../../core/localize.js';
import { matchLocale } from '../../core/locales.js';
import { StaleError } from '../core/desk-api.js';
import { clearDeskDraft, loadDeskDraft, saveDeskDraft } from '../core/drafts.js';
import { loadDestinations, loadTopics } from '../core/lists.api.js';
import { problemMessage } from '../core/problem-message.js';
import { routeHash } from '../core/routes.js';
import { WwStaffElement } from '../core/staff-element.js';
import type { InquiryDetail, Person, ReferralDestination, Topic } from '../core/types.js';
import { replyStatusName } from '../core/labels.js';
import {
  addNote,
  loadColleagues,
  loadInquiry,
  loadTemplates,
  saveInquiry,
  sendReply,
  type ReplyTemplate,
} from './inquiry.api.js';
import { inquiryStyles } from './inquiry.styles.js';
import { renderDetails } from './parts/details.js';
import { changesOf, EDITABLE, pendingEdits, type Editable, type Edits } from './parts/edits.js';
import { NOTE_MAX, renderNotes } from './parts/notes.js';
import { REPLY_MAX, renderReply, type ReplyDraft } from './parts/reply.js';
import { renderStale } from '../core/stale.js';
import { renderWork } from './parts/work.js';

type Saved = 'saved' | 'note' | 'reloaded' | { reply: string };

/**
 * @tagname ww-staff-inquiry
 * @summary One inquiry, decrypted: who has it, its status, topic, referral and resolution, notes and replies.
 *
 * Changes are saved with `If-Match` on the version that was read: when a
 * colleague saved in between, the desk says who and when, and Reload shows
 * their change with this person's edits kept in the form. Unsaved edits, the
 * note being written and the reply being written are kept in the tab
 * (sessionStorage) per inquiry, so a reload or a new sign-in loses nothing.
 */
export class WwStaffInquiry extends WwStaffElement {
  static override styles = [...WwStaffElement.styles, inquiryStyles];

  static override get properties(): PropertyDeclarations {
    return {
      ...super.properties,
      inquiryId: { attribute: 'inquiry-id' },
      detail: { state: true },
      edits: { state: true },
      noteDraft: { state: true },
      replyDraft: { state: true },
      busy: { state: true },
      failure: { state: true },
      stale: { state: true },
      saved: { state: true },
      fieldErrors: { state: true },
    };
  }

  /** The inquiry's id (`#inquiry/<id>`). */
  inquiryId = '';

  private detail: { value: InquiryDetail; etag: string } | undefined;
  private edits: Edits = {};
  private noteDraft = '';
  private replyDraft: ReplyDraft = { template: '', subject: '', body: '' };
  private busy: 'save' | 'note' | 'reply' | undefined;
  /** The last failure of a save, a note or a reply, and which. */
  private failure: { at: 'save' | 'note' | 'reply' | 'load'; error: unknown } | undefined;
  private stale: StaleError | undefined;
  /** What the live region says after the last success. */
  private saved: Saved | undefined;
  private fieldErrors: Partial<Record<Editable | 'note' | 'subject' | 'body', 'empty' | 'referral' | 'long'>> = {};

  private readonly loading = new DataController<void, [string]>(this, {
    args: () => (this.api && this.inquiryId ? [this.inquiryId] : undefined),
    task: async ([id], signal) => {
      const loaded = await loadInquiry(this.api!, id, signal);
      // An answer for an inquiry no longer shown never lands.
      if (!signal.aborted && id === this.inquiryId) this.detail = loaded;
    },
  });

  private readonly lists = new DataController<
    { topics: Topic[]; destinations: ReferralDestination[]; colleagues: Person[] },
    [string, boolean]
  >(this, {
    args: () => (this.api ? [this.locale, this.can('desk')] : undefined),
    task: async ([locale, desk], signal) => {
      const [topics, destinations, colleagues] = await Promise.all([
        loadTopics(this.api!, locale, signal),
        loadDestinations(this.api!, signal).catch(() => []),
        desk ? loadColleagues(this.api!, signal).catch(() => []) : [],
      ]);
      return { topics, destinations, colleagues };
    },
  });

  /** Templates in the person's language, once the inquiry says which. */
  private readonly templates = new DataController<ReplyTemplate[], [string]>(this, {
    args: () => (this.api && this.detail ? [this.replyLocale] : undefined),
    task: ([locale], signal) => loadTemplates(this.api!, locale, signal),
  });

  /** The reply's language: the person's, where the office has templates in it (the UI languages), else English. */
  private get replyLocale(): string {
    return matchLocale(this.detail?.value.preferred_language) ?? 'en';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('inquiryId') && this.inquiryId) {
      // Another inquiry in the same element (Back between two): nothing of the last one stays.
      this.detail = undefined;
      this.stale = undefined;
      this.failure = undefined;
      this.saved = undefined;
      this.fieldErrors = {};
      // What was typed on this inquiry before a reload or a sign-in comes back.
      this.edits = loadDeskDraft('edit', this.inquiryId) as Edits;
      this.noteDraft = loadDeskDraft('note', this.inquiryId)['body'] ?? '';
      const reply = loadDeskDraft('reply', this.inquiryId);
      this.replyDraft = {
        template: reply['template'] ?? '',
        subject: reply['subject'] ?? '',
        body: reply['body'] ?? '',
      };
    }
  }

  private edit(field: Editable, value: string): void {
    const edits = pendingEdits(this.detail!.value, { ...this.edits, [field]: value });
    this.edits = edits;
    saveDeskDraft('edit', this.inquiryId, edits as Record<string, string>);
    this.fieldErrors = { ...this.fieldErrors, [field]: undefined };
    this.saved = undefined;
  }

  private async save(extra: Edits = {}): Promise<void> {
    if (this.busy || !this.detail) return;
    const edits = pendingEdits(this.detail.value, { ...this.edits, ...extra });
    const status = edits.status ?? this.detail.value.status;
    const referral = edits.referral_code ?? this.detail.value.referral_code ?? '';
    if (status === 'referred' && !referral) {
      this.fieldErrors = { referral_code: 'referral' };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#f-referral_code')?.focus();
      return;
    }
    if (!Object.keys(edits).length) {
      this.saved = 'saved';
      return;
    }
    this.busy = 'save';
    // Emptied while busy, so the same words said again are heard again.
    this.saved = undefined;
    this.failure = undefined;
    try {
      const { value, etag } = await saveInquiry(this.api!, this.inquiryId, changesOf(edits), this.detail.etag);
      this.detail = { value: { ...this.detail.value, ...value }, etag };
      this.edits = {};
      this.stale = undefined;
      clearDeskDraft('edit', this.inquiryId);
      this.saved = 'saved';
    } catch (error) {
      // Kept: the form still shows every edit, whatever went wrong.
      this.edits = edits;
      saveDeskDraft('edit', this.inquiryId, edits as Record<string, string>);
      if (error instanceof StaleError) this.stale = error;
      else this.failure = { at: 'save', error };
    } finally {
      this.busy = undefined;
    }
  }

  /** Reads the inquiry again after a stale save: their change shows, this person's edits stay over it. */
  private async reload(): Promise<void> {
    try {
      this.detail = await loadInquiry(this.api!, this.inquiryId);
      this.edits = pendingEdits(this.detail.value, this.edits);
      saveDeskDraft('edit', this.inquiryId, this.edits as Record<string, string>);
      this.stale = undefined;
      this.saved = 'reloaded';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#work-title')?.focus();
    } catch (error) {
      this.failure = { at: 'load', error };
    }
  }

  private noteInput(value: string): void {
    this.noteDraft = value;
    saveDeskDraft('note', this.inquiryId, { body: value });
    this.fieldErrors = { ...this.fieldErrors, note: undefined };
  }

  private async addNote(): Promise<void> {
    const body = this.noteDraft.trim();
    if (this.busy || !this.detail) return;
    if (!body || body.length > NOTE_MAX) {
      this.fieldErrors = { ...this.fieldErrors, note: body ? 'long' : 'empty' };
      return;
    }
    this.busy = 'note';
    this.saved = undefined;
    this.failure = undefined;
    try {
      const note = await addNote(this.api!, this.inquiryId, body);
      this.detail = { ...this.detail, value: { ...this.detail.value, notes: [...this.detail.value.notes, note] } };
      this.noteDraft = '';
      clearDeskDraft('note', this.inquiryId);
      this.saved = 'note';
    } catch (error) {
      this.failure = { at: 'note', error };
    } finally {
      this.busy = undefined;
    }
  }

  private chooseTemplate(code: string): void {
    const template = this.templates.value?.find((t) => t.code === code);
    const previous = this.templates.value?.find((t) => t.code === this.replyDraft.template);
    // A template replaces the text only if the person has not written their own.
    const untouched = !this.replyDraft.body.trim() || this.replyDraft.body === previous?.body;
    this.replyDraft = {
      template: code,
      subject: template && (untouched || !this.replyDraft.subject) ? template.subject : this.replyDraft.subject,
      body: template && untouched ? template.body : this.replyDraft.body,
    };
    saveDeskDraft('reply', this.inquiryId, { ...this.replyDraft });
  }

  private replyInput(field: 'subject' | 'body', value: string): void {
    this.replyDraft = { ...this.replyDraft, [field]: value };
    saveDeskDraft('reply', this.inquiryId, { ...this.replyDraft });
    this.fieldErrors = { ...this.fieldErrors, [field]: undefined };
  }

  private async sendReply(): Promise<void> {
    if (this.busy || !this.detail) return;
    const { template, subject, body } = this.replyDraft;
    if (!subject.trim() || !body.trim() || body.length > REPLY_MAX) {
      this.fieldErrors = {
        ...this.fieldErrors,
        subject: subject.trim() ? undefined : 'empty',
        body: !body.trim() ? 'empty' : body.length > REPLY_MAX ? 'long' : undefined,
      };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(subject.trim() ? '#f-body' : '#f-subject')?.focus();
      return;
    }
    this.busy = 'reply';
    this.saved = undefined;
    this.failure = undefined;
    try {
      const sent = await sendReply(this.api!, this.inquiryId, {
        ...(template ? { template_code: template } : {}),
        locale: this.replyLocale,
        subject: subject.trim(),
        body,
      });
      this.replyDraft = { template: '', subject: '', body: '' };
      clearDeskDraft('reply', this.inquiryId);
      this.saved = { reply: sent.status };
      // The history and the version (a reply may move the status) come from the server.
      const fresh = await loadInquiry(this.api!, this.inquiryId);
      this.detail = fresh;
      this.edits = pendingEdits(fresh.value, this.edits);
    } catch (error) {
      this.failure = { at: 'reply', error };
    } finally {
      this.busy = undefined;
    }
  }

  private fieldError(name: keyof WwStaffInquiry['fieldErrors']): string | undefined {
    switch (this.fieldErrors[name]) {
      case 'empty':
        return name === 'subject'
          ? msg('Write a subject.', { id: 'staff.reply.subject-empty' })
          : name === 'note'
            ? msg('Write the note first.', { id: 'staff.notes.empty' })
            : msg('Write the message.', { id: 'staff.reply.body-empty' });
      case 'long':
        return msg('This is too long.', { id: 'staff.error.too-long' });
      case 'referral':
        return msg('Choose where the person was referred, or choose another status.', {
          id: 'staff.inquiry.referral-needed',
        });
      default:
        return undefined;
    }
  }

  private savedText(): string | undefined {
    const saved = this.saved;
    if (!saved) return undefined;
    if (saved === 'saved') return msg('Saved.', { id: 'staff.inquiry.saved' });
    if (saved === 'note') return msg('Note added.', { id: 'staff.notes.added' });
    if (saved === 'reloaded')
      return msg('Reloaded. Their change is shown; your edits are still in the form, not saved yet.', {
        id: 'staff.inquiry.reloaded',
      });
    return msg(str`Reply: ${replyStatusName(saved.reply)}.`, { id: 'staff.reply.done' });
  }

  private failureAt(at: 'save' | 'note' | 'reply'): TemplateResult | typeof nothing {
    if (this.failure?.at !== at) return nothing;
    const error = this.failure.error;
    return html`<div class="notice notice--error" role="alert">
      <p class="notice__heading">${problemMessage(error)}</p>
    </div>`;
  }

  override render(): TemplateResult {
    const inquiry = this.detail?.value;
    return html`<div part="base" class="screen" lang=${this.locale} dir=${this.direction}>
      <p><a href=${routeHash('queue')}>${msg('Back to the queue', { id: 'staff.inquiry.back' })}</a></p>
      <h1>
        ${
          inquiry
            ? msg(str`Inquiry ${inquiry.reference}`, { id: 'staff.inquiry.title' })
            : msg('Inquiry', { id: 'staff.nav.inquiry' })
        }
      </h1>
      ${this.renderStatus(this.savedText())}
      ${
        this.loading.status === 'error'
          ? this.renderFailure(this.loading.error, () => void this.loading.run())
          : nothing
      }
      ${this.failure?.at === 'load' ? this.renderFailure(this.failure.error) : nothing}
      ${inquiry ? this.renderInquiry(inquiry) : this.loading.status === 'pending' ? this.renderLoading() : nothing}
    </div>`;
  }

  private renderInquiry(inquiry: InquiryDetail): TemplateResult {
    const lists = this.lists.value;
    const errors = Object.fromEntries(EDITABLE.map((f) => [f, this.fieldError(f)]));
    return html`<div class="columns">
      <div class="column">
        ${this.stale ? renderStale(this.stale, this.locale, () => void this.reload()) : nothing}
        ${this.failureAt('save')}
        ${renderWork({
          inquiry,
          edits: this.edits,
          me: this.me!,
          colleagues: lists?.colleagues ?? [],
          topics: lists?.topics ?? [],
          destinations: lists?.destinations ?? [],
          locale: this.locale,
          saving: this.busy === 'save',
          errors,
          onEdit: (field, value) => this.edit(field, value),
          onSave: () => void this.save(),
          onAssignToMe: () => void this.save({ assigned_to: this.me!.id! }),
        })}
        ${this.failureAt('note')}
        ${renderNotes({
          notes: inquiry.notes,
          draft: this.noteDraft,
          locale: this.locale,
          adding: this.busy === 'note',
          error: this.fieldError('note'),
          onInput: (v) => this.noteInput(v),
          onAdd: () => void this.addNote(),
        })}
      </div>
      <div class="column">
        ${renderDetails(inquiry, this.locale)} ${this.failureAt('reply')}
        ${renderReply({
          inquiry,
          templates: this.templates.value,
          replyLocale: this.replyLocale,
          draft: this.replyDraft,
          locale: this.locale,
          sending: this.busy === 'reply',
          errors: { subject: this.fieldError('subject'), body: this.fieldError('body') },
          onTemplate: (code) => this.chooseTemplate(code),
          onInput: (field, value) => this.replyInput(field, value),
          onSend: () => void this.sendReply(),
        })}
      </div>
    </div>`;
  }
}
