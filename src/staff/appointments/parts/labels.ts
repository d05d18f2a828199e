import { msg } from '../../../core/localize.js';
import { replyStatusName } from '../../core/labels.js';
import type { DayAppointment } from '../appointments.api.js';

export function appointmentStatusName(status: string): string {
  switch (status) {
    case 'booked':
      return msg('Booked', { id: 'staff.appts.status.booked' });
    case 'checked_in':
      return msg('Checked in', { id: 'staff.roster.attended' });
    case 'no_show':
      return msg('No-show', { id: 'staff.roster.no-show' });
    case 'cancelled':
      return msg('Cancelled', { id: 'staff.appts.status.cancelled' });
    default:
      return status;
  }
}

function messageKindName(kind: string): string {
  switch (kind) {
    case 'appointment.confirmation':
    case 'confirmation':
      return msg('Confirmation', { id: 'staff.appts.message.confirmation' });
    case 'appointment.reminder':
    case 'reminder':
      return msg('Reminder', { id: 'staff.appts.message.reminder' });
    case 'appointment.moved':
    case 'moved':
      return msg('Slot moved', { id: 'staff.appts.message.moved' });
    case 'appointment.cancelled':
    case 'cancelled':
      return msg('Cancellation', { id: 'staff.appts.message.cancelled' });
    default:
      return kind;
  }
}

/** "Confirmation: Sent", or undefined when nothing was sent (no contact given). */
export function lastMessageText(a: DayAppointment): string | undefined {
  if (!a.last_message) return undefined;
  const status =
    a.last_message.status === 'bounced'
      ? msg('Refused by the address', { id: 'staff.appts.message.bounced' })
      : replyStatusName(a.last_message.status === 'waiting' ? 'queued' : a.last_message.status);
  return `${messageKindName(a.last_message.kind)}: ${status}`;
}

/** The contact a person gave, as the desk calls them back. */
export function contactText(a: DayAppointment): string {
  if (a.contact_method === 'email') return a.email ?? '';
  if (a.contact_method === 'sms') return a.phone ?? '';
  return '';
}
