import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { tokenHash } from '../../appointments/tokens.js';
import type { Database } from '../../db/schema.js';
import { enqueueJob } from '../../jobs/queue.js';
import { readVerificationPolicy } from '../verification-policy.js';
import { verificationTokenSigner } from './tokens.js';

export interface RequestOutcome {
  queued: number;
  skipped: { service_id: string; reason: 'no-contact' }[];
}

const DAY_MS = 86_400_000;

/**
 * One re-verification request per service that has a contact: its row (the signed token's hash, the encrypted
 * address as it stands, the provider's language, the expiry from the office's `link_days`) and its
 * `verification.request` job, in one transaction; the job mails the link. Services without a contact (or
 * unknown ones) are named in `skipped`.
 */
export async function requestVerification(
  db: Kysely<Database>,
  { serviceIds, requestedBy, now }: { serviceIds: string[]; requestedBy: string; now: Date },
): Promise<RequestOutcome> {
  const unique = [...new Set(serviceIds)];
  const policy = await readVerificationPolicy(db);
  const sign = await verificationTokenSigner(db);
  return db.transaction().execute(async (tx) => {
    const services = await tx
      .selectFrom('services')
      .select(['id', 'verification_contact', 'source_locale'])
      .where('id', 'in', unique)
      .execute();
    const byId = new Map(services.map((s) => [s.id, s]));
    const outcome: RequestOutcome = { queued: 0, skipped: [] };
    for (const serviceId of unique) {
      const service = byId.get(serviceId);
      if (!service?.verification_contact) {
        outcome.skipped.push({ service_id: serviceId, reason: 'no-contact' });
        continue;
      }
      const id = randomUUID();
      await tx
        .insertInto('verification_requests')
        .values({
          id,
          service_id: serviceId,
          token_hash: tokenHash(sign(id)),
          // Already FieldCrypto ciphertext under the same key: the address as it was when asked.
          sent_to: service.verification_contact,
          locale: service.source_locale,
          requested_by: requestedBy,
          expires_at: new Date(now.getTime() + policy.link_days * DAY_MS),
        })
        .execute();
      await enqueueJob(tx, 'verification.request', { request_id: id }, { dedupeKey: `verification.request:${id}` });
      outcome.queued++;
    }
    return outcome;
  });
}
