import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { DataController } from '../../core/data-controller.js';
import { renderInput } from '../../core/forms/fields.js';
import { listFormat } from '../../core/intl.js';
import { msg } from '../../core/localize.js';
import { problemCode } from '../core/desk-api.js';
import { WwStaffSignOutEvent } from '../core/events.js';
import { roleName } from '../core/labels.js';
import { problemMessage } from '../core/problem-message.js';
import { WwStaffElement } from '../core/staff-element.js';
import type { Me } from '../core/types.js';
import { confirmTotp, loadAccount, removeTotp, startTotp, type TotpEnrolment } from './account.api.js';
import { accountStyles } from './account.styles.js';
import { renderQrCode } from './parts/qr-code.js';

/** The secret as people type it: groups of four. */
export const groupedSecret = (secret: string): string => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

/** Six digits, spaces and dashes allowed between them (as the server reads a code). */
const isCode = (code: string) => /^\d{6}$/.test(code.replace(/[\s-]/g, ''));

/**
 * @tagname ww-staff-account
 * @summary The signed-in person's own account: their name, email and roles, two-step sign-in, signing out everywhere.
 *
 * Two-step sign-in (TOTP): a new secret is shown as a QR code for an
 * authenticator app and as text in groups of four (the QR code's accessible
 * alternative), then turned on with a first code from the app; it is turned
 * off with a current code. The secret and the codes are never kept in the tab.
 * A bearer token has no account: the screen says so.
 */
export class WwStaffAccount extends WwStaffElement {
  static override styles = [...WwStaffElement.styles, accountStyles];

  static override get properties(): PropertyDeclarations {
    return {
      ...super.properties,
      enrolment: { state: true },
      code: { state: true },
      codeError: { state: true },
      busy: { state: true },
      failure: { state: true },
      said: { state: true },
    };
  }

  /** The pending authenticator, with its QR code's modules once they are made. */
  private enrolment: (TotpEnrolment & { modules?: boolean[][] }) | undefined;
  private code = '';
  private codeError: string | undefined;
  private busy = false;
  private failure: unknown;
  private said: string | undefined;

  /** Read afresh: two-step sign-in may have changed in another tab since the desk opened. */
  private readonly account = new DataController<Me, [string]>(this, {
    args: () => (this.api && this.me?.via === 'session' ? ['me'] : undefined),
    task: (_args, signal) => loadAccount(this.api!, signal),
  });

  /** Runs a change of two-step sign-in: one at a time, its failure on the code field or above the section. */
  private async change(work: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.failure = undefined;
    this.codeError = undefined;
    this.said = undefined;
    try {
      await work();
    } catch (error) {
      if (problemCode(error) === 'code-invalid') {
        this.codeError = problemMessage(error);
        await this.focus_('#f-code');
      } else {
        this.failure = error;
      }
    } finally {
      this.busy = false;
    }
  }

  private start(): Promise<void> {
    return this.change(async () => {
      const [enrolment, { qrModules }] = await Promise.all([startTotp(this.api!), import('./parts/qr-modules.js')]);
      this.code = '';
      this.enrolment = { ...enrolment, modules: qrModules(enrolment.uri) };
      await this.focus_('#enrol-title');
    });
  }

  private cancel(): Promise<void> {
    this.enrolment = undefined;
    this.code = '';
    this.codeError = undefined;
    return this.focus_('#totp-start');
  }

  /** Confirms (enrolling) or removes (on) with the code typed. */
  private submitCode(e: Event): Promise<void> {
    e.preventDefault();
    if (!isCode(this.code)) {
      this.codeError = msg('Enter the 6 digits your authenticator app shows.', { id: 'staff.account.code-missing' });
      return this.focus_('#f-code');
    }
    const enrolling = !!this.enrolment;
    return this.change(async () => {
      await (enrolling ? confirmTotp(this.api!, this.code) : removeTotp(this.api!, this.code));
      this.enrolment = undefined;
      this.code = '';
      await this.account.run();
      this.said = enrolling
        ? msg('Two-step sign-in is on. From now on, signing in asks for the code your app shows.', {
            id: 'staff.account.totp-now-on',
          })
        : msg('Two-step sign-in is off.', { id: 'staff.account.totp-now-off' });
      await this.focus_('#totp-title');
    });
  }

  private async focus_(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  override render(): TemplateResult {
    return html`<div part="base" class="screen" lang=${this.locale} dir=${this.direction}>
      <h1>${msg('My account', { id: 'staff.nav.account' })}</h1>
      ${this.me?.via === 'token' ? this.renderToken(this.me) : this.renderAccount()}
    </div>`;
  }

  private renderToken(me: Me): TemplateResult {
    return html`<div class="notice notice--info" role="note">
      <p class="notice__heading">
        ${msg(html`You are signed in with the access token <bdi>${me.display_name}</bdi>, not with an account.`, {
          id: 'staff.account.token',
        })}
      </p>
      <p class="notice__detail">
        ${msg(
          'Tokens are for scripts and other programs: a token has no password, no two-step sign-in and nothing to set here. To work on the desk as yourself, ask an administrator for an account.',
          { id: 'staff.account.token-detail' },
        )}
      </p>
    </div>`;
  }

  private renderAccount(): TemplateResult {
    const me = this.account.value;
    if (!me) {
      return this.account.status === 'error'
        ? this.renderFailure(this.account.error, () => void this.account.run())
        : this.renderLoading();
    }
    return html`${this.renderStatus(this.said)}
      <section class="panel" aria-labelledby="details-title">
        <h2 id="details-title">${msg('Your details', { id: 'staff.account.details' })}</h2>
        <dl class="facts">
          <dt>${msg('Name', { id: 'staff.field.name' })}</dt>
          <dd><bdi>${me.display_name}</bdi></dd>
          <dt>${msg('Email address', { id: 'staff.sign-in.email' })}</dt>
          <dd dir="ltr">${me.email ?? ''}</dd>
          <dt>${msg('Roles', { id: 'staff.accounts.roles' })}</dt>
          <dd>
            ${
              me.roles.length
                ? listFormat(this.locale).format(me.roles.map(roleName))
                : msg('None yet', { id: 'staff.account.no-roles' })
            }
          </dd>
        </dl>
        <p class="muted">
          ${msg('An administrator changes your name and your roles.', { id: 'staff.account.details-note' })}
        </p>
      </section>
      ${this.renderTotp(me)} ${this.renderSessions()}`;
  }

  private renderTotp(me: Me): TemplateResult {
    return html`<section class="panel" aria-labelledby="totp-title">
      <h2 id="totp-title" tabindex="-1">${msg('Two-step sign-in', { id: 'staff.account.totp' })}</h2>
      <p class="totp-state">
        ${
          me.totp
            ? msg('On: signing in with your password also asks for a code from your authenticator app.', {
                id: 'staff.account.totp-on',
              })
            : msg(
                'Off: signing in asks only for your password. Turn it on, so that a stolen password alone cannot open the desk.',
                { id: 'staff.account.totp-off' },
              )
        }
      </p>
      ${
        this.failure
          ? html`<div class="notice notice--error" role="alert">
              <p class="notice__heading">${problemMessage(this.failure)}</p>
            </div>`
          : nothing
      }
      ${this.enrolment ? this.renderEnrolment(this.enrolment) : me.totp ? this.renderRemoval() : this.renderStart()}
    </section>`;
  }

  private renderStart(): TemplateResult {
    return html`<div class="actions">
      <button
        class="button button--primary"
        type="button"
        id="totp-start"
        aria-disabled=${this.busy ? 'true' : 'false'}
        @click=${() => void this.start()}
      >
        ${msg('Set up two-step sign-in', { id: 'staff.account.totp-start' })}
      </button>
    </div>`;
  }

  private renderEnrolment(enrolment: TotpEnrolment & { modules?: boolean[][] }): TemplateResult {
    return html`<div class="enrolment" role="group" aria-labelledby="enrol-title">
      <h3 id="enrol-title" tabindex="-1">
        ${msg('Add the desk to your authenticator app', { id: 'staff.account.enrol-title' })}
      </h3>
      <ol class="steps">
        <li>
          <p>
            ${msg(
              'In an authenticator app on your phone (such as FreeOTP, Google Authenticator or Microsoft Authenticator), add an account by scanning this QR code.',
              { id: 'staff.account.enrol-scan' },
            )}
          </p>
          ${
            enrolment.modules
              ? renderQrCode(
                  enrolment.modules,
                  msg('QR code for your authenticator app. The same key is written out below it.', {
                    id: 'staff.account.qr-label',
                  }),
                )
              : nothing
          }
          <p id="secret-label">
            ${msg('Cannot scan it? Type this key into the app instead (the spaces do not matter):', {
              id: 'staff.account.enrol-key',
            })}
          </p>
          <p class="secret" id="totp-secret" dir="ltr" translate="no">${groupedSecret(enrolment.secret)}</p>
        </li>
        <li>
          <form class="form" novalidate @submit=${this.submitCode}>
            ${this.renderCode(msg('The code the app now shows', { id: 'staff.account.code-first' }))}
            <div class="actions">
              <button class="button button--primary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
                ${msg('Turn on two-step sign-in', { id: 'staff.account.totp-confirm' })}
              </button>
              <button class="button" type="button" @click=${() => void this.cancel()}>
                ${msg('Cancel', { id: 'staff.cancel' })}
              </button>
            </div>
          </form>
        </li>
      </ol>
    </div>`;
  }

  private renderRemoval(): TemplateResult {
    return html`<form class="form" novalidate aria-labelledby="remove-title" @submit=${this.submitCode}>
      <h3 id="remove-title">${msg('Turn off two-step sign-in', { id: 'staff.account.totp-remove' })}</h3>
      <p>
        ${msg('Enter a current code from your authenticator app, to show it is you.', {
          id: 'staff.account.remove-intro',
        })}
      </p>
      ${this.renderCode(msg('Code from your authenticator app', { id: 'staff.sign-in.code' }))}
      <div class="actions">
        <button class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${msg('Turn off two-step sign-in', { id: 'staff.account.totp-remove' })}
        </button>
      </div>
    </form>`;
  }

  private renderCode(label: string): TemplateResult {
    return renderInput({
      name: 'code',
      autocomplete: 'one-time-code',
      label,
      hint: msg('6 digits; a new one every 30 seconds.', { id: 'staff.sign-in.code-hint' }),
      value: this.code,
      error: this.codeError,
      onInput: (value) => {
        this.code = value;
        this.codeError = undefined;
      },
    });
  }

  private renderSessions(): TemplateResult {
    return html`<section class="panel" aria-labelledby="sessions-title">
      <h2 id="sessions-title">${msg('Signed in elsewhere?', { id: 'staff.account.sessions' })}</h2>
      <p>
        ${msg(
          'If you signed in on a shared computer or a phone you no longer have, sign out everywhere: every session of your account ends, this one too.',
          { id: 'staff.account.sessions-intro' },
        )}
      </p>
      <div class="actions">
        <button class="button" type="button" @click=${() => this.dispatchEvent(new WwStaffSignOutEvent(true))}>
          ${msg('Sign out everywhere', { id: 'staff.sign-out-everywhere' })}
        </button>
      </div>
    </section>`;
  }
}
