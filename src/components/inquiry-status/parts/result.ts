import { html, nothing, type TemplateResult } from 'lit';
import { isolate } from '../../../core/bidi.js';
import { renderHeading } from '../../../core/heading.js';
import { dateTimeFormat } from '../../../core/intl.js';
import { msg, str } from '../../../core/localize.js';
import type { InquiryStatus, Stage } from '../inquiry-status.api.js';

/** `2026-03-04` → "March 4, 2026" / "4 de marzo de 2026", as the visitor's language writes a day. */
export function dayName(day: string, locale: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return dateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }).format(
    Date.UTC(y, m - 1, d),
  );
}

export function stageName(stage: Stage): string {
  return {
    received: msg('Received', { id: 'status.stage.received' }),
    'in-progress': msg('In progress', { id: 'status.stage.in-progress' }),
    referred: msg('Referred', { id: 'status.stage.referred' }),
    resolved: msg('Resolved', { id: 'status.stage.resolved' }),
  }[stage];
}

/** What the stage means for the visitor, in a sentence. */
function explanation(s: InquiryStatus): string {
  const to = s.referred_to;
  switch (s.status) {
    case 'received':
      return msg('The office has your inquiry and will take it up soon.', { id: 'status.explain.received' });
    case 'in-progress':
      return msg('Someone at the office is working on your inquiry.', { id: 'status.explain.in-progress' });
    case 'referred':
      return to
        ? msg(str`The office referred your inquiry to ${isolate(to.name)}.`, { id: 'status.explain.referred' })
        : msg('The office referred your inquiry to another organization.', { id: 'status.explain.referred-elsewhere' });
    case 'resolved':
      return msg('The office has finished working on your inquiry.', { id: 'status.explain.resolved' });
  }
}

/** The status found: the reference, the stage (in words), the day, what it means, and where it was referred. */
export function renderResult(s: InquiryStatus, locale: string, level: number): TemplateResult {
  const day = dayName(s.updated_on, locale);
  return html`<section part="status" class="found" aria-labelledby="found-heading">
    ${renderHeading(level, msg('Status of your inquiry', { id: 'status.found.heading' }), { id: 'found-heading' })}
    <dl class="facts">
      <div>
        <dt>${msg('Reference', { id: 'status.reference.label' })}</dt>
        <dd class="code">
          <span dir="ltr" aria-hidden="true">${s.reference}</span
          ><span class="visually-hidden">${[...s.reference].join(' ')}</span>
        </dd>
      </div>
      <div>
        <dt>${msg('Status', { id: 'status.found.stage' })}</dt>
        <dd class="stage stage--${s.status}">${stageName(s.status)}</dd>
      </div>
      <div>
        <dt>
          ${
            s.status === 'resolved'
              ? msg('Resolved on', { id: 'status.found.resolved-on' })
              : msg('Last update', { id: 'status.found.updated' })
          }
        </dt>
        <dd>${day}</dd>
      </div>
    </dl>
    <p>${explanation(s)}</p>
    ${
      s.referred_to && s.content.fallback
        ? html`<p class="note">
            ${msg('The name of the organization is not yet available in your language.', { id: 'status.fallback' })}
          </p>`
        : nothing
    }
  </section>`;
}
