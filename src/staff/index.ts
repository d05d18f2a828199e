/**
 * The desk's entry (`welcome-widgets/staff`): registers every `ww-staff-*`
 * element. Never imported by the widgets' entries (src/index.ts, src/cdn.ts):
 * a visitor's page never loads staff code or staff messages.
 */
import { define } from '../core/define.js';
import { WwStaffAccount } from './account/account.js';
import { WwStaffAccounts } from './accounts/accounts.js';
import { WwStaffAppointmentSetup } from './appointment-setup/appointment-setup.js';
import { WwStaffAppointments } from './appointments/appointments.js';
import { WwStaffAudit } from './audit/audit.js';
import { WwStaffCallLog } from './call-log/call-log.js';
import { WwStaffDesk } from './desk/desk.js';
import { WwStaffDirectory } from './directory/directory.js';
import { WwStaffEvent } from './event/event.js';
import { WwStaffEvents } from './events/events.js';
import { WwStaffInquiry } from './inquiry/inquiry.js';
import { WwStaffOutbox } from './outbox/outbox.js';
import { WwStaffOutreach } from './outreach/outreach.js';
import { WwStaffQueue } from './queue/queue.js';
import { WwStaffReferrals } from './referrals/referrals.js';
import { WwStaffReview } from './review/review.js';
import { WwStaffRoster } from './roster/roster.js';
import { WwStaffSearchWords } from './search-words/search-words.js';
import { WwStaffService } from './service/service.js';
import { WwStaffReports } from './reports/reports.js';
import { WwStaffSignIn } from './sign-in/sign-in.js';
import { WwStaffTemplates } from './templates/templates.js';
import { WwStaffVerification } from './verification/verification.js';

define('ww-staff-desk', WwStaffDesk);
define('ww-staff-sign-in', WwStaffSignIn);
define('ww-staff-queue', WwStaffQueue);
define('ww-staff-inquiry', WwStaffInquiry);
define('ww-staff-call-log', WwStaffCallLog);
define('ww-staff-outreach', WwStaffOutreach);
define('ww-staff-referrals', WwStaffReferrals);
define('ww-staff-templates', WwStaffTemplates);
define('ww-staff-accounts', WwStaffAccounts);
define('ww-staff-account', WwStaffAccount);
define('ww-staff-audit', WwStaffAudit);
define('ww-staff-outbox', WwStaffOutbox);
define('ww-staff-events', WwStaffEvents);
define('ww-staff-event', WwStaffEvent);
define('ww-staff-roster', WwStaffRoster);
define('ww-staff-search-words', WwStaffSearchWords);
define('ww-staff-reports', WwStaffReports);
define('ww-staff-appointments', WwStaffAppointments);
define('ww-staff-appointment-setup', WwStaffAppointmentSetup);
define('ww-staff-directory', WwStaffDirectory);
define('ww-staff-service', WwStaffService);
define('ww-staff-review', WwStaffReview);
define('ww-staff-verification', WwStaffVerification);

export {
  WwStaffAccount,
  WwStaffAccounts,
  WwStaffAppointmentSetup,
  WwStaffAppointments,
  WwStaffAudit,
  WwStaffCallLog,
  WwStaffDesk,
  WwStaffDirectory,
  WwStaffEvent,
  WwStaffReports,
  WwStaffEvents,
  WwStaffInquiry,
  WwStaffOutbox,
  WwStaffOutreach,
  WwStaffQueue,
  WwStaffReferrals,
  WwStaffReview,
  WwStaffRoster,
  WwStaffSearchWords,
  WwStaffService,
  WwStaffSignIn,
  WwStaffTemplates,
  WwStaffVerification,
};
export { DeskApi, DeskError, SignedOutError, StaleError } from './core/desk-api.js';
export { WwStaffSignedInEvent, WwStaffSignOutEvent } from './core/events.js';
export type * from './core/types.js';

declare global {
  interface HTMLElementTagNameMap {
    'ww-staff-desk': WwStaffDesk;
    'ww-staff-sign-in': WwStaffSignIn;
    'ww-staff-queue': WwStaffQueue;
    'ww-staff-inquiry': WwStaffInquiry;
    'ww-staff-call-log': WwStaffCallLog;
    'ww-staff-outreach': WwStaffOutreach;
    'ww-staff-referrals': WwStaffReferrals;
    'ww-staff-templates': WwStaffTemplates;
    'ww-staff-accounts': WwStaffAccounts;
    'ww-staff-account': WwStaffAccount;
    'ww-staff-audit': WwStaffAudit;
    'ww-staff-outbox': WwStaffOutbox;
    'ww-staff-events': WwStaffEvents;
    'ww-staff-event': WwStaffEvent;
    'ww-staff-roster': WwStaffRoster;
    'ww-staff-search-words': WwStaffSearchWords;
    'ww-staff-reports': WwStaffReports;
    'ww-staff-appointments': WwStaffAppointments;
    'ww-staff-appointment-setup': WwStaffAppointmentSetup;
    'ww-staff-directory': WwStaffDirectory;
    'ww-staff-service': WwStaffService;
    'ww-staff-review': WwStaffReview;
    'ww-staff-verification': WwStaffVerification;
  }
}
