/** The kinds of problem a visitor can report on a listing. */
export type ReportKind = 'wrong-phone' | 'moved' | 'closed' | 'wrong-hours' | 'not-free' | 'unsafe-or-scam' | 'other';

export interface ReportDetail {
  /** The service reported on. */
  id: string;
  kind: ReportKind;
}

/** The office received a visitor's report of a problem with a listing in `<ww-service-finder>` (never the note). */
export class WwReportEvent extends CustomEvent<ReportDetail> {
  constructor(detail: ReportDetail) {
    super('ww-report', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ww-report': WwReportEvent;
  }
}
