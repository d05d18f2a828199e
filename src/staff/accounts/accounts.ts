import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { DataController } from '../../core/data-controller.js';
import { renderCheckboxGroup, renderInput, listOf } from '../../core/forms/fields.js';
import { listFormat } from '../../core/intl.js';
import { msg, str } from '../../core/localize.js';
import { formatDateTime } from '../core/format.js';
import { roleName } from '../core/labels.js';
import { problemMessage } from '../core/problem-message.js';
import { WwStaffElement } from '../core/staff-element.js';
import { ROLES, type Account, type Role } from '../core/types.js';
import { createAccount, loadAccounts, newSetupLink, updateAccount } from './accounts.api.js';
import { renderSetupLink } from './parts/setup-link.js';

type Said = { kind: 'created' | 'link' | 'roles' | 'disabled' | 'enabled' | 'copied'; who: string };

/**
 * @tagname ww-staff-accounts
 * @summary Desk accounts, for administrators: create one (and hand over its set-up link), roles, disable.
 *
 * Nobody registers themselves: an administrator creates the account and
 * gives its one-time set-up link to the person, who chooses a password (or
 * signs in through the office's provider with the same email address).
 */
export class WwStaffAccounts extends WwStaffElement {
  static override get properties(): PropertyDeclarations {
    return {
      ...super.properties,
      draft: { state: true },
      errors: { state: true },
      link: { state: true },
      said: { state: true },
      failure: { state: true },
      busy: { state: true },
      editing: { state: true },
    };
  }

  private draft = { email: '', name: '', roles: 'desk' };
  private errors: Partial<Record<'email' | 'name' | 'roles', string>> = {};
  /** The set-up link to hand over, and whose. */
  private link: { url: string; who: string } | undefined;
  private said: Said | undefined;
  private failure: unknown;
  private busy = false;
  /** The account whose roles are being changed, and the roles chosen. */
  private editing: { id: string; roles: string } | undefined;

  private readonly accounts = new DataController<Account[], [number]>(this, {
    args: () => (this.api ? [0] : undefined),
    task: (_args, signal) => loadAccounts(this.api!, signal),
  });

  private async act(action: () => Promise<Said | undefined>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.failure = undefined;
    this.said = undefined;
    try {
      this.said = await action();
      await this.accounts.run();
    } catch (error) {
      this.failure = error;
    } finally {
      this.busy = false;
    }
  }

  private create(e: Event): void {
    e.preventDefault();
    const email = this.draft.email.trim();
    const name = this.draft.name.trim();
    const roles = listOf(this.draft.roles) as Role[];
    this.errors = {
      email: /^[^\s@]+@[^\s@]+$/.test(email)
        ? undefined
        : msg('Enter an email address such as name@example.org.', { id: 'staff.accounts.email-invalid' }),
      name: name ? undefined : msg('Enter the name colleagues will see.', { id: 'staff.accounts.name-missing' }),
      roles: roles.length ? undefined : msg('Choose at least one role.', { id: 'staff.accounts.roles-missing' }),
    };
    const first = (['email', 'name', 'roles'] as const).find((f) => this.errors[f]);
    if (first) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(first === 'roles' ? '#f-roles input' : `#f-${first}`)?.focus(),
      );
      return;
    }
    void this.act(async () => {
      const { account, setup_url } = await createAccount(this.api!, { email, display_name: name, roles });
      this.link = { url: setup_url, who: account.display_name };
      this.draft = { email: '', name: '', roles: 'desk' };
      return { kind: 'created', who: account.display_name };
    });
  }

  private saveRoles(account: Account): void {
    const roles = listOf(this.editing?.roles) as Role[];
    if (!roles.length) return;
    void this.act(async () => {
      await updateAccount(this.api!, account.id, { roles });
      this.editing = undefined;
      return { kind: 'roles', who: account.display_name };
    });
  }

  override render(): TemplateResult {
    return html`<div part="base" class="screen" lang=${this.locale} dir=${this.direction}>
      <h1>${msg('Accounts', { id: 'staff.nav.accounts' })}</h1>
      ${this.renderStatus(this.saidText())}
      ${
        this.failure
          ? html`<div class="notice notice--error" role="alert">
              <p class="notice__heading">${problemMessage(this.failure)}</p>
            </div>`
          : nothing
      }
      ${this.link ? renderSetupLink(this.link.url, this.link.who, () => (this.said = { kind: 'copied', who: '' })) : nothing}
      ${this.renderCreate()}
      ${this.accounts.status === 'error' ? this.renderFailure(this.accounts.error, () => void this.accounts.run()) : nothing}
      ${this.accounts.value ? this.renderList(this.accounts.value) : this.renderLoading()}
    </div>`;
  }

  private saidText(): string | undefined {
    const said = this.said;
    if (!said) return undefined;
    switch (said.kind) {
      case 'created':
        return msg(str`Account created for ${said.who}. Hand over the set-up link.`, { id: 'staff.accounts.created' });
      case 'link':
        return msg(str`New set-up link for ${said.who}.`, { id: 'staff.accounts.link-made' });
      case 'roles':
        return msg(str`Roles saved for ${said.who}.`, { id: 'staff.accounts.roles-saved' });
      case 'disabled':
        return msg(str`${said.who} can no longer sign in; their sessions ended.`, { id: 'staff.accounts.disabled' });
      case 'enabled':
        return msg(str`${said.who} can sign in again.`, { id: 'staff.accounts.enabled' });
      case 'copied':
        return msg('Copied.', { id: 'staff.copied' });
    }
  }

  private roleChoices() {
    return ROLES.map((role) => ({ value: role, label: roleName(role) }));
  }

  private renderCreate(): TemplateResult {
    return html`<section class="panel" aria-labelledby="create-title">
      <h2 id="create-title">${msg('New account', { id: 'staff.accounts.new' })}</h2>
      <form class="form" novalidate @submit=${this.create}>
        ${renderInput({
          name: 'email',
          type: 'email',
          autocomplete: 'off',
          label: msg('Email address', { id: 'staff.sign-in.email' }),
          value: this.draft.email,
          error: this.errors.email,
          onInput: (v) => (this.draft = { ...this.draft, email: v }),
        })}
        ${renderInput({
          name: 'name',
          autocomplete: 'off',
          label: msg('Name colleagues see', { id: 'staff.accounts.name' }),
          value: this.draft.name,
          error: this.errors.name,
          onInput: (v) => (this.draft = { ...this.draft, name: v }),
        })}
        ${renderCheckboxGroup({
          name: 'roles',
          label: msg('Roles', { id: 'staff.accounts.roles' }),
          value: this.draft.roles,
          error: this.errors.roles,
          choices: this.roleChoices(),
          onInput: (v) => (this.draft = { ...this.draft, roles: v }),
        })}
        <div class="actions">
          <button class="button button--primary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${msg('Create the account', { id: 'staff.accounts.create' })}
          </button>
        </div>
      </form>
    </section>`;
  }

  private renderList(accounts: Account[]): TemplateResult {
    const roles = (a: Account) => listFormat(this.locale).format(a.roles.map(roleName));
    return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="accounts-caption">
      <table>
        <caption id="accounts-caption">
          ${msg('Accounts', { id: 'staff.nav.accounts' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Name', { id: 'staff.field.name' })}</th>
            <th scope="col">${msg('Email', { id: 'staff.field.email' })}</th>
            <th scope="col">${msg('Roles', { id: 'staff.accounts.roles' })}</th>
            <th scope="col">${msg('Signs in with', { id: 'staff.accounts.signs-in' })}</th>
            <th scope="col">${msg('State', { id: 'staff.accounts.state' })}</th>
            <th scope="col">${msg('Actions', { id: 'staff.accounts.actions' })}</th>
          </tr>
        </thead>
        <tbody>
          ${accounts.map(
            (a) =>
              html`<tr>
                <th scope="row"><bdi>${a.display_name}</bdi></th>
                <td dir="ltr">${a.email}</td>
                <td>${this.editing?.id === a.id ? this.renderRolesForm(a) : roles(a)}</td>
                <td>
                  ${
                    [
                      a.oidc_linked ? msg('Office account', { id: 'staff.accounts.oidc' }) : '',
                      a.totp ? msg('Password and code', { id: 'staff.accounts.totp' }) : '',
                    ]
                      .filter(Boolean)
                      .join(', ') || msg('Password or set-up link', { id: 'staff.accounts.password' })
                  }
                </td>
                <td>${this.state(a)}</td>
                <td class="row-actions">${this.renderActions(a)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private state(a: Account): string {
    if (a.disabled_at)
      return msg(str`Disabled since ${formatDateTime(a.disabled_at, this.locale)}`, {
        id: 'staff.accounts.is-disabled',
      });
    if (a.locked_until && Date.parse(a.locked_until) > Date.now())
      return msg(str`Locked until ${formatDateTime(a.locked_until, this.locale)}`, { id: 'staff.accounts.locked' });
    return msg('Active', { id: 'staff.accounts.active' });
  }

  private renderRolesForm(a: Account): TemplateResult {
    return html`<form
      class="form"
      @submit=${(e: Event) => {
        e.preventDefault();
        this.saveRoles(a);
      }}
    >
      ${renderCheckboxGroup({
        name: 'edit-roles',
        label: msg(str`Roles of ${a.display_name}`, { id: 'staff.accounts.roles-of' }),
        value: this.editing?.roles ?? '',
        choices: this.roleChoices(),
        onInput: (v) => (this.editing = { id: a.id, roles: v }),
      })}
      <div class="actions">
        <button class="button button--primary" type="submit">
          ${msg('Save roles', { id: 'staff.accounts.save-roles' })}
        </button>
        <button class="button" type="button" @click=${() => (this.editing = undefined)}>
          ${msg('Cancel', { id: 'staff.cancel' })}
        </button>
      </div>
    </form>`;
  }

  private renderActions(a: Account): TemplateResult {
    const self = a.id === this.me?.id;
    return html`<div class="actions">
      <button
        class="button"
        type="button"
        @click=${() => (this.editing = { id: a.id, roles: a.roles.join(',') })}
        aria-label=${msg(str`Change roles: ${a.display_name}`, { id: 'staff.accounts.change-roles-of' })}
      >
        ${msg('Change roles', { id: 'staff.accounts.change-roles' })}
      </button>
      <button
        class="button"
        type="button"
        aria-label=${msg(str`New set-up link for ${a.display_name}`, { id: 'staff.accounts.new-link-of' })}
        @click=${() =>
          this.act(async () => {
            this.link = { url: await newSetupLink(this.api!, a.id), who: a.display_name };
            return { kind: 'link', who: a.display_name };
          })}
      >
        ${msg('New set-up link', { id: 'staff.accounts.new-link' })}
      </button>
      ${
        self
          ? nothing
          : html`<button
              class="button"
              type="button"
              aria-label=${
                a.disabled_at
                  ? msg(str`Enable ${a.display_name}`, { id: 'staff.accounts.enable-of' })
                  : msg(str`Disable ${a.display_name}`, { id: 'staff.accounts.disable-of' })
              }
              @click=${() =>
                this.act(async () => {
                  await updateAccount(this.api!, a.id, { disabled: !a.disabled_at });
                  return { kind: a.disabled_at ? 'enabled' : 'disabled', who: a.display_name };
                })}
            >
              ${a.disabled_at ? msg('Enable', { id: 'staff.accounts.enable' }) : msg('Disable', { id: 'staff.accounts.disable' })}
            </button>`
      }
    </div>`;
  }
}
