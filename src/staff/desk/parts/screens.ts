import { html, type TemplateResult } from 'lit';
import type { DeskApi } from '../../core/desk-api.js';
import type { Route, Screen } from '../../core/routes.js';
import type { Me } from '../../core/types.js';

export interface ScreenContext {
  api: DeskApi;
  me: Me;
  locale: string;
}

/** The element of a screen, given the API client, the person, the desk's language and the route's state. */
export function renderScreen(route: Route & { screen: Screen }, { api, me, locale }: ScreenContext): TemplateResult {
  switch (route.screen) {
    case 'queue':
      return html`<ww-staff-queue lang=${locale} .api=${api} .me=${me} .params=${route.params}></ww-staff-queue>`;
    case 'inquiry':
      return html`<ww-staff-inquiry
        lang=${locale}
        .api=${api}
        .me=${me}
        inquiry-id=${route.id ?? ''}
      ></ww-staff-inquiry>`;
    case 'log-call':
      return html`<ww-staff-call-log lang=${locale} .api=${api} .me=${me}></ww-staff-call-log>`;
    case 'outreach':
      return html`<ww-staff-outreach lang=${locale} .api=${api} .me=${me}></ww-staff-outreach>`;
    case 'outbox':
      return html`<ww-staff-outbox lang=${locale} .api=${api} .me=${me}></ww-staff-outbox>`;
    case 'referrals':
      return html`<ww-staff-referrals lang=${locale} .api=${api} .me=${me}></ww-staff-referrals>`;
    case 'templates':
      return html`<ww-staff-templates
        lang=${locale}
        .api=${api}
        .me=${me}
        .params=${route.params}
      ></ww-staff-templates>`;
    case 'search-words':
      return html`<ww-staff-search-words
        lang=${locale}
        .api=${api}
        .me=${me}
        .params=${route.params}
      ></ww-staff-search-words>`;
    case 'reports':
      return html`<ww-staff-reports lang=${locale} .api=${api} .me=${me} .params=${route.params}></ww-staff-reports>`;
    case 'account':
      return html`<ww-staff-account lang=${locale} .api=${api} .me=${me}></ww-staff-account>`;
    case 'accounts':
      return html`<ww-staff-accounts lang=${locale} .api=${api} .me=${me}></ww-staff-accounts>`;
    case 'audit':
      return html`<ww-staff-audit lang=${locale} .api=${api} .me=${me} .params=${route.params}></ww-staff-audit>`;
    case 'events':
      return html`<ww-staff-events lang=${locale} .api=${api} .me=${me} .params=${route.params}></ww-staff-events>`;
    case 'event':
      return html`<ww-staff-event lang=${locale} .api=${api} .me=${me} event-id=${route.id ?? ''}></ww-staff-event>`;
    case 'roster':
      return html`<ww-staff-roster
        lang=${locale}
        .api=${api}
        .me=${me}
        event-id=${route.id ?? ''}
        .params=${route.params}
      ></ww-staff-roster>`;
    case 'appointments':
      return html`<ww-staff-appointments
        lang=${locale}
        .api=${api}
        .me=${me}
        .params=${route.params}
      ></ww-staff-appointments>`;
    case 'directory':
      return html`<ww-staff-directory
        lang=${locale}
        .api=${api}
        .me=${me}
        .params=${route.params}
      ></ww-staff-directory>`;
    case 'service':
      return html`<ww-staff-service
        lang=${locale}
        .api=${api}
        .me=${me}
        service-id=${route.id ?? ''}
        .params=${route.params}
      ></ww-staff-service>`;
    case 'review':
      return html`<ww-staff-review lang=${locale} .api=${api} .me=${me} .params=${route.params}></ww-staff-review>`;
    case 'appointment-setup':
      return html`<ww-staff-appointment-setup
        lang=${locale}
        .api=${api}
        .me=${me}
        .params=${route.params}
      ></ww-staff-appointment-setup>`;
    case 'verification':
      return html`<ww-staff-verification
        lang=${locale}
        .api=${api}
        .me=${me}
        .params=${route.params}
      ></ww-staff-verification>`;
  }
}
