import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { loadLocale, renderInLocale } from '../../core/locale.js';
import { directionOf, matchLocale, sourceLocale, type SupportedLocale } from '../../core/locales.js';
import { msg } from '../../core/localize.js';
import { renderNotice } from '../../core/notice.js';
import { renderSkipLink, skipLinkStyles } from '../../core/skip-link.js';
import { DeskApi, SignedOutError } from '../core/desk-api.js';
import { clearAllDeskDrafts } from '../core/drafts.js';
import type { WwStaffSignedInEvent, WwStaffSignOutEvent } from '../core/events.js';
import { mayOpen, parseRoute, routeHash, signInFragment, type Route, type Screen } from '../core/routes.js';
import { WwStaffElement } from '../core/staff-element.js';
import { isStaffLocale, shownLocale, wantedLocale } from '../core/staff-locales.js';
import type { Me } from '../core/types.js';
import type { SignInFragment } from '../sign-in/sign-in.js';
import { loadMe, signOut, signOutEverywhere } from './desk.api.js';
import { deskShellStyles } from './desk.styles.js';
import { homeScreen, renderNav, screenName } from './parts/nav.js';
import { renderScreen } from './parts/screens.js';
import { renderUntranslated } from './parts/untranslated.js';

type Phase = 'loading' | 'signed-out' | 'signed-in' | 'error';

/**
 * @tagname ww-staff-desk
 * @summary The office's desk: sign-in, then the queue, the call log, outreach and the admin screens.
 *
 * The shell of the desk app (`/staff/` on the reference server): it asks the
 * server who is signed in, shows the sign-in or the screen the address names
 * (`#queue`, `#inquiry/<id>`, `#log-call`, `#outreach`, `#outbox`, `#events`,
 * `#event/<id>`, `#referrals`, `#templates`, `#search-words`, `#reports`, `#accounts`, `#audit`, `#account`), a menu of the
 * screens the person's roles allow, their name with a link to their account
 * (where they also sign out everywhere), and signing out. When the
 * session ends while someone works, the sign-in opens over the screen, which
 * stays as it was, and what they typed is kept.
 *
 * The desk is shown in the person's language (their account's, else the
 * browser's) when it is written in it (English, Spanish), else in English,
 * saying so.
 */
export class WwStaffDesk extends WwStaffElement {
  static override styles = [...WwStaffElement.styles, skipLinkStyles, deskShellStyles];

  static override get properties(): PropertyDeclarations {
    return {
      ...super.properties,
      ownPage: { type: Boolean, attribute: 'own-page' },
      endpoint: {},
      phase: { state: true },
      route: { state: true },
      expired: { state: true },
      shown: { state: true },
      notice: { state: true },
      failure: { state: true },
    };
  }

  /** The desk is the whole page: it sets `<html lang dir>` and the document's title. */
  ownPage = false;
  /** Where the server is, when not on this page's origin (a path such as `/`, or an origin). */
  endpoint?: string;

  private phase: Phase = 'loading';
  private route: Route = parseRoute('', 'queue');
  private fragment: SignInFragment | undefined;
  private expired = false;
  private shown: SupportedLocale = sourceLocale;
  private wanted: SupportedLocale = sourceLocale;
  /** Said once after signing out. */
  private notice: 'signed-out' | 'signed-out-everywhere' | undefined;
  private failure: unknown;
  /** Changes when another account signs in over an ended session: its screens start afresh. */
  private generation = 0;
  private routeChanged = false;

  private readonly onHashChange = () => this.readAddress(true);

  override connectedCallback(): void {
    super.connectedCallback();
    this.api ??= new DeskApi({
      base: this.endpoint ?? '/',
      locale: () => this.shown,
      onSignedOut: (error) => this.sessionEnded(error),
    });
    window.addEventListener('hashchange', this.onHashChange);
    this.readAddress(false);
    this.applyLanguage();
    if (this.fragment?.kind === 'setup' || this.fragment?.kind === 'demo') this.phase = 'signed-out';
    else void this.whoIsSignedIn();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  override get locale(): SupportedLocale {
    return this.shown;
  }

  /** The route, or a sign-in fragment (read once, then taken out of the address and the history). */
  private readAddress(navigated: boolean): void {
    const fragment = signInFragment(location.hash);
    if (fragment) {
      this.fragment = fragment;
      history.replaceState(history.state, '', `${location.pathname}${location.search}`);
      if (fragment.kind !== 'sign-in-error') this.phase = 'signed-out';
      this.requestUpdate();
      return;
    }
    this.route = parseRoute(location.hash, (this.me && homeScreen(this.me.roles)) ?? 'queue');
    this.routeChanged = navigated;
  }

  private async whoIsSignedIn(): Promise<void> {
    this.phase = 'loading';
    try {
      this.signedIn(await loadMe(this.api!));
    } catch (error) {
      if (error instanceof SignedOutError) {
        this.phase = 'signed-out';
      } else {
        this.failure = error;
        this.phase = 'error';
      }
    }
  }

  private signedIn(me: Me): void {
    if (this.me && this.me.id !== me.id) this.generation++;
    this.me = me;
    this.api!.csrfToken = me.csrf_token;
    this.phase = 'signed-in';
    this.expired = false;
    this.notice = undefined;
    this.fragment = undefined;
    this.route = parseRoute(location.hash, homeScreen(me.roles) ?? 'queue');
    this.routeChanged = true;
    this.applyLanguage();
  }

  private onSignedIn(e: WwStaffSignedInEvent): void {
    this.signedIn(e.detail.me);
  }

  /** A screen asked to sign out ("My account": everywhere). */
  private onSignOutAsked(e: WwStaffSignOutEvent): void {
    e.stopPropagation();
    void this.signOut(e.detail.everywhere);
  }

  /** A call found the session gone: the sign-in opens over the screen (or in its place before any screen). */
  private sessionEnded(_error: SignedOutError): void {
    if (this.phase === 'signed-in') this.expired = true;
    else this.phase = 'signed-out';
  }

  private async signOut(everywhere: boolean): Promise<void> {
    try {
      await (everywhere ? signOutEverywhere(this.api!) : signOut(this.api!));
    } catch (error) {
      if (!(error instanceof SignedOutError)) {
        this.failure = error;
        this.notice = undefined;
        return;
      }
    }
    clearAllDeskDrafts();
    this.me = undefined;
    this.api!.csrfToken = null;
    this.failure = undefined;
    this.notice = everywhere ? 'signed-out-everywhere' : 'signed-out';
    this.phase = 'signed-out';
  }

  /** The person's language if the desk is written in it, else English; the page follows when it is the desk's. */
  private applyLanguage(): void {
    const pinned = matchLocale(this.getAttribute('lang'));
    const wanted = pinned ?? wantedLocale(this.me?.locale);
    const shown = shownLocale(wanted);
    this.wanted = wanted;
    const catalogues = (this.constructor as typeof WwStaffElement).catalogues;
    void loadLocale(shown, catalogues).then(
      () => {
        this.shown = shown;
        if (this.ownPage) {
          document.documentElement.lang = shown;
          document.documentElement.dir = directionOf(shown);
        }
      },
      () => console.warn(`[welcome-widgets] could not load the desk's "${shown}" messages.`),
    );
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.ownPage) document.title = renderInLocale(this.locale, () => this.title_());
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && this.expired && !dialog.open) dialog.showModal();
    if (this.routeChanged && this.phase === 'signed-in') {
      this.routeChanged = false;
      void this.focusScreen();
    }
  }

  /** After a move to another screen, focus goes to its heading, so a screen reader says where it is. */
  private async focusScreen(): Promise<void> {
    const screen = this.renderRoot.querySelector('main > *') as WwStaffElement | null;
    await screen?.updateComplete;
    const heading = (screen?.shadowRoot ?? this.renderRoot).querySelector<HTMLElement>('h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }

  private title_(): string {
    const desk = msg('Desk', { id: 'staff.title' });
    const screen = this.route.screen;
    return this.phase === 'signed-in' && screen !== 'unknown' ? `${screenName(screen)} – ${desk}` : desk;
  }

  override render(): TemplateResult {
    return html`<div part="base" class="desk" lang=${this.locale} dir=${this.direction}>
      ${renderSkipLink(msg('Skip to main content', { id: 'staff.skip' }), '#main')}
      <header class="bar">
        <p class="brand">${msg('Welcome Widgets desk', { id: 'staff.brand' })}</p>
        ${this.phase === 'signed-in' && this.me ? this.renderPerson(this.me) : nothing}
      </header>
      ${isStaffLocale(this.wanted) ? nothing : renderUntranslated(this.wanted)}
      <div class="layout">
        ${this.phase === 'signed-in' && this.me ? renderNav(this.me.roles, this.route.screen) : nothing}
        <main id="main" tabindex="-1" @ww-staff-sign-out=${this.onSignOutAsked}>${this.renderMain()}</main>
      </div>
      ${this.expired ? this.renderExpired() : nothing}
    </div>`;
  }

  /** The name, "My account" (two-step sign-in, signing out everywhere) and "Sign out". */
  private renderPerson(me: Me): TemplateResult {
    const here = this.route.screen === 'account';
    return html`<div class="person">
      <p>
        ${msg('Signed in as', { id: 'staff.signed-in-as' })} <strong><bdi>${me.display_name}</bdi></strong>
      </p>
      <a class="account-link" href=${routeHash('account')} aria-current=${here ? 'page' : 'false'}>
        ${msg('My account', { id: 'staff.nav.account' })}
      </a>
      ${
        me.via === 'session'
          ? html`<button class="button" type="button" @click=${() => this.signOut(false)}>
              ${msg('Sign out', { id: 'staff.sign-out' })}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderMain(): TemplateResult {
    switch (this.phase) {
      case 'loading':
        return this.renderLoading();
      case 'error':
        return this.renderFailure(this.failure, () => void this.whoIsSignedIn());
      case 'signed-out':
        return html`${
            this.notice === 'signed-out-everywhere'
              ? html`<p class="notice" role="status">
                  ${msg('You are signed out on every device.', { id: 'staff.signed-out-everywhere' })}
                </p>`
              : nothing
          }
          <ww-staff-sign-in
            lang=${this.locale}
            .api=${this.api}
            .fragment=${this.fragment}
            reason=${ifDefined(this.notice ? 'signed-out' : undefined)}
            @ww-staff-signed-in=${this.onSignedIn}
          ></ww-staff-sign-in>`;
      case 'signed-in':
        return html`${this.failure ? this.renderFailure(this.failure) : nothing}
        ${keyed(this.generation, this.renderRoute(this.me!))}`;
    }
  }

  private renderRoute(me: Me): TemplateResult {
    const { screen } = this.route;
    if (screen === 'unknown') {
      return html`<h1>${msg('There is no such page on the desk', { id: 'staff.unknown-page' })}</h1>
        ${this.renderHomeLink(me)}`;
    }
    if (!mayOpen(screen, me.roles)) return this.renderNotAllowed(screen, me);
    return renderScreen(this.route as Route & { screen: Screen }, { api: this.api!, me, locale: this.locale });
  }

  private renderNotAllowed(screen: Screen, me: Me): TemplateResult {
    return html`<h1>${screenName(screen)}</h1>
      ${renderNotice({
        tone: 'error',
        heading: msg('Your role does not allow this page.', { id: 'staff.not-allowed' }),
        detail: msg('Ask an administrator if your work needs it.', { id: 'staff.not-allowed-detail' }),
      })}
      ${this.renderHomeLink(me)}`;
  }

  private renderHomeLink(me: Me): TemplateResult | typeof nothing {
    const home = homeScreen(me.roles);
    return home
      ? html`<p><a href=${routeHash(home)}>${msg('Go to the first page of the desk', { id: 'staff.go-home' })}</a></p>`
      : html`<p>${msg('Your account has no role on the desk yet. Ask an administrator.', { id: 'staff.no-role' })}</p>`;
  }

  private renderExpired(): TemplateResult {
    return html`<dialog
      class="expired"
      aria-label=${msg('Sign in again', { id: 'staff.sign-in-again' })}
      @cancel=${(e: Event) => e.preventDefault()}
    >
      <ww-staff-sign-in
        lang=${this.locale}
        heading-level="2"
        reason="expired"
        .api=${this.api}
        @ww-staff-signed-in=${this.onSignedIn}
      ></ww-staff-sign-in>
    </dialog>`;
  }
}
