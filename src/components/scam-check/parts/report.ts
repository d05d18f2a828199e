import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../../core/localize.js';
import { renderPhoneLink } from '../../../core/phone.js';
import { webHref } from '../../../core/web-href.js';

/** Where to report a scam, as the office configures it (the element's attributes). */
export interface ReportLines {
  hotline: string;
  reportPhone: string;
  reportName: string;
  reportUrl: string;
}

/**
 * The office's hotline and the state's consumer protection line, each a `tel:` link; the state's office by the name
 * the office gives it (isolated: it may be in English inside Arabic text), with its online form when there is one.
 */
export function renderReport(lines: ReportLines): TemplateResult {
  const url = webHref(lines.reportUrl);
  const state = lines.reportPhone.trim() || url;
  return html`<p>
      ${msg('If a helper did any of these things, you can report it, even if you have already paid.', {
        id: 'scam.report.intro',
      })}
    </p>
    ${
      lines.hotline.trim() || state
        ? html`<ul part="report" class="report">
            ${
              lines.hotline.trim()
                ? html`<li>
                    ${msg('Our office’s hotline:', { id: 'scam.report.hotline' })} ${renderPhoneLink(lines.hotline)}
                  </li>`
                : nothing
            }
            ${
              state
                ? html`<li>
                    ${
                      lines.reportName.trim()
                        ? html`<bdi>${lines.reportName.trim()}</bdi>:`
                        : msg('Consumer protection in your state:', { id: 'scam.report.state' })
                    }
                    ${lines.reportPhone.trim() ? renderPhoneLink(lines.reportPhone) : nothing}
                    ${lines.reportPhone.trim() && url ? ' · ' : nothing}
                    ${
                      url
                        ? html`<a href=${url} target="_blank" rel="noopener noreferrer"
                            >${msg('Report online', { id: 'scam.report.online' })}</a
                          >`
                        : nothing
                    }
                  </li>`
                : nothing
            }
          </ul>`
        : html`<p>
            ${msg('Call the consumer protection office of your state’s attorney general.', {
              id: 'scam.report.fallback',
            })}
          </p>`
    }`;
}
