/** What the page learns about a sign-up: never the person's name or contact. */
export interface RegistrationCompleteDetail {
  eventId: string;
  /** Local start of the session (`YYYY-MM-DDTHH:MM`), or null for a whole series. */
  occurrence: string | null;
  scope: 'session' | 'series';
  status: 'confirmed' | 'waitlisted';
  waitlistPosition: number | null;
  registrationId: string;
}

/** A visitor signed up in `<ww-event-registration>` (confirmed or on the waiting list). */
export class WwRegistrationCompleteEvent extends CustomEvent<RegistrationCompleteDetail> {
  constructor(detail: RegistrationCompleteDetail) {
    super('ww-registration-complete', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ww-registration-complete': WwRegistrationCompleteEvent;
  }
}
