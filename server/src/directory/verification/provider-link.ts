import type { Kysely, Selectable, Transaction } from 'kysely';
import { TOKEN_PATTERN, tokenHash } from '../../appointments/tokens.js';
import type { Database, VerificationRequestTable } from '../../db/schema.js';
import type { FieldCrypto } from '../../lib/field-crypto.js';
import { confirmListing, lockService } from './confirm.js';

type Db = Kysely<Database> | Transaction<Database>;
type RequestRow = Selectable<VerificationRequestTable>;

/**
 * What a link's token opens: nothing (`invalid`: altered, cut short, or never ours), a request already used
 * or expired (said plainly, in the request's language), or an open request.
 */
export type LinkState =
  { kind: 'invalid' } | { kind: 'used' | 'expired'; request: RequestRow } | { kind: 'open'; request: RequestRow };

/** The fields a provider may correct (free text each; an editor applies them). */
export const CORRECTION_FIELDS = ['phone', 'address', 'hours', 'email', 'url', 'description', 'note'] as const;
export type CorrectionField = (typeof CORRECTION_FIELDS)[number];
/** The most a provider may write in one field. */
export const CORRECTION_MAX = 1000;

export async function linkState(db: Db, token: string, now: Date, lock = false): Promise<LinkState> {
  if (!TOKEN_PATTERN.test(token)) return { kind: 'invalid' };
  let query = db.selectFrom('verification_requests').selectAll().where('token_hash', '=', tokenHash(token));
  if (lock) query = query.forUpdate();
  const request = await query.executeTakeFirst();
  if (!request) return { kind: 'invalid' };
  if (request.used_at) return { kind: 'used', request };
  if (new Date(request.expires_at) <= now) return { kind: 'expired', request };
  return { kind: 'open', request };
}

/** The provider says the listing is right: confirmed as of `today`, and the link is spent. */
export async function confirmByProvider(
  db: Kysely<Database>,
  token: string,
  { today, now }: { today: string; now: Date },
): Promise<LinkState> {
  return db.transaction().execute(async (tx) => {
    const state = await linkState(tx, token, now, true);
    if (state.kind !== 'open') return state;
    if (!(await lockService(tx, state.request.service_id))) return { kind: 'invalid' };
    await confirmListing(tx, state.request.service_id, { kind: 'provider-confirm', changedBy: 'provider', today, now });
    await spend(tx, state.request.id, 'confirmed', now);
    return state;
  });
}

/**
 * The provider sends corrections: a `service_reports` row (source `provider`, kind `provider-correction`) with
 * the proposed values for editors, its note encrypted; the listing itself changes only when an editor saves.
 */
export async function correctByProvider(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  token: string,
  {
    proposed,
    locale,
    now,
  }: {
    proposed: Partial<Record<CorrectionField, string>>;
    /** The page's language; else the request's. */ locale?: string | undefined;
    now: Date;
  },
): Promise<LinkState> {
  return db.transaction().execute(async (tx) => {
    const state = await linkState(tx, token, now, true);
    if (state.kind !== 'open') return state;
    const { note, ...fields } = proposed;
    await tx
      .insertInto('service_reports')
      .values({
        service_id: state.request.service_id,
        source: 'provider',
        kind: 'provider-correction',
        note: crypto.encrypt(note),
        proposed: JSON.stringify(fields),
        locale: locale ?? state.request.locale,
      })
      .execute();
    await spend(tx, state.request.id, 'corrected', now);
    return state;
  });
}

async function spend(tx: Transaction<Database>, id: string, outcome: 'confirmed' | 'corrected', now: Date) {
  await tx.updateTable('verification_requests').set({ used_at: now, outcome }).where('id', '=', id).execute();
}
