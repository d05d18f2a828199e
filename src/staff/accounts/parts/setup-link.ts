import { html, type TemplateResult } from 'lit';
import { msg, str } from '../../../core/localize.js';

/**
 * A set-up link to hand over, selected for copying, with a Copy button (the
 * clipboard where the browser allows it; the text stays selectable anyway).
 */
export function renderSetupLink(url: string, who: string, onCopied: () => void): TemplateResult {
  const copy = async (e: Event) => {
    const input = (e.currentTarget as HTMLElement).parentElement!.querySelector('input')!;
    input.select();
    try {
      await navigator.clipboard.writeText(url);
      onCopied();
    } catch {
      // No clipboard permission: the link is selected, ready for Ctrl+C.
    }
  };
  return html`<div class="panel setup-link" role="group" aria-labelledby="setup-link-label">
    <p id="setup-link-label">
      ${msg(str`Set-up link for ${who}. It works once, for 72 hours. Send it to them by a channel you trust.`, {
        id: 'staff.accounts.setup-link',
      })}
    </p>
    <div class="copy-field">
      <input
        class="input"
        readonly
        dir="ltr"
        aria-labelledby="setup-link-label"
        .value=${url}
        @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
      />
      <button class="button" type="button" @click=${copy}>${msg('Copy', { id: 'staff.copy' })}</button>
    </div>
  </div>`;
}
