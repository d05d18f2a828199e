import { msg } from '../../../core/localize.js';

/** A service's field, named as the editor labels it. */
export function fieldLabel(field: string): string {
  switch (field) {
    case 'name':
      return msg('Name', { id: 'staff.service.name' });
    case 'alternate_name':
      return msg('Other name', { id: 'staff.service.alternate-name' });
    case 'description':
      return msg('Description', { id: 'staff.service.description' });
    case 'url':
      return msg('Web address', { id: 'staff.service.url' });
    case 'email':
      return msg('Email', { id: 'staff.service.email' });
    case 'status':
      return msg('Status', { id: 'staff.service.status' });
    case 'application_process':
      return msg('How to apply', { id: 'staff.service.application-process' });
    case 'fees_description':
      return msg('Fees', { id: 'staff.service.fees' });
    case 'eligibility_description':
      return msg('Who can use it', { id: 'staff.service.eligibility' });
    case 'availability':
      return msg('Availability', { id: 'staff.service.availability' });
    case 'verification_contact':
      return msg('Verification contact', { id: 'staff.service.verification-contact' });
    case 'topics':
      return msg('Topics', { id: 'staff.service.topics' });
    case 'badges':
      return msg('Badges', { id: 'staff.service.badges' });
    case 'phones':
      return msg('Phones', { id: 'staff.service.phones' });
    case 'languages':
      return msg('Languages', { id: 'staff.service.languages' });
    case 'locations':
      return msg('Locations and hours', { id: 'staff.service.locations' });
    case 'texts':
      return msg('Texts', { id: 'staff.service.texts' });
    default:
      return field;
  }
}

export function availabilityName(status: string): string {
  switch (status) {
    case 'accepting':
      return msg('Taking new clients', { id: 'staff.service.availability.accepting' });
    case 'waitlist':
      return msg('Waiting list', { id: 'staff.service.availability.waitlist' });
    case 'full':
      return msg('Full', { id: 'staff.service.availability.full' });
    case 'paused':
      return msg('Paused', { id: 'staff.service.availability.paused' });
    default:
      return status;
  }
}

export function serviceStatusName(status: string): string {
  switch (status) {
    case 'active':
      return msg('Active', { id: 'staff.service.status.active' });
    case 'inactive':
      return msg('Inactive', { id: 'staff.service.status.inactive' });
    case 'defunct':
      return msg('Closed for good', { id: 'staff.service.status.defunct' });
    case 'temporarily closed':
      return msg('Temporarily closed', { id: 'staff.service.status.temporarily-closed' });
    default:
      return status;
  }
}

export function badgeName(code: string): string {
  switch (code) {
    case 'free':
      return msg('Free', { id: 'staff.service.badge.free' });
    case 'walk-in':
      return msg('Walk-ins welcome', { id: 'staff.service.badge.walk-in' });
    case 'no-id-required':
      return msg('No ID required', { id: 'staff.service.badge.no-id-required' });
    case 'doj-recognized-organization':
      return msg('DOJ-recognized organization', { id: 'staff.service.badge.doj-recognized-organization' });
    case 'doj-accredited-representative':
      return msg('DOJ-accredited representative', { id: 'staff.service.badge.doj-accredited-representative' });
    case 'attorney':
      return msg('Attorney', { id: 'staff.service.badge.attorney' });
    default:
      return code;
  }
}

export function phoneTypeName(type: string): string {
  switch (type) {
    case 'voice':
      return msg('Voice', { id: 'staff.service.phone-type.voice' });
    case 'text':
      return msg('Text messages', { id: 'staff.service.phone-type.text' });
    case 'cell':
      return msg('Mobile', { id: 'staff.service.phone-type.cell' });
    case 'fax':
      return msg('Fax', { id: 'staff.service.phone-type.fax' });
    case 'video':
      return msg('Video', { id: 'staff.service.phone-type.video' });
    case 'pager':
      return msg('Pager', { id: 'staff.service.phone-type.pager' });
    case 'textphone':
      return msg('Textphone (TTY)', { id: 'staff.service.phone-type.textphone' });
    default:
      return type;
  }
}
