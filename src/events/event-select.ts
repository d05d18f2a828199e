export interface EventSelectDetail {
  /** The event's id. */
  eventId: string;
  /** The session opened: its local start (`2027-03-10T18:00`) in the event's zone. */
  occurrence: string;
}

/** The visitor opened an event in `<ww-clinic-calendar>`. */
export class WwEventSelectEvent extends CustomEvent<EventSelectDetail> {
  constructor(detail: EventSelectDetail) {
    super('ww-event-select', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ww-event-select': WwEventSelectEvent;
  }
}
