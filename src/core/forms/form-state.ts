import type { ReactiveControllerHost } from 'lit';
import { clearDraft, loadDraft, saveDraft, type Draft } from './draft-store.js';
import type { SummaryItem } from './error-summary.js';
import type { FieldProps } from './fields.js';
import { newIdempotencyKey } from './idempotency.js';
import type { Message } from './validators.js';

const KEY = '_key';

export type FormHost = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };

export interface FormStateOptions {
  /**
   * Whether drafts are kept in this tab (default: always). A shared computer
   * (kiosk mode) returns false: nothing typed is stored anywhere.
   */
  persist?: () => boolean;
}

/**
 * The state of one form, kept by its element: its values (kept as a draft for
 * the tab), the idempotency key of this filling-in, and its errors. Checking
 * and sending are a `FormSubmission`'s (submission.ts, check.ts), so that a
 * form can show its fields before the code that checks them has loaded.
 */
export class FormState {
  values: Draft = {};
  /** Problems by field name. */
  errors: Record<string, Message> = {};
  /** Problems the form has no field for (from the server). */
  other: string[] = [];
  /** The idempotency key of this filling-in; kept in the draft and reused on retry. */
  key = '';
  private id = '';

  constructor(
    readonly host: FormHost,
    private readonly options: FormStateOptions = {},
  ) {}

  private get persist(): boolean {
    return this.options.persist?.() ?? true;
  }

  /** Starts form `id` with `defaults`; a draft saved in this tab wins. Does nothing if already started. */
  start(id: string, defaults: Draft): void {
    if (id === this.id) return;
    this.id = id;
    const draft = (this.persist && loadDraft(id)) || {};
    this.key = draft[KEY] || newIdempotencyKey();
    delete draft[KEY];
    this.values = { ...defaults, ...draft };
    this.errors = {};
    this.other = [];
    this.host.requestUpdate();
  }

  /** Field `name` for the kit's field helpers: `renderInput({ ...form.field('name'), label })`. */
  field(name: string): FieldProps {
    return { name, value: this.values[name] ?? '', error: this.error(name), onInput: (value) => this.set(name, value) };
  }

  set(name: string, value: string): void {
    this.values = { ...this.values, [name]: value };
    this.save();
    this.host.requestUpdate();
  }

  /** Keeps the values and the key for this tab. */
  save(): void {
    if (this.id && this.persist) saveDraft(this.id, { ...this.values, [KEY]: this.key });
  }

  /** The summary's items, in the order of the form's fields. */
  summary(order: string[]): SummaryItem[] {
    const fields = order.filter((f) => this.errors[f]).map((f) => ({ field: f, message: this.errors[f]!() }));
    return [...fields, ...this.other.map((message) => ({ message }))];
  }

  error(name: string): string | undefined {
    return this.errors[name]?.();
  }

  get hasErrors(): boolean {
    return Object.keys(this.errors).length > 0 || this.other.length > 0;
  }

  /**
   * Puts saved values back (a submission that needs attention), with their
   * key: sending them again cannot make a second record.
   */
  restore(values: Draft, key: string): void {
    this.values = { ...this.values, ...values };
    this.key = key;
    this.save();
    this.host.requestUpdate();
  }

  /** After success: the draft goes, and a next filling-in gets a new key. */
  finish(): void {
    if (this.id) clearDraft(this.id);
    this.id = '';
    this.key = newIdempotencyKey();
    this.errors = {};
    this.other = [];
  }
}
