import type { Me } from './types.js';

/** Someone signed in to the desk (a password, a set-up link, a demo link): the session is live. */
export class WwStaffSignedInEvent extends CustomEvent<{ me: Me }> {
  constructor(me: Me) {
    super('ww-staff-signed-in', { detail: { me }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ww-staff-signed-in': WwStaffSignedInEvent;
  }
}
