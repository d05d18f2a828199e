import { z } from '@hono/zod-openapi';
import { LanguageTag } from '../lib/language-tag.js';
import { IdempotencyKey } from '../schemas.js';
import { BookingRequest, DateParam, InterpreterLanguage } from './schemas.js';

/** The booking's own fields for a person and how to reach them, so both forms check alike. */
const { name, contact_method, email, phone } = BookingRequest.shape;

export const WaitlistRequest = z
  .object({
    name,
    contact_method,
    email,
    phone,
    type_id: z.uuid(),
    week_start: DateParam.openapi({ description: "The Monday of the week wanted, on the place's clock." }),
    language: LanguageTag.openapi({ description: "The offer's language." }),
    interpreter: InterpreterLanguage.nullable().optional(),
    idempotency_key: IdempotencyKey.openapi({
      description: 'A random key made once per form; sending it again returns the same entry (200).',
    }),
  })
  .superRefine((value, context) => {
    if (value.contact_method === 'email' && !value.email) {
      context.addIssue({ code: 'custom', path: ['email'], message: 'Enter an email address' });
    }
    if (value.contact_method === 'sms' && !value.phone) {
      context.addIssue({ code: 'custom', path: ['phone'], message: 'Enter a phone number' });
    }
  })
  .openapi('AppointmentWaitlistRequest');

export const WaitlistEntrySchema = z
  .object({ id: z.string(), status: z.literal('waiting') })
  .openapi('AppointmentWaitlistEntry');
