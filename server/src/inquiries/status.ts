import { createHash, timingSafeEqual } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { loadTranslations, pick } from '../directory/translate.js';
import type { FieldCrypto } from '../lib/field-crypto.js';
import { UI_LOCALES } from '../lib/ui-locales.js';
import {
  loadReferralDestinations,
  NOT_REFERRED,
  OTHER,
  REFERRAL_ENTITY,
  referralDestinationId,
  referralMatcher,
} from '../stats/published-values.js';
import { normalizeReference } from './reference.js';
import { normalizeStatusToken, statusTokenSigner } from './status-token.js';

/** Wrong checks on one reference, from anyone, before it is locked. */
export const REFERENCE_FAILURE_LIMIT = 20;
export const REFERENCE_LOCK_MS = 60 * 60_000;

export type PublicStatus = 'received' | 'in-progress' | 'referred' | 'resolved';

/** What a visitor is told: the stage, where it was referred, and the day; nothing personal. */
export interface InquiryStatus {
  reference: string;
  status: PublicStatus;
  referred_to: { code: string; name: string } | null;
  updated_on: string;
  content: { locale: string; fallback: boolean };
}

export type StatusLookup =
  | { outcome: 'found'; status: InquiryStatus }
  /** Unknown reference and wrong check alike: the answer must not tell which. */
  | { outcome: 'not-found' }
  | { outcome: 'locked'; retryAfterSeconds: number };

export interface StatusQuery {
  reference: string;
  check: string;
  locales: readonly string[];
  /** The office's zone: `updated_on` is its calendar day. */
  timeZone: string;
  now?: Date;
}

const PUBLIC_STATUS: Record<string, PublicStatus> = {
  new: 'received',
  'in-progress': 'in-progress',
  referred: 'referred',
  resolved: 'resolved',
  closed: 'resolved',
};

/** Equal or not, in a time that depends on neither value: both are hashed to 32 bytes first. */
function sameSecret(given: string, expected: string | null): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  const equal = timingSafeEqual(digest(given), digest(expected ?? '\u0000none'));
  return equal && expected !== null;
}

function readPersonal(crypto: FieldCrypto, value: string | null): string | null {
  try {
    return crypto.decrypt(value);
  } catch {
    // A field written under another key cannot be read: only the token is left to check.
    return null;
  }
}

/**
 * Whether `check` is a fact the person has: their status token, the last four
 * digits of the phone on record, or the email on record (ignoring case). Each
 * is compared in constant time; all three are always compared. Once retention
 * erased the personal fields, only the token works.
 */
function checkMatches(check: string, token: string, phone: string | null, email: string | null): boolean {
  const trimmed = check.trim();
  const digits = phone?.replace(/\D/g, '') ?? '';
  const lastFour = digits.length >= 4 ? digits.slice(-4) : null;
  const byToken = sameSecret(normalizeStatusToken(trimmed) ?? '', token);
  const byPhone = sameSecret(/^\d{4}$/.test(trimmed) ? trimmed : '', lastFour);
  const byEmail = sameSecret(trimmed.toLowerCase(), email?.trim().toLowerCase() ?? null);
  return byToken || byPhone || byEmail;
}

/** The calendar day of an instant in a zone, `YYYY-MM-DD`. */
const dayIn = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

/** The first UI language asked for, else English: the answer's language when it names nothing. */
const uiLocaleOf = (locales: readonly string[]) =>
  locales.find((locale) => (UI_LOCALES as readonly string[]).includes(locale)) ?? 'en';

async function referredTo(
  db: Kysely<Database>,
  referralCode: string | null,
  referral: string | null,
  locales: readonly string[],
): Promise<{ destination: { code: string; name: string } | null; locale: string; fallback: boolean }> {
  const none = { destination: null, locale: uiLocaleOf(locales), fallback: false };
  if (!referralCode && !referral) return none;
  const destinations = await loadReferralDestinations(db);
  const code = referralCode ?? referralMatcher(destinations)(referral);
  const destination = destinations.find((d) => d.code === code);
  // "Other" and free text name nobody a visitor could look for; a typed referral may be personal.
  if (!destination || code === OTHER || code === NOT_REFERRED) return none;
  const id = referralDestinationId(code);
  const translations = await loadTranslations(db, REFERRAL_ENTITY, [id], locales);
  const name = pick(translations, id, 'name', destination.name, 'en', locales)!;
  return {
    destination: { code, name: name.value },
    locale: name.locale,
    fallback: locales.length > 0 && name.locale !== locales[0],
  };
}

/** Counts a wrong check against the reference; at the limit the reference locks for an hour. */
async function recordFailure(db: Kysely<Database>, id: string, now: Date): Promise<Date | null> {
  const lockUntil = new Date(now.getTime() + REFERENCE_LOCK_MS);
  const reachesLimit = sql<boolean>`status_failures + 1 >= ${REFERENCE_FAILURE_LIMIT}`;
  // One statement, so that failures counted by several server processes at once all count.
  const row = await db
    .updateTable('inquiries')
    .set({
      status_failures: sql`CASE WHEN ${reachesLimit} THEN 0 ELSE status_failures + 1 END`,
      status_locked_until: sql`CASE WHEN ${reachesLimit} THEN ${lockUntil}::timestamptz ELSE status_locked_until END`,
    })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('status_locked_until', 'is', null), eb('status_locked_until', '<=', now)]))
    .returning('status_locked_until')
    .executeTakeFirst();
  // No row: another process locked it in the meantime.
  if (!row) return lockUntil;
  const locked = row.status_locked_until ? new Date(row.status_locked_until) : null;
  return locked && locked > now ? locked : null;
}

const secondsUntil = (until: Date, now: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));

/** The status of an inquiry for whoever has its reference and one more fact its sender gave. */
export async function lookupInquiryStatus(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  query: StatusQuery,
): Promise<StatusLookup> {
  const now = query.now ?? new Date();
  const sign = await statusTokenSigner(db);
  const reference = normalizeReference(query.reference);
  const row = reference
    ? await db
        .selectFrom('inquiries')
        .select([
          'id',
          'reference',
          'status',
          'referral_code',
          'referral',
          'updated_at',
          'resolved_at',
          'phone_enc',
          'email_enc',
          'personal_purged_at',
          'status_locked_until',
        ])
        .where('reference', '=', reference)
        .executeTakeFirst()
    : undefined;
  if (!row) {
    // The same work as a wrong check, so that timing does not tell an unknown reference from a known one.
    checkMatches(query.check, sign('00000000-0000-0000-0000-000000000000'), null, null);
    return { outcome: 'not-found' };
  }
  const lockedUntil = row.status_locked_until ? new Date(row.status_locked_until) : null;
  if (lockedUntil && lockedUntil > now) return { outcome: 'locked', retryAfterSeconds: secondsUntil(lockedUntil, now) };

  const erased = row.personal_purged_at !== null;
  const phone = erased ? null : readPersonal(crypto, row.phone_enc);
  const email = erased ? null : readPersonal(crypto, row.email_enc);
  if (!checkMatches(query.check, sign(row.id), phone, email)) {
    const locked = await recordFailure(db, row.id, now);
    return locked ? { outcome: 'locked', retryAfterSeconds: secondsUntil(locked, now) } : { outcome: 'not-found' };
  }
  await db
    .updateTable('inquiries')
    .set({ status_failures: 0 })
    .where('id', '=', row.id)
    .where('status_failures', '>', 0)
    .execute();

  const status = PUBLIC_STATUS[row.status] ?? 'received';
  const referral = await referredTo(db, row.referral_code, row.referral, query.locales);
  const changed = status === 'resolved' && row.resolved_at ? row.resolved_at : row.updated_at;
  return {
    outcome: 'found',
    status: {
      reference: row.reference,
      status,
      referred_to: referral.destination,
      updated_on: dayIn(new Date(changed), query.timeZone),
      content: { locale: referral.locale, fallback: referral.fallback },
    },
  };
}
