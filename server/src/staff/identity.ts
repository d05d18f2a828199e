import type { StaffRole } from '../db/schema.js';
import type { StaffScope } from './tokens.js';

export type { StaffRole };
export const STAFF_ROLES = ['desk', 'organizer', 'editor', 'admin'] as const satisfies readonly StaffRole[];

/**
 * Who is calling a staff route, however they signed in. Set on the context by
 * staff/auth.ts for /v1/staff/* (a bearer token or a desk session).
 */
export interface StaffIdentity {
  /** Shown to colleagues and recorded as `logged_by`, `updated_by` and the audit log's actor. */
  name: string;
  /** A read token may only read; a session may write whatever its roles allow. */
  scope: StaffScope;
  /** Tokens act for the desk (the inquiries API they always had); a session carries its account's roles. */
  roles: readonly StaffRole[];
  via: 'token' | 'session';
  /** The signed-in account (sessions only). */
  accountId?: string;
  /** Organizer grants: the location ids whose events this account runs. */
  locationIds?: readonly string[];
}

/** A bearer token's identity: the desk role, as the inquiries API always allowed. */
export function tokenIdentity(token: { name: string; scope: StaffScope }): StaffIdentity {
  return { name: token.name, scope: token.scope, roles: ['desk'], via: 'token' };
}

export function hasRole(staff: StaffIdentity | undefined, roles: readonly StaffRole[]): boolean {
  return !!staff && staff.roles.some((role) => roles.includes(role));
}
