import type { Me } from './types.js';

/** Someone signed in to the desk (a password, a set-up link, a demo link): the session is live. */
export class WwStaffSignedInEvent extends CustomEvent<{ me: Me }> {
  constructor(me: Me) {
    super('ww-staff-signed-in', { detail: { me }, bubbles: true, composed: true });
  }
}

/**
 * A screen asks the shell to sign out (`everywhere`: every session of the
 * account), so that signing out is done in one place: the drafts cleared, the
 * sign-in shown.
 */
export class WwStaffSignOutEvent extends CustomEvent<{ everywhere: boolean }> {
  constructor(everywhere: boolean) {
    super('ww-staff-sign-out', { detail: { everywhere }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ww-staff-signed-in': WwStaffSignedInEvent;
    'ww-staff-sign-out': WwStaffSignOutEvent;
  }
}
