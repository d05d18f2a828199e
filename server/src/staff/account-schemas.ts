import { z } from '@hono/zod-openapi';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './passwords.js';
import { STAFF_ROLES } from './identity.js';
import { wholeNumber } from '../routes/params.js';

const Role = z.enum(STAFF_ROLES).openapi({
  description:
    '`desk` inquiries, call log, outreach and replies; `organizer` events of the granted locations; `editor` the directory; `admin` accounts, referral destinations, reply templates and the audit log. No role implies another.',
});
const Roles = z.array(Role).max(STAFF_ROLES.length);
const LocationIds = z.array(z.string().min(1).max(100)).max(200);
const DisplayName = z.string().trim().min(1).max(100);
const Email = z.email('Enter an email address such as name@example.org').max(200);
const Code = z
  .string()
  .max(20)
  .openapi({ description: "The six digits the account's authenticator app shows.", example: '123456' });

export const Me = z
  .object({
    id: z.uuid().nullable().openapi({ description: 'The account; null for a bearer token.' }),
    email: z.string().nullable(),
    display_name: z.string(),
    roles: Roles,
    location_ids: LocationIds,
    locale: z.string(),
    totp: z.boolean().openapi({ description: 'Whether sign-in needs an authenticator code.' }),
    via: z.enum(['session', 'token']),
    csrf_token: z
      .string()
      .nullable()
      .openapi({ description: 'Send as X-CSRF-Token on every write made with the session cookie; null for a token.' }),
    idle_minutes: z.number().int(),
  })
  .openapi('StaffMe');

export const Account = z
  .object({
    id: z.uuid(),
    email: z.string(),
    display_name: z.string(),
    roles: Roles,
    location_ids: LocationIds,
    totp: z.boolean(),
    oidc_linked: z.boolean().openapi({ description: "Signed in through the office's provider at least once." }),
    created_at: z.iso.datetime(),
    disabled_at: z.iso.datetime().nullable(),
    locked_until: z.iso.datetime().nullable(),
  })
  .openapi('StaffAccount');

export const AccountList = z.object({ items: z.array(Account) }).openapi('StaffAccountList');

export const AccountCreate = z
  .object({ email: Email, display_name: DisplayName, roles: Roles.min(1), location_ids: LocationIds.optional() })
  .strict()
  .openapi('StaffAccountCreate');

export const AccountUpdate = z
  .object({
    display_name: DisplayName.optional(),
    roles: Roles.optional(),
    location_ids: LocationIds.optional(),
    disabled: z.boolean().optional().openapi({ description: 'Disabling ends every session of the account at once.' }),
  })
  .strict()
  .openapi('StaffAccountUpdate');

export const SetupLink = z
  .object({
    setup_url: z.url().openapi({ description: 'Works once, for 72 hours; the token is in the fragment.' }),
  })
  .openapi('StaffSetupLink');

export const CreatedAccount = z
  .object({ account: Account, setup_url: SetupLink.shape.setup_url })
  .openapi('StaffAccountCreated');

export const AuthConfig = z
  .object({
    oidc: z.boolean().openapi({ description: "Sign-in through the office's OpenID Connect provider is configured." }),
    local: z.boolean().openapi({ description: 'Email and password sign-in.' }),
    idle_minutes: z.number().int(),
  })
  .openapi('StaffAuthConfig');

export const LoginBody = z
  .object({
    email: z.string().max(200),
    password: z.string().max(MAX_PASSWORD_LENGTH),
    code: Code.optional(),
  })
  .strict()
  .openapi('StaffLogin');

export const SetupBody = z
  .object({
    token: z.string().min(1).max(100),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
      .max(MAX_PASSWORD_LENGTH),
  })
  .strict()
  .openapi('StaffSetup');

export const DemoBody = z
  .object({ token: z.string().min(1).max(100) })
  .strict()
  .openapi('StaffDemoSignIn');

export const TotpEnrolment = z
  .object({
    secret: z.string().openapi({ description: 'Base32, for typing into an authenticator app.' }),
    uri: z.string().openapi({ description: 'otpauth:// URI, for a QR code.' }),
  })
  .openapi('StaffTotpEnrolment');

export const CodeBody = z.object({ code: Code }).strict().openapi('StaffTotpCode');

export const AuditQuery = z.object({
  record_type: z.string().max(40).optional().openapi({ description: 'inquiry, account, registration…' }),
  record_id: z.string().max(100).optional(),
  actor: z.string().max(100).optional().openapi({ description: "The actor's name as recorded." }),
  page: wholeNumber(1, 100_000, 1),
  page_size: wholeNumber(1, 200, 50),
});

export const AuditPage = z
  .object({
    total: z.number().int(),
    page: z.number().int(),
    page_size: z.number().int(),
    items: z.array(
      z.object({
        id: z.string(),
        at: z.iso.datetime(),
        actor: z.string(),
        action: z.string(),
        record_type: z.string(),
        record_id: z.string().nullable(),
        fields: z.array(z.string()),
      }),
    ),
  })
  .openapi('StaffAuditPage');
