import { msg } from '../../core/localize.js';
import type { Channel, Role, Status } from './types.js';

/** The words for the desk's codes; call them while rendering. */
export function statusName(status: Status | string): string {
  switch (status) {
    case 'new':
      return msg('New', { id: 'staff.status.new' });
    case 'in-progress':
      return msg('In progress', { id: 'staff.status.in-progress' });
    case 'referred':
      return msg('Referred', { id: 'staff.status.referred' });
    case 'resolved':
      return msg('Resolved', { id: 'staff.status.resolved' });
    case 'closed':
      return msg('Closed', { id: 'staff.status.closed' });
    default:
      return status;
  }
}

export function channelName(channel: Channel | string): string {
  switch (channel) {
    case 'web':
      return msg('Web form', { id: 'staff.channel.web' });
    case 'hotline':
      return msg('Hotline', { id: 'staff.channel.hotline' });
    case 'email':
      return msg('Email', { id: 'staff.channel.email' });
    case '311':
      return msg('311 transfer', { id: 'staff.channel.311' });
    case 'walk-in':
      return msg('Walk-in', { id: 'staff.channel.walk-in' });
    case 'outreach':
      return msg('Outreach', { id: 'staff.channel.outreach' });
    default:
      return channel;
  }
}

export function roleName(role: Role | string): string {
  switch (role) {
    case 'desk':
      return msg('Desk (inquiries, calls, outreach)', { id: 'staff.role.desk' });
    case 'organizer':
      return msg('Event organizer', { id: 'staff.role.organizer' });
    case 'editor':
      return msg('Directory editor', { id: 'staff.role.editor' });
    case 'admin':
      return msg('Administrator', { id: 'staff.role.admin' });
    default:
      return role;
  }
}

export function contactName(method: string): string {
  switch (method) {
    case 'phone':
      return msg('Phone call', { id: 'staff.contact.phone' });
    case 'email':
      return msg('Email', { id: 'staff.contact.email' });
    case 'text':
      return msg('Text message', { id: 'staff.contact.text' });
    default:
      return msg('No contact', { id: 'staff.contact.none' });
  }
}

export function replyStatusName(status: string): string {
  switch (status) {
    case 'queued':
    case 'sending':
      return msg('Waiting to be sent', { id: 'staff.reply-status.queued' });
    case 'sent':
      return msg('Sent', { id: 'staff.reply-status.sent' });
    case 'kept':
      return msg('Kept in the outbox (no mail server)', { id: 'staff.reply-status.kept' });
    case 'failed':
      return msg('Could not be sent', { id: 'staff.reply-status.failed' });
    default:
      return status;
  }
}

/** A topic's name from the server's list, `volunteer` in our words, else the code. */
export const topicName = (code: string, names: ReadonlyMap<string, string>): string =>
  names.get(code) ?? (code === 'volunteer' ? msg('Volunteer sign-up', { id: 'staff.topic.volunteer' }) : code);

/** What a volunteer offers (the sign-up's choices). */
export function interestName(code: string): string {
  switch (code) {
    case 'interpreter':
      return msg('Interpreter', { id: 'staff.interest.interpreter' });
    case 'organizer':
      return msg('Community organizer', { id: 'staff.interest.organizer' });
    case 'english-conversation':
      return msg('English conversation facilitator', { id: 'staff.interest.english' });
    case 'outreach':
      return msg('Outreach', { id: 'staff.channel.outreach' });
    case 'other':
      return msg('Something else', { id: 'staff.interest.other' });
    default:
      return code;
  }
}

/** When a volunteer is free. */
export function availabilityName(code: string): string {
  switch (code) {
    case 'weekday-daytime':
      return msg('Weekdays, daytime', { id: 'staff.availability.weekday-daytime' });
    case 'weekday-evening':
      return msg('Weekday evenings', { id: 'staff.availability.weekday-evening' });
    case 'weekend':
      return msg('Weekends', { id: 'staff.availability.weekend' });
    default:
      return code;
  }
}
