import type { InquiryKind } from '../inquiry-form.api.js';

export const INTERESTS = ['interpreter', 'organizer', 'english-conversation', 'outreach', 'other'] as const;
export const AVAILABILITY = ['weekday-daytime', 'weekday-evening', 'weekend'] as const;
export const NAME_MAX = 120;
export const LANGUAGES_MAX = 10;

/** The form's fields, in order, by kind (the error summary lists problems in this order). */
export const FIELDS: Record<InquiryKind, string[]> = {
  inquiry: [
    'topic',
    'message',
    'preferred_language',
    'contact_method',
    'phone',
    'email',
    'consent',
    'name',
    'postcode',
  ],
  volunteer: [
    'interests',
    'languages_spoken',
    'availability',
    'name',
    'contact_method',
    'phone',
    'email',
    'consent',
    'preferred_language',
    'postcode',
    'message',
  ],
};
