/**
 * The sign-up form's code loads when a visitor first opens an event that takes
 * sign-ups (or follows a cancel link), not with the calendar: most visitors only browse.
 */
export function loadRegistration(): void {
  if (customElements.get('ww-event-registration')) return;
  import('../../event-registration/register.js').catch((error: unknown) => {
    console.error('[welcome-widgets] could not load <ww-event-registration>.', error);
  });
}
