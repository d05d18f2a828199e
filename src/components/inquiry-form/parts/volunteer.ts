import { html, type TemplateResult } from 'lit';
import { listOf, renderCheckboxGroup, renderInput, renderTextarea } from '../../../core/forms/fields.js';
import { maxLength, required, tooLong, type Message, type Validator } from '../../../core/forms/validators.js';
import { msg, str } from '../../../core/localize.js';
import type { RulesInput } from './rules.js';
import { languageChoices, renderContact, renderLanguage, renderPostcode, type FieldsContext } from './fields.js';
import { MESSAGE_MAX } from './fields.js';
import { AVAILABILITY, INTERESTS, LANGUAGES_MAX, NAME_MAX } from './values.js';

/**
 * The Community Ambassadors sign-up (`kind="volunteer"`): its fields, words
 * and rules. Loaded only by a form of that kind.
 */

/** The sign-up's own words, over the inquiry's; called on the form (the placeholder reads `this.locale`). */
export function volunteerMessages(this: { locale: string }): Record<string, Message> {
  return {
    message: tooLong(MESSAGE_MAX, this.locale),
    name: () => msg('Enter your name', { id: 'inquiry.error.name' }),
    interests: () => msg('Choose at least one way to help', { id: 'inquiry.error.interests' }),
    languages_spoken: () =>
      msg(str`Choose up to ${new Intl.NumberFormat(this.locale).format(LANGUAGES_MAX)} languages`, {
        id: 'inquiry.error.languages',
      }),
    availability: () => msg('Choose when you are available', { id: 'inquiry.error.availability' }),
  };
}

/** The sign-up's rules, in the order of its fields, with `shared` (contact and ZIP code) from parts/rules.ts. */
export function volunteerRules({ messages: m, locale, shared }: RulesInput): Record<string, Validator[]> {
  const { postcode, ...contact } = shared;
  return {
    interests: [required(m.interests!)],
    languages_spoken: [(value) => (listOf(value).length > LANGUAGES_MAX ? m.languages_spoken : undefined)],
    name: [required(m.name!), maxLength(NAME_MAX, locale)],
    ...contact,
    postcode: postcode!,
    message: [maxLength(MESSAGE_MAX, locale)],
  };
}

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
    choices: languageChoices(),
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
