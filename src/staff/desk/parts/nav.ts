import { html, type TemplateResult } from 'lit';
import { msg } from '../../../core/localize.js';
import { mayOpen, routeHash, type Screen } from '../../core/routes.js';
import type { Role } from '../../core/types.js';

/**
 * The screens in the menu, in order (an inquiry opens from the queue, an event and its roster from the
 * events; "My account" from the person's name).
 */
const MENU: Exclude<Screen, 'inquiry' | 'account' | 'event' | 'roster' | 'service'>[] = [
  'queue',
  'log-call',
  'outreach',
  'outbox',
  'events',
  'appointments',
  'appointment-setup',
  'referrals',
  'templates',
  'search-words',
  'directory',
  'review',
  'reports',
  'verification',
  'accounts',
  'audit',
];

export function screenName(screen: Screen): string {
  switch (screen) {
    case 'queue':
      return msg('Queue', { id: 'staff.nav.queue' });
    case 'inquiry':
      return msg('Inquiry', { id: 'staff.nav.inquiry' });
    case 'log-call':
      return msg('Log a call', { id: 'staff.nav.log-call' });
    case 'outreach':
      return msg('Outreach', { id: 'staff.nav.outreach' });
    case 'outbox':
      return msg('Outbox', { id: 'staff.nav.outbox' });
    case 'referrals':
      return msg('Referral destinations', { id: 'staff.nav.referrals' });
    case 'templates':
      return msg('Reply templates', { id: 'staff.nav.templates' });
    case 'search-words':
      return msg('Everyday words', { id: 'staff.nav.search-words' });
    case 'accounts':
      return msg('Accounts', { id: 'staff.nav.accounts' });
    case 'audit':
      return msg('Audit log', { id: 'staff.nav.audit' });
    case 'account':
      return msg('My account', { id: 'staff.nav.account' });
    case 'events':
      return msg('Events', { id: 'staff.nav.events' });
    case 'event':
      return msg('Event', { id: 'staff.nav.event' });
    case 'roster':
      return msg('Roster and check-in', { id: 'staff.nav.roster' });
    case 'appointments':
      return msg('Appointments', { id: 'staff.nav.appointments' });
    case 'appointment-setup':
      return msg('Appointment setup', { id: 'staff.nav.appointment-setup' });
    case 'directory':
      return msg('Directory', { id: 'staff.nav.directory' });
    case 'service':
      return msg('Service', { id: 'staff.nav.service' });
    case 'review':
      return msg('Translation review', { id: 'staff.nav.review' });
    case 'reports':
      return msg('Reported problems', { id: 'staff.nav.reports' });
    case 'verification':
      return msg('Re-verification', { id: 'staff.nav.verification' });
  }
}

/** The desk's menu: only the screens the person's roles may open; the current one marked. */
export function renderNav(roles: readonly Role[], current: Screen | 'unknown'): TemplateResult {
  const here =
    current === 'inquiry' ? 'queue' : current === 'event' ? 'events' : current === 'service' ? 'directory' : current;
  return html`<nav class="nav" aria-label=${msg('Desk', { id: 'staff.nav.label' })}>
    <ul>
      ${MENU.filter((screen) => mayOpen(screen, roles)).map(
        (screen) =>
          html`<li>
            <a href=${routeHash(screen)} aria-current=${here === screen ? 'page' : 'false'}>${screenName(screen)}</a>
          </li>`,
      )}
    </ul>
  </nav>`;
}

/** The first screen a person may open, for an empty address. */
export const homeScreen = (roles: readonly Role[]): Screen | undefined => MENU.find((screen) => mayOpen(screen, roles));
