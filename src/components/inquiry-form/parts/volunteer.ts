import { html, type TemplateResult } from 'lit';
import {
  languageChoices,
  renderCheckboxGroup,
  renderInput,
  renderTextarea,
  type FieldsContext,
} from '../../../core/forms/fields.js';
import { msg } from '../../../core/localize.js';
import { MESSAGE_MAX, renderContact, renderLanguage, renderPostcode } from './fields.js';

/**
 * The Community Ambassadors sign-up (`kind="volunteer"`): its fields and
 * words. Loaded only by a form of that kind; its rules are in rules.ts.
 */

const INTERESTS = ['interpreter', 'organizer', 'english-conversation', 'outreach', 'other'] as const;
const AVAILABILITY = ['weekday-daytime', 'weekday-evening', 'weekend'] as const;

/** The sign-up's fields, in order (the error summary lists problems in this order). */
export const VOLUNTEER_FIELDS = [
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
];

export const intro = (): string =>
  msg(
    'Community Ambassadors help neighbors find the services they need, in their own languages. Tell us how you would like to help.',
    { id: 'inquiry.volunteer.intro' },
  );

export const submitLabel = (): string => msg('Sign up', { id: 'inquiry.volunteer.submit' });

export function renderVolunteerFields(ctx: FieldsContext): TemplateResult {
  const interests: Record<(typeof INTERESTS)[number], string> = {
    interpreter: msg('Interpreter', { id: 'inquiry.interest.interpreter' }),
    organizer: msg('Community organizer', { id: 'inquiry.interest.organizer' }),
    'english-conversation': msg('English conversation facilitator', { id: 'inquiry.interest.english' }),
    outreach: msg('Outreach', { id: 'inquiry.interest.outreach' }),
    other: msg('Something else', { id: 'inquiry.interest.other' }),
  };
  const availability: Record<(typeof AVAILABILITY)[number], string> = {
    'weekday-daytime': msg('Weekdays, daytime', { id: 'inquiry.availability.weekday-daytime' }),
    'weekday-evening': msg('Weekday evenings', { id: 'inquiry.availability.weekday-evening' }),
    weekend: msg('Weekends', { id: 'inquiry.availability.weekend' }),
  };
  return html`${renderCheckboxGroup({
    ...ctx.field('interests'),
    label: msg('How would you like to help?', { id: 'inquiry.interests' }),
    hint: msg('Choose all that apply.', { id: 'inquiry.choose-all' }),
    choices: INTERESTS.map((value) => ({ value, label: interests[value] })),
  })}
  ${renderCheckboxGroup({
    ...ctx.field('languages_spoken'),
    optional: true,
    label: msg('Languages you speak', { id: 'inquiry.languages-spoken' }),
    columns: true,
    choices: languageChoices(ctx.locale),
  })}
  ${renderCheckboxGroup({
    ...ctx.field('availability'),
    optional: true,
    label: msg('When are you available?', { id: 'inquiry.availability' }),
    choices: AVAILABILITY.map((value) => ({ value, label: availability[value] })),
  })}
  ${renderInput({ ...ctx.field('name'), label: msg('Your name', { id: 'inquiry.name' }), autocomplete: 'name' })}
  ${renderContact(ctx, false)} ${renderLanguage(ctx)} ${renderPostcode(ctx)}
  ${renderTextarea({
    ...ctx.field('message'),
    optional: true,
    label: msg('Anything else you want to tell us', { id: 'inquiry.volunteer.message' }),
    maxLength: MESSAGE_MAX,
    locale: ctx.locale,
  })}`;
}
