import type { z } from '@hono/zod-openapi';
import type { Account, Me } from './account-schemas.js';
import type { AccountRow } from './accounts.js';
import type { StaffIdentity } from './identity.js';
import type { SessionAccount } from './sessions.js';

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null);

/** The signed-in account as the desk sees itself (GET /v1/staff/me, and every sign-in's answer). */
export function meOfAccount(account: SessionAccount, csrfToken: string, idleMinutes: number): z.infer<typeof Me> {
  return {
    id: account.id,
    email: account.email,
    display_name: account.display_name,
    roles: [...account.roles],
    location_ids: [...account.location_ids],
    locale: account.locale,
    totp: !!account.totp_secret_enc,
    via: 'session',
    csrf_token: csrfToken,
    idle_minutes: idleMinutes,
  };
}

/** A bearer token as /v1/staff/me shows it: no account, no CSRF token (tokens need none). */
export function meOfToken(staff: StaffIdentity, idleMinutes: number): z.infer<typeof Me> {
  return {
    id: null,
    email: null,
    display_name: staff.name,
    roles: [...staff.roles],
    location_ids: [...(staff.locationIds ?? [])],
    locale: 'en',
    totp: false,
    via: 'token',
    csrf_token: null,
    idle_minutes: idleMinutes,
  };
}

/** An account as admins list it: never a hash, a secret or a token. */
export function accountView(row: AccountRow): z.infer<typeof Account> {
  return {
    id: row.id,
    email: row.email,
    display_name: row.display_name,
    roles: [...row.roles],
    location_ids: [...row.location_ids],
    totp: !!row.totp_secret_enc,
    oidc_linked: !!row.oidc_subject,
    created_at: iso(row.created_at)!,
    disabled_at: iso(row.disabled_at),
    locked_until: row.locked_until && new Date(row.locked_until) > new Date() ? iso(row.locked_until) : null,
  };
}
