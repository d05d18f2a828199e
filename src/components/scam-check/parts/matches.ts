import { html, nothing, type TemplateResult } from 'lit';
import { formatAddress } from '../../../core/address.js';
import { renderHeading } from '../../../core/heading.js';
import { formatDate } from '../../../core/intl.js';
import { msg, str } from '../../../core/localize.js';
import { renderPhoneLink } from '../../../core/phone.js';
import type { Badge, Provider } from '../scam-check.api.js';

/**
 * "checked <date>", or "not re-verified since <date>" when the listing is past its re-verification date:
 * the badge is still shown (it was true on that date), with its age said plainly.
 */
function renderBadge(badge: Badge, locale: string): TemplateResult {
  const date = badge.verified ? formatDate(badge.verified, locale) : '';
  return html`<li class="badge ${badge.overdue ? 'badge--overdue' : ''}">
    <bdi>${badge.name}</bdi>${
      date
        ? html` ·
            <span class="badge__date"
              >${
                badge.overdue
                  ? msg(str`not re-verified since ${date}`, { id: 'scam.badge-overdue' })
                  : msg(str`checked ${date}`, { id: 'scam.badge-checked' })
              }</span
            >`
        : nothing
    }
  </li>`;
}

/** One accredited provider: its name as a heading at `level`, organization, badges with dates, place and phone. */
function renderProvider(provider: Provider, locale: string, level: number): TemplateResult {
  const place = provider.locations.find((l) => l.address)?.address;
  const phone = provider.phones[0]?.number;
  return html`<li part="match" class="match">
    ${renderHeading(level, provider.name, { dir: 'auto', lang: provider.content.locale || undefined })}
    <p class="org" dir="auto">${provider.organization.name}</p>
    <ul class="badges" aria-label=${msg('Accreditation', { id: 'scam.accreditation' })}>
      ${provider.badges.map((badge) => renderBadge(badge, locale))}
    </ul>
    ${place ? html`<p><bdi>${formatAddress(place)}</bdi></p>` : nothing}
    ${phone ? html`<p>${renderPhoneLink(phone)}</p>` : nothing}
  </li>`;
}

/** The providers found, below the live region that announced their count. */
export const renderMatches = (providers: Provider[], locale: string, level: number): TemplateResult =>
  html`<ul part="matches" class="matches">
    ${providers.map((provider) => renderProvider(provider, locale, level))}
  </ul>`;
