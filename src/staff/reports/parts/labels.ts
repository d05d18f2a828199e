import { msg } from '../../../core/localize.js';
import type { ServiceReport } from '../reports.api.js';

/** What the visitor (or the provider) said is wrong, in the desk's words. */
export function kindLabel(kind: ServiceReport['kind']): string {
  switch (kind) {
    case 'wrong-phone':
      return msg('Wrong phone number', { id: 'staff.reports.kind.wrong-phone' });
    case 'moved':
      return msg('Moved', { id: 'staff.reports.kind.moved' });
    case 'closed':
      return msg('Closed', { id: 'staff.reports.kind.closed' });
    case 'wrong-hours':
      return msg('Wrong hours', { id: 'staff.reports.kind.wrong-hours' });
    case 'not-free':
      return msg('Not free', { id: 'staff.reports.kind.not-free' });
    case 'unsafe-or-scam':
      return msg('Felt unsafe or a scam', { id: 'staff.reports.kind.unsafe-or-scam' });
    case 'other':
      return msg('Something else', { id: 'staff.reports.kind.other' });
    case 'provider-correction':
      return msg('Correction from the provider', { id: 'staff.reports.kind.provider-correction' });
  }
}

/** A field a provider proposes a value for (the correction form's fields); an unknown one keeps its name. */
export function proposedFieldLabel(field: string): string {
  switch (field) {
    case 'phone':
      return msg('Phone', { id: 'staff.reports.field.phone' });
    case 'address':
      return msg('Address', { id: 'staff.reports.field.address' });
    case 'hours':
      return msg('Hours', { id: 'staff.reports.field.hours' });
    case 'email':
      return msg('Email', { id: 'staff.reports.field.email' });
    case 'url':
      return msg('Website', { id: 'staff.reports.field.url' });
    case 'description':
      return msg('Description', { id: 'staff.reports.field.description' });
    case 'note':
      return msg('Note', { id: 'staff.reports.field.note' });
    default:
      return field;
  }
}
