/**
 * React components for the Welcome Widgets elements, made with @lit/react:
 * `import { Config, LanguagePicker } from 'welcome-widgets/react'`. Importing
 * this module registers every element.
 *
 * Props are the elements' properties, camelCase (`pageSize`, `locationId`,
 * `presetTopics` for the finder's `topics` attribute); each `ww-*` event is an
 * `onWw…` prop whose `event.detail` is typed. Events of the widgets an element
 * shows inside it (the calendar's sign-up form, the corner panel's calendar,
 * finder and form) bubble out of it, so its component offers their props too.
 *
 * Types and mapping only: behaviour lives in the elements.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { WwAppointmentBooking } from './components/appointment-booking/register.js';
import { WwClinicCalendar } from './components/clinic-calendar/register.js';
import { WwConfig } from './components/config/register.js';
import { WwCornerPanel } from './components/corner-panel/register.js';
import { WwEventRegistration } from './components/event-registration/register.js';
import { WwInquiryForm } from './components/inquiry-form/register.js';
import { WwInquiryStats } from './components/inquiry-stats/register.js';
import { WwInquiryStatus } from './components/inquiry-status/register.js';
import { WwLanguagePicker } from './components/language-picker/register.js';
import { WwScamCheck } from './components/scam-check/register.js';
import { WwServiceFinder } from './components/service-finder/register.js';
import type { BookDetail } from './events/book.js';
import type { EventSelectDetail } from './events/event-select.js';
import type { InquiryQueuedDetail } from './events/inquiry-queued.js';
import type { InquirySubmittedDetail } from './events/inquiry-submitted.js';
import type { LocaleChangeDetail } from './events/locale-change.js';
import type { LookupDetail } from './events/lookup.js';
import type { RegistrationCompleteDetail } from './events/registration-complete.js';
import type { ReportDetail } from './events/report.js';
import type { SearchDetail } from './events/search.js';
import type { ServiceSelectDetail } from './events/service-select.js';

export type {
  BookDetail,
  EventSelectDetail,
  InquiryQueuedDetail,
  InquirySubmittedDetail,
  LocaleChangeDetail,
  LookupDetail,
  RegistrationCompleteDetail,
  ReportDetail,
  SearchDetail,
  ServiceSelectDetail,
};

/** Each event's prop name, with the event type its handler receives. */
const events = {
  onWwLocaleChange: 'ww-locale-change' as EventName<CustomEvent<LocaleChangeDetail>>,
  onWwSearch: 'ww-search' as EventName<CustomEvent<SearchDetail>>,
  onWwServiceSelect: 'ww-service-select' as EventName<CustomEvent<ServiceSelectDetail>>,
  onWwReport: 'ww-report' as EventName<CustomEvent<ReportDetail>>,
  onWwEventSelect: 'ww-event-select' as EventName<CustomEvent<EventSelectDetail>>,
  onWwRegistrationComplete: 'ww-registration-complete' as EventName<CustomEvent<RegistrationCompleteDetail>>,
  onWwInquirySubmitted: 'ww-inquiry-submitted' as EventName<CustomEvent<InquirySubmittedDetail>>,
  onWwInquiryQueued: 'ww-inquiry-queued' as EventName<CustomEvent<InquiryQueuedDetail>>,
  onWwLookup: 'ww-lookup' as EventName<CustomEvent<LookupDetail>>,
  onWwBook: 'ww-book' as EventName<CustomEvent<BookDetail>>,
};

/** `<ww-config>`: one `endpoint` and default `lang` for the widgets inside it. */
export const Config = createComponent({
  react: React,
  tagName: 'ww-config',
  elementClass: WwConfig,
  displayName: 'Config',
});

/** `<ww-language-picker>`: the visitor's language for every widget; `onWwLocaleChange` on their choice. */
export const LanguagePicker = createComponent({
  react: React,
  tagName: 'ww-language-picker',
  elementClass: WwLanguagePicker,
  displayName: 'LanguagePicker',
  events: { onWwLocaleChange: events.onWwLocaleChange },
});

/** `<ww-service-finder>`: search the directory; `onWwSearch`, `onWwServiceSelect`, `onWwReport` (a problem reported). */
export const ServiceFinder = createComponent({
  react: React,
  tagName: 'ww-service-finder',
  elementClass: WwServiceFinder,
  displayName: 'ServiceFinder',
  events: {
    onWwSearch: events.onWwSearch,
    onWwServiceSelect: events.onWwServiceSelect,
    onWwReport: events.onWwReport,
  },
});

/** `<ww-clinic-calendar>`: events as a list or a month; `onWwEventSelect`, and `onWwRegistrationComplete` from its sign-up form. */
export const ClinicCalendar = createComponent({
  react: React,
  tagName: 'ww-clinic-calendar',
  elementClass: WwClinicCalendar,
  displayName: 'ClinicCalendar',
  events: { onWwEventSelect: events.onWwEventSelect, onWwRegistrationComplete: events.onWwRegistrationComplete },
});

/** `<ww-event-registration>`: the sign-up form for one event; `onWwRegistrationComplete`. */
export const EventRegistration = createComponent({
  react: React,
  tagName: 'ww-event-registration',
  elementClass: WwEventRegistration,
  displayName: 'EventRegistration',
  events: { onWwRegistrationComplete: events.onWwRegistrationComplete },
});

/** `<ww-inquiry-form>`: a question (or volunteer sign-up) to the office; `onWwInquirySubmitted`, `onWwInquiryQueued`. */
export const InquiryForm = createComponent({
  react: React,
  tagName: 'ww-inquiry-form',
  elementClass: WwInquiryForm,
  displayName: 'InquiryForm',
  events: { onWwInquirySubmitted: events.onWwInquirySubmitted, onWwInquiryQueued: events.onWwInquiryQueued },
});

/** `<ww-inquiry-stats>`: the public dashboard of the office's inquiries (no events). */
export const InquiryStats = createComponent({
  react: React,
  tagName: 'ww-inquiry-stats',
  elementClass: WwInquiryStats,
  displayName: 'InquiryStats',
});

/** `<ww-inquiry-status>`: where a visitor's inquiry stands, from its reference and one more fact; `onWwLookup`. */
export const InquiryStatus = createComponent({
  react: React,
  tagName: 'ww-inquiry-status',
  elementClass: WwInquiryStatus,
  displayName: 'InquiryStatus',
  events: { onWwLookup: events.onWwLookup },
});

/** `<ww-corner-panel>`: a library branch's corner; the events of the calendar, finder and form inside it. */
export const CornerPanel = createComponent({
  react: React,
  tagName: 'ww-corner-panel',
  elementClass: WwCornerPanel,
  displayName: 'CornerPanel',
  events: {
    onWwEventSelect: events.onWwEventSelect,
    onWwRegistrationComplete: events.onWwRegistrationComplete,
    onWwSearch: events.onWwSearch,
    onWwServiceSelect: events.onWwServiceSelect,
    onWwInquirySubmitted: events.onWwInquirySubmitted,
    onWwInquiryQueued: events.onWwInquiryQueued,
  },
});

/** `<ww-appointment-booking>`: book a one-to-one appointment at a place; `onWwBook`. */
export const AppointmentBooking = createComponent({
  react: React,
  tagName: 'ww-appointment-booking',
  elementClass: WwAppointmentBooking,
  displayName: 'AppointmentBooking',
  events: { onWwBook: events.onWwBook },
});

/** `<ww-scam-check>`: check a helper before paying, the warning signs of notario fraud, where to report (no events). */
export const ScamCheck = createComponent({
  react: React,
  tagName: 'ww-scam-check',
  elementClass: WwScamCheck,
  displayName: 'ScamCheck',
});
