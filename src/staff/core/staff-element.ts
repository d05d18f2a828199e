import { html, nothing, type CSSResult, type PropertyDeclarations, type TemplateResult } from 'lit';
import { WwElement } from '../../core/base-element.js';
import { directionOf, type SupportedLocale } from '../../core/locales.js';
import { msg } from '../../core/localize.js';
import { renderNotice } from '../../core/notice.js';
import { buttonStyles } from '../../core/styles/button.js';
import { formStyles } from '../../core/styles/form.js';
import { noticeStyles } from '../../core/styles/notice.js';
import { catalogue as formsCatalogue } from '../../generated/locales/forms/index.js';
import { catalogue as staffCatalogue } from '../../generated/locales/staff/index.js';
import type { DeskApi } from './desk-api.js';
import { problemMessage } from './problem-message.js';
import { shownLocale } from './staff-locales.js';
import { deskStyles } from './desk.styles.js';
import type { Me, Role } from './types.js';

/**
 * What every desk screen shares: the desk's messages (and the form kit's),
 * the core's styles, the API client and the signed-in person, both given by
 * `<ww-staff-desk>`. A screen renders in Spanish or English; in any other UI
 * language it renders in English (the desk says so once, at the top).
 */
export class WwStaffElement extends WwElement {
  static override catalogues = [staffCatalogue, formsCatalogue];
  static override styles: CSSResult[] = [...WwElement.styles, buttonStyles, noticeStyles, formStyles, deskStyles];

  static override get properties(): PropertyDeclarations {
    return {
      api: { attribute: false },
      me: { attribute: false },
    };
  }

  /** The desk's API client (set by `<ww-staff-desk>`). */
  api?: DeskApi;
  /** The signed-in person (set by `<ww-staff-desk>`). */
  me?: Me;

  override get locale(): SupportedLocale {
    return shownLocale(super.locale);
  }

  override get direction(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  protected can(...roles: Role[]): boolean {
    return !!this.me?.roles.some((role) => roles.includes(role));
  }

  /** A failure as a notice with its words (and a way to try again). */
  protected renderFailure(error: unknown, retry?: () => void): TemplateResult {
    return renderNotice({
      tone: 'error',
      heading: problemMessage(error),
      action: retry && { label: msg('Try again', { id: 'action.retry' }), onClick: retry },
    });
  }

  /** While the first answer is on its way. */
  protected renderLoading(): TemplateResult {
    return html`<p class="loading" role="status">${msg('Loading…', { id: 'staff.loading' })}</p>`;
  }

  /** The words of a polite live region: kept in the DOM so that a change is spoken. */
  protected renderStatus(text: string | undefined): TemplateResult {
    return html`<p class="status" role="status" aria-live="polite">${text ?? nothing}</p>`;
  }
}
