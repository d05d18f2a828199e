/**
 * The npm entry: registers every element and exports the page-level API.
 * Import a single element's module (`welcome-widgets/language-picker.js`)
 * to load only that one.
 */
import './components/config/register.js';
import './components/language-picker/register.js';
import './components/service-finder/register.js';
import './components/clinic-calendar/register.js';
import './components/event-registration/register.js';
import './components/inquiry-form/register.js';
import './components/inquiry-stats/register.js';
import './components/inquiry-status/register.js';
import './components/corner-panel/register.js';
import './components/appointment-booking/register.js';

export { WwConfig } from './components/config/config.js';
export { WwLanguagePicker } from './components/language-picker/language-picker.js';
export { WwServiceFinder } from './components/service-finder/service-finder.js';
export { WwClinicCalendar } from './components/clinic-calendar/clinic-calendar.js';
export { WwEventRegistration } from './components/event-registration/event-registration.js';
export { WwInquiryForm } from './components/inquiry-form/inquiry-form.js';
export { WwInquiryStats } from './components/inquiry-stats/inquiry-stats.js';
export { WwInquiryStatus } from './components/inquiry-status/inquiry-status.js';
export { WwCornerPanel } from './components/corner-panel/corner-panel.js';
export { WwAppointmentBooking } from './components/appointment-booking/appointment-booking.js';
export { WwBookEvent, type BookDetail } from './events/book.js';
export { WwInquirySubmittedEvent } from './events/inquiry-submitted.js';
export { WwInquiryQueuedEvent } from './events/inquiry-queued.js';
export { WwLookupEvent, type LookupDetail } from './events/lookup.js';
export { WwSearchEvent } from './events/search.js';
export { WwServiceSelectEvent } from './events/service-select.js';
export { WwReportEvent, type ReportDetail, type ReportKind } from './events/report.js';
export { configure } from './core/config.js';
export { welcomeWidgets } from './core/public-api.js';
export { WwLocaleChangeEvent, type LocaleChangeDetail } from './events/locale-change.js';
export { allLocales, type SupportedLocale } from './core/locales.js';
export { VERSION } from './core/version.js';
