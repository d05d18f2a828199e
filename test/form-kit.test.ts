import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type PropertyDeclarations } from 'lit';
import { clearDraft, draftKey, loadDraft, saveDraft } from '../src/core/forms/draft-store.js';
import { renderErrorSummary } from '../src/core/forms/error-summary.js';
import {
  renderCheckbox,
  renderInput,
  renderRadioGroup,
  renderSelect,
  renderTextarea,
} from '../src/core/forms/fields.js';
import { checkForm } from '../src/core/forms/check.js';
import { FormState } from '../src/core/forms/form-state.js';
import { FormSubmission } from '../src/core/forms/submission.js';
import { HttpError, NetworkError } from '../src/core/errors.js';
import { newIdempotencyKey } from '../src/core/forms/idempotency.js';
import { mapProblem } from '../src/core/forms/server-errors.js';
import { email, maxLength, phone, required, validate } from '../src/core/forms/validators.js';
import { formStyles } from '../src/core/styles/form.js';
import { tokens } from '../src/core/styles/tokens.js';
import { until } from './helpers/locale-state.js';

/** A small form built only from the kit, as the inquiry form will be. */
class KitForm extends LitElement {
  static override styles = [tokens, formStyles];
  static override properties: PropertyDeclarations = { hint: {} };
  hint = '';
  readonly form = new FormState(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.form.start('kit-test', { name: '', topic: '', message: '', kind: 'a', agree: '' });
  }

  protected override render() {
    const f = this.form;
    const field = (name: string) => f.field(name);
    return html`<form
      class="form"
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        checkForm(f, { name: [required(() => 'Enter your name')], topic: [required(() => 'Choose a topic')] });
      }}
    >
      ${f.hasErrors ? renderErrorSummary(f.summary(['name', 'topic', 'message']), () => this.renderRoot) : ''}
      ${renderInput({ ...field('name'), label: 'Name', hint: this.hint || undefined, autocomplete: 'name' })}
      ${renderRadioGroup({
        ...field('topic'),
        label: 'Topic',
        choices: [
          { value: 'x', label: 'X' },
          { value: 'y', label: 'Y' },
        ],
      })}
      ${renderTextarea({ ...field('message'), label: 'Message', optional: true, maxLength: 20, locale: 'en' })}
      ${renderSelect({
        ...field('kind'),
        label: 'Kind',
        choices: [
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B', lang: 'fr' },
        ],
      })}
      ${renderCheckbox({ ...field('agree'), label: 'Agree' })}
      <button class="button button--primary" type="submit">Send</button>
    </form>`;
  }
}
customElements.define('kit-form', KitForm);

const $ = <T extends Element = HTMLElement>(el: KitForm, s: string) => el.shadowRoot!.querySelector<T>(s)!;

describe('form kit', () => {
  beforeEach(() => sessionStorage.clear());

  it('validators return localized messages, and validate keeps the first problem of each field', () => {
    expect(required(() => 'needed')('  ')?.()).to.equal('needed');
    expect(required(() => 'needed')('x')).to.equal(undefined);
    expect(email()('a@b')).to.equal(undefined);
    expect(email()('not an email')?.()).to.equal('Enter an email address such as name@example.com');
    expect(email()('')).to.equal(undefined);
    expect(phone()('+1 (212) 555-0100')).to.equal(undefined);
    expect(phone()('12-34')?.()).to.equal('Enter a phone number with at least 7 digits');
    expect(maxLength(5, 'en')('123456')?.()).to.equal('Use 5 characters or fewer');
    const errors = validate({ a: '', b: 'x' }, { a: [required(() => 'A'), email()], b: [email()] });
    expect(Object.keys(errors)).to.deep.equal(['a', 'b']);
    expect(errors.a!()).to.equal('A');
  });

  it('maps server problems onto known fields with the form’s words; others go to the summary', () => {
    const mapped = mapProblem(
      {
        errors: [
          { path: 'email', message: 'Invalid email' },
          { path: 'idempotency_key', message: 'Too short' },
        ],
      },
      { email: () => 'Enter an email address' },
    );
    expect(mapped.fields.email!()).to.equal('Enter an email address');
    expect(mapped.other).to.deep.equal(['Too short']);
    expect(mapProblem(undefined, {})).to.deep.equal({ fields: {}, other: [] });
  });

  it('keeps drafts in sessionStorage under ww:draft:, never localStorage, and survives storage that throws', () => {
    saveDraft('f1', { name: 'Ana' });
    expect(sessionStorage.getItem(draftKey('f1'))).to.equal('{"name":"Ana"}');
    expect(draftKey('f1')).to.equal('ww:draft:f1');
    expect(localStorage.getItem(draftKey('f1'))).to.equal(null);
    expect(loadDraft('f1')).to.deep.equal({ name: 'Ana' });
    clearDraft('f1');
    expect(loadDraft('f1')).to.equal(undefined);
    sessionStorage.setItem(draftKey('bad'), '{not json');
    expect(loadDraft('bad')).to.equal(undefined);

    const descriptor = Object.getOwnPropertyDescriptor(window, 'sessionStorage')!;
    Object.defineProperty(window, 'sessionStorage', {
      configurable: true,
      get() {
        throw new DOMException('The document is sandboxed', 'SecurityError');
      },
    });
    try {
      expect(() => saveDraft('f2', { a: 'b' })).not.to.throw();
      expect(loadDraft('f2')).to.equal(undefined);
      expect(() => clearDraft('f2')).not.to.throw();
    } finally {
      Object.defineProperty(window, 'sessionStorage', descriptor);
    }
  });

  it('makes a random idempotency key, with a fallback when randomUUID is missing', () => {
    const a = newIdempotencyKey();
    expect(a).to.match(/^[0-9a-f-]{36}$/);
    expect(newIdempotencyKey()).not.to.equal(a);
    const original = crypto.randomUUID;
    (crypto as { randomUUID?: unknown }).randomUUID = undefined;
    try {
      expect(newIdempotencyKey()).to.match(/^[0-9a-f]{32}$/);
    } finally {
      crypto.randomUUID = original;
    }
  });

  it('renders labelled fields with hint and error linked by aria-describedby, and parts', async () => {
    const el = await fixture<KitForm>(html`<kit-form hint="As on your ID"></kit-form>`);
    const name = $<HTMLInputElement>(el, '#f-name');
    expect($(el, 'label[for="f-name"]').textContent!.trim()).to.equal('Name');
    expect(name.getAttribute('aria-describedby')).to.equal('f-name-hint');
    expect(name.getAttribute('autocomplete')).to.equal('name');
    expect(name.getAttribute('aria-invalid')).to.equal('false');
    for (const part of ['field', 'label', 'input', 'hint']) expect($(el, `[part~="${part}"]`)).to.not.equal(null);
    expect($(el, 'fieldset#f-topic legend').textContent!.trim()).to.equal('Topic');
    expect($(el, 'label[for="f-message"]').textContent).to.contain('(optional)');
    expect($(el, 'option[value="b"]').getAttribute('lang')).to.equal('fr');
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await until(() => el.shadowRoot!.activeElement?.id === 'error-summary-title');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(name.getAttribute('aria-describedby')).to.equal('f-name-hint f-name-error');
    expect($(el, '[part="error"]').textContent).to.match(/Error:\s+Enter your name/);
    expect($(el, '#f-topic').getAttribute('aria-describedby')).to.equal('f-topic-error');
    await expect(el).to.be.accessible();

    // Summary links focus the field inside the shadow root, not through the fragment.
    const [toName, toTopic] = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.error-summary a')];
    toTopic!.click();
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'input[name="topic"]'));
    toName!.click();
    expect(el.shadowRoot!.activeElement).to.equal(name);
    expect(location.hash).to.equal('');
  });

  it('counts characters, and speaks only near the limit', async () => {
    const el = await fixture<KitForm>(html`<kit-form></kit-form>`);
    const area = $<HTMLTextAreaElement>(el, '#f-message');
    const live = () => $(el, '[aria-live="polite"]').textContent!.trim();
    expect(area.getAttribute('aria-describedby')).to.equal('f-message-limit');
    expect($(el, '#f-message-limit').textContent).to.equal('You can enter up to 20 characters.');
    area.value = 'Hello';
    area.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, '.counter').textContent!.trim()).to.equal('Characters left: 15');
    expect(live()).to.equal('');
    area.value = 'Hello, this is longer';
    area.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, '.counter').textContent!.trim()).to.equal('Characters over the limit: 1');
    expect(live()).to.equal('Characters over the limit: 1');
    await expect(el).to.be.accessible();
  });

  it('restores a draft and its idempotency key in a new form, and forgets both after finish()', async () => {
    const first = await fixture<KitForm>(html`<kit-form></kit-form>`);
    const input = $<HTMLInputElement>(first, '#f-name');
    input.value = 'Ana';
    input.dispatchEvent(new Event('input'));
    $<HTMLInputElement>(first, '#f-agree').click();
    const key = first.form.key;
    first.remove();
    const second = await fixture<KitForm>(html`<kit-form></kit-form>`);
    expect($<HTMLInputElement>(second, '#f-name').value).to.equal('Ana');
    expect($<HTMLInputElement>(second, '#f-agree').checked).to.equal(true);
    expect(second.form.key).to.equal(key);
    second.form.finish();
    expect(sessionStorage.getItem('ww:draft:kit-test')).to.equal(null);
    expect(second.form.key).not.to.equal(key);
  });
});

/** A form sent through the kit's FormSubmission, with a send the test controls. */
class KitSubmission extends FormSubmission {
  sent: { values: Record<string, string>; key: string; draft: string | null }[] = [];
  answer: () => Promise<void> = () => Promise.resolve();

  protected get level(): number {
    return 3;
  }

  messages() {
    return { name: () => 'Enter your name' };
  }

  protected rules() {
    return { name: [required(this.messages().name)] };
  }

  protected async send(): Promise<void> {
    this.begin();
    this.sent.push({
      values: { ...this.form.values },
      key: this.form.key,
      draft: sessionStorage.getItem('ww:draft:kit-send'),
    });
    try {
      await this.answer();
      this.form.finish();
      this.phase = 'done';
      this.changed();
    } catch (error) {
      this.failed(error, () => 'Not accepted');
    }
  }
}

class KitSendForm extends LitElement {
  static override styles = [tokens, formStyles];
  readonly form = new FormState(this);
  readonly submission = new KitSubmission(this.form);

  override connectedCallback(): void {
    super.connectedCallback();
    this.form.start('kit-send', { name: '' });
  }

  protected override render() {
    return html`<form
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        this.submission.submit();
      }}
    >
      ${this.submission.renderSummary(['name'])} ${renderInput({ ...this.form.field('name'), label: 'Name' })}
      <button type="submit">Send</button>
    </form>`;
  }
}
customElements.define('kit-send-form', KitSendForm);

describe('form kit: sending', () => {
  beforeEach(() => sessionStorage.clear());
  const type = (el: KitSendForm, value: string) => {
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#f-name')!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const submit = (el: KitSendForm) => el.shadowRoot!.querySelector('button')!.click();

  it('checks first, sends once at a time with the key already in the draft, and forgets the draft when done', async () => {
    const el = await fixture<KitSendForm>(html`<kit-send-form></kit-send-form>`);
    submit(el);
    await el.updateComplete;
    expect(el.submission.sent).to.have.length(0);
    await until(() => el.shadowRoot!.activeElement?.id === 'error-summary-title');
    expect(el.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    let answer!: () => void;
    el.submission.answer = () => new Promise<void>((resolve) => (answer = resolve));
    type(el, 'Ana');
    submit(el);
    submit(el);
    expect(el.submission.phase).to.equal('sending');
    expect(el.submission.sent).to.have.length(1, 'a second submit while sending does nothing');
    const [{ key, draft }] = el.submission.sent;
    expect(JSON.parse(draft!)).to.deep.equal({ name: 'Ana', _key: key });
    answer();
    await until(() => el.submission.phase === 'done');
    expect(sessionStorage.getItem('ww:draft:kit-send')).to.equal(null);
    expect(el.form.key).not.to.equal(key, 'a next filling-in gets a new key');
  });

  it('puts a refusal (400) on the fields in the form’s words, keeps other failures, and retries with the same key', async () => {
    const el = await fixture<KitSendForm>(html`<kit-send-form></kit-send-form>`);
    type(el, 'Ana');
    el.submission.answer = () =>
      Promise.reject(new HttpError(400, { errors: [{ path: 'name', message: 'too short' }] }, undefined));
    submit(el);
    await until(() => el.submission.phase === 'form' && el.form.hasErrors);
    expect(el.form.error('name')).to.equal('Enter your name');
    expect(el.submission.sendError).to.equal(undefined);
    const offline = new NetworkError('offline');
    el.submission.answer = () => Promise.reject(offline);
    submit(el);
    await until(() => el.submission.phase === 'form' && el.submission.sendError === offline);
    expect(el.form.hasErrors).to.equal(false);
    expect(el.form.values.name).to.equal('Ana', 'nothing typed is lost');
    el.submission.answer = () => Promise.resolve();
    submit(el);
    await until(() => el.submission.phase === 'done');
    const keys = el.submission.sent.map((s) => s.key);
    expect(new Set(keys).size).to.equal(1, 'every try of one filling-in sends the same key');
  });
});
