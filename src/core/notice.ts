import { html, nothing, type TemplateResult } from 'lit';

export interface NoticeOptions {
  tone: 'info' | 'error';
  heading: string;
  detail?: string;
  action?: { label: string; onClick: () => void } | undefined;
}

/**
 * A message in place of a widget's content (not configured, failed, empty),
 * always with words a visitor can act on. Errors are announced as they appear.
 */
export function renderNotice({ tone, heading, detail, action }: NoticeOptions): TemplateResult {
  return html`<div part="notice" class="notice notice--${tone}" role=${tone === 'error' ? 'alert' : 'status'}>
    <p class="notice__heading">${heading}</p>
    ${detail ? html`<p class="notice__detail">${detail}</p>` : nothing}
    ${
      action
        ? html`<button
            part="notice-action"
            class="button button--primary notice__action"
            type="button"
            @click=${action.onClick}
          >
            ${action.label}
          </button>`
        : nothing
    }
  </div>`;
}
