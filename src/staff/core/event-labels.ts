import { msg } from '../../core/localize.js';

/** The words for an event's codes on the desk; call them while rendering. */
export function eventTypeName(type: string): string {
  switch (type) {
    case 'legal-clinic':
      return msg('Legal clinic', { id: 'staff.event.type.legal-clinic' });
    case 'citizenship':
      return msg('Citizenship help', { id: 'staff.event.type.citizenship' });
    case 'english-class':
      return msg('English class', { id: 'staff.event.type.english-class' });
    case 'know-your-rights':
      return msg('Know your rights', { id: 'staff.event.type.know-your-rights' });
    case 'id-enrollment':
      return msg('Municipal ID sign-up', { id: 'staff.event.type.id-enrollment' });
    case 'workshop':
      return msg('Workshop', { id: 'staff.event.type.workshop' });
    case 'other':
      return msg('Other event', { id: 'staff.event.type.other' });
    default:
      return type;
  }
}

export function eventStatusName(status: string): string {
  switch (status) {
    case 'scheduled':
      return msg('Scheduled', { id: 'staff.event.status.scheduled' });
    case 'cancelled':
      return msg('Cancelled', { id: 'staff.event.status.cancelled' });
    case 'moved':
      return msg('Moved', { id: 'staff.event.status.moved' });
    default:
      return status;
  }
}

export function registrationModeName(mode: string): string {
  switch (mode) {
    case 'none':
      return msg('No sign-up: people just come', { id: 'staff.event.mode.none' });
    case 'session':
    case 'per-session':
      return msg('Sign up for each session', { id: 'staff.event.mode.session' });
    case 'series':
      return msg('Sign up once for the whole series', { id: 'staff.event.mode.series' });
    default:
      return mode;
  }
}
