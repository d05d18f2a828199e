/** Where an inquiry stands, as `<ww-inquiry-status>` showed it: never the reference, the check or anything personal. */
export interface LookupDetail {
  status: 'received' | 'in-progress' | 'referred' | 'resolved';
}

/** A visitor looked up their inquiry in `<ww-inquiry-status>` and its status is shown. */
export class WwLookupEvent extends CustomEvent<LookupDetail> {
  constructor(detail: LookupDetail) {
    super('ww-lookup', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ww-lookup': WwLookupEvent;
  }
}
