import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { fieldId, renderInput } from '../../core/forms/fields.js';
import { renderHeading } from '../../core/heading.js';
import { msg } from '../../core/localize.js';
import { DeskError, problemCode } from '../core/desk-api.js';
import { WwStaffSignedInEvent } from '../core/events.js';
import { isAboutCode, problemMessage } from '../core/problem-message.js';
import { WwStaffElement } from '../core/staff-element.js';
import type { AuthConfig, Me } from '../core/types.js';
import { renderSecretField } from './parts/secret-field.js';
import { demoSignIn, loadAuthConfig, oidcHref, setUp, signIn } from './sign-in.api.js';
import { signInStyles } from './sign-in.styles.js';

/** A one-time fragment the desk read from its address (`#setup=…`, `#demo=…`, `#sign-in-error=…`). */
export interface SignInFragment {
  kind: 'setup' | 'demo' | 'sign-in-error';
  value: string;
}

const MIN_PASSWORD = 12;

/**
 * @tagname ww-staff-sign-in
 * @summary Signing in to the desk: the office's OpenID Connect provider, or an email, a password and a code.
 *
 * Shows the provider's button when the server has one (`/staff/auth/config`),
 * the email and password form for local accounts, a code field once the
 * server asks for it, the first password of a set-up link (`#setup=<token>`)
 * and the demo's one-step sign-in (`#demo=<token>`). What was typed stays when
 * a sign-in fails. Fires `ww-staff-signed-in` with the person.
 *
 * @fires ww-staff-signed-in - Signed in; `detail.me` is the person.
 */
export class WwStaffSignIn extends WwStaffElement {
  static override styles = [...WwStaffElement.styles, signInStyles];

  static override get properties(): PropertyDeclarations {
    return {
      ...super.properties,
      fragment: { attribute: false },
      reason: {},
      headingLevel: { type: Number, attribute: 'heading-level' },
      authConfig: { state: true },
      values: { state: true },
      codeAsked: { state: true },
      error: { state: true },
      busy: { state: true },
    };
  }

  /** A set-up, demo or error fragment from the address, read once. */
  fragment?: SignInFragment | undefined;
  /** Why the sign-in shows: `expired` (the session ended while working) or `signed-out`. */
  reason?: 'expired' | 'signed-out' | undefined;
  /** Level of the heading (2 inside the desk's dialog). */
  headingLevel = 1;

  private authConfig: AuthConfig | undefined;
  private values = { email: '', password: '', code: '', confirm: '' };
  private codeAsked = false;
  private error: { at: 'email' | 'password' | 'code' | 'confirm' | 'form'; cause: unknown } | undefined;
  private busy = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadConfig();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('fragment') && this.fragment?.kind === 'demo') void this.demo(this.fragment.value);
    if (changed.has('api') && !this.authConfig) void this.loadConfig();
  }

  private async loadConfig(): Promise<void> {
    if (!this.api || this.authConfig) return;
    try {
      this.authConfig = await loadAuthConfig(this.api);
    } catch {
      // Without the configuration the password form still works: it is what every server offers.
      this.authConfig = { oidc: false, local: true, idle_minutes: 30 };
    }
  }

  private set(name: keyof WwStaffSignIn['values'], value: string): void {
    this.values = { ...this.values, [name]: value };
    if (this.error?.at === name) this.error = undefined;
  }

  private async run(action: () => Promise<Me>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.error = undefined;
    try {
      const me = await action();
      this.values = { email: this.values.email, password: '', code: '', confirm: '' };
      this.codeAsked = false;
      this.dispatchEvent(new WwStaffSignedInEvent(me));
    } catch (error) {
      const code = problemCode(error);
      if (code === 'code-required') this.codeAsked = true;
      const aboutCode = error instanceof DeskError && (code === 'code-required' || isAboutCode(error));
      this.error = { at: aboutCode ? 'code' : code === 'sign-in-failed' ? 'password' : 'form', cause: error };
      await this.updateComplete;
      const target = this.error.at === 'form' ? '#sign-in-error' : `#${fieldId(this.error.at)}`;
      this.renderRoot.querySelector<HTMLElement>(target)?.focus();
    } finally {
      this.busy = false;
    }
  }

  private submit(e: Event): void {
    e.preventDefault();
    const api = this.api;
    if (!api) return;
    const { email, password, code, confirm } = this.values;
    if (this.fragment?.kind === 'setup') {
      if (password.length < MIN_PASSWORD) {
        this.error = { at: 'password', cause: 'short' };
        return void this.updateComplete.then(() => this.focusField('password'));
      }
      if (password !== confirm) {
        this.error = { at: 'confirm', cause: 'mismatch' };
        return void this.updateComplete.then(() => this.focusField('confirm'));
      }
      void this.run(() => setUp(api, { token: this.fragment!.value, password }));
      return;
    }
    if (!email.trim() || !password) {
      this.error = { at: email.trim() ? 'password' : 'email', cause: 'empty' };
      return void this.updateComplete.then(() => this.focusField(this.error!.at));
    }
    void this.run(() => signIn(api, { email: email.trim(), password, ...(code.trim() ? { code: code.trim() } : {}) }));
  }

  private focusField(name: string): void {
    this.renderRoot.querySelector<HTMLElement>(`#${fieldId(name)}`)?.focus();
  }

  private demo(token: string): Promise<void> | undefined {
    const api = this.api;
    return api ? this.run(() => demoSignIn(api, token)) : undefined;
  }

  /** The error of a field, in words. */
  private fieldError(name: 'email' | 'password' | 'code' | 'confirm'): string | undefined {
    if (this.error?.at !== name) return undefined;
    const { cause } = this.error;
    if (cause === 'empty')
      return name === 'email'
        ? msg('Enter your email address.', { id: 'staff.sign-in.email-empty' })
        : msg('Enter your password.', { id: 'staff.sign-in.password-empty' });
    if (cause === 'short')
      return msg('Choose a password of at least 12 characters.', { id: 'staff.sign-in.password-short' });
    if (cause === 'mismatch') return msg('The two passwords are not the same.', { id: 'staff.sign-in.mismatch' });
    return problemMessage(cause);
  }

  override render(): TemplateResult {
    const setup = this.fragment?.kind === 'setup';
    const title = setup
      ? msg('Choose your password', { id: 'staff.sign-in.setup-title' })
      : msg('Sign in to the desk', { id: 'staff.sign-in.title' });
    return html`<div part="base" class="screen sign-in" lang=${this.locale} dir=${this.direction}>
      ${renderHeading(this.headingLevel, title, { class: 'title' })} ${this.renderReason()}
      ${
        this.error?.at === 'form'
          ? html`<div class="notice notice--error" id="sign-in-error" tabindex="-1" role="alert">
              <p class="notice__heading">${problemMessage(this.error.cause)}</p>
            </div>`
          : nothing
      }
      ${this.fragment?.kind === 'demo' && this.busy ? this.renderLoading() : nothing}
      ${setup ? this.renderSetup() : html`${this.renderOidc()} ${this.authConfig?.local === false ? nothing : this.renderLocal()}`}
    </div>`;
  }

  private renderReason(): TemplateResult | typeof nothing {
    const fragment = this.fragment;
    if (fragment?.kind === 'sign-in-error') {
      const text =
        fragment.value === 'no-account'
          ? msg('Your office account has no desk account yet. Ask an administrator to create one.', {
              id: 'staff.sign-in.no-account',
            })
          : fragment.value === 'disabled'
            ? msg('Your desk account is disabled. Ask an administrator.', { id: 'staff.sign-in.disabled' })
            : msg('Signing in with your office account did not work. Try again.', { id: 'staff.sign-in.failed' });
      return html`<div class="notice notice--error" role="alert"><p class="notice__heading">${text}</p></div>`;
    }
    if (this.reason === 'expired')
      return html`<p class="notice" role="status">
        ${msg('Your session ended. Sign in again: what you typed is kept.', { id: 'staff.error.session-expired' })}
      </p>`;
    if (this.reason === 'signed-out')
      return html`<p class="notice" role="status">
        ${msg('You are signed out.', { id: 'staff.sign-in.signed-out' })}
      </p>`;
    return nothing;
  }

  private renderOidc(): TemplateResult | typeof nothing {
    if (!this.authConfig?.oidc || !this.api) return nothing;
    const route = /^#[a-z-]+(\/|\?|$)/.test(location.hash) ? location.hash : '';
    return html`<p>
      <a class="button button--primary oidc" href=${oidcHref(this.api, `${location.pathname}${route}`)}
        >${msg('Sign in with your office account', { id: 'staff.sign-in.oidc' })}</a
      >
    </p>`;
  }

  private renderLocal(): TemplateResult {
    const { email, password, code } = this.values;
    return html`<form class="form" novalidate @submit=${this.submit}>
      ${
        this.authConfig?.oidc
          ? html`<p class="muted">${msg('Or with a desk password:', { id: 'staff.sign-in.or-password' })}</p>`
          : nothing
      }
      ${renderInput({
        name: 'email',
        type: 'email',
        autocomplete: 'username',
        label: msg('Email address', { id: 'staff.sign-in.email' }),
        value: email,
        error: this.fieldError('email'),
        onInput: (v) => this.set('email', v),
      })}
      ${renderSecretField({
        name: 'password',
        autocomplete: 'current-password',
        label: msg('Password', { id: 'staff.sign-in.password' }),
        value: password,
        error: this.fieldError('password'),
        onInput: (v) => this.set('password', v),
      })}
      ${
        this.codeAsked
          ? renderInput({
              name: 'code',
              autocomplete: 'one-time-code',
              label: msg('Code from your authenticator app', { id: 'staff.sign-in.code' }),
              hint: msg('6 digits; a new one every 30 seconds.', { id: 'staff.sign-in.code-hint' }),
              value: code,
              error: this.fieldError('code'),
              onInput: (v) => this.set('code', v),
            })
          : nothing
      }
      <div class="actions">
        <button class="button button--primary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${this.busy ? msg('Signing in…', { id: 'staff.sign-in.busy' }) : msg('Sign in', { id: 'staff.sign-in.submit' })}
        </button>
      </div>
    </form>`;
  }

  private renderSetup(): TemplateResult {
    const { password, confirm } = this.values;
    return html`<form class="form" novalidate @submit=${this.submit}>
      <p>
        ${msg('Choose a password of at least 12 characters. A passphrase of several words is easy to remember.', {
          id: 'staff.sign-in.setup-intro',
        })}
      </p>
      ${renderSecretField({
        name: 'password',
        autocomplete: 'new-password',
        label: msg('New password', { id: 'staff.sign-in.new-password' }),
        value: password,
        error: this.fieldError('password'),
        onInput: (v) => this.set('password', v),
      })}
      ${renderSecretField({
        name: 'confirm',
        autocomplete: 'new-password',
        label: msg('The same password again', { id: 'staff.sign-in.confirm' }),
        value: confirm,
        error: this.fieldError('confirm'),
        onInput: (v) => this.set('confirm', v),
      })}
      <div class="actions">
        <button class="button button--primary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${msg('Save and sign in', { id: 'staff.sign-in.setup-submit' })}
        </button>
      </div>
    </form>`;
  }
}
