/** What the page learns about a booking: never the person's name or contact. */
export interface BookDetail {
  appointmentId: string;
  typeId: string;
  /** The appointment's start (ISO 8601, UTC) and the place's wall clock (`2027-03-14T10:00`). */
  start: string;
  localStart: string;
  /** The interpreter's language asked for (`ase` for ASL), or null. */
  interpreter: string | null;
  /** Booked by a community organization for a client. */
  onBehalf: boolean;
}

/** A visitor booked an appointment in `<ww-appointment-booking>`. */
export class WwBookEvent extends CustomEvent<BookDetail> {
  constructor(detail: BookDetail) {
    super('ww-book', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ww-book': WwBookEvent;
  }
}
