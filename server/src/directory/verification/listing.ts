import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A listing as the provider sees it on the link's page: what the directory says, as written (its source language). */
export interface ProviderListing {
  id: string;
  name: string;
  organization: string;
  description: string;
  email: string | null;
  url: string | null;
  phones: string[];
  addresses: string[];
  hours: { byday: string | null; freq: string | null; opens_at: string | null; closes_at: string | null }[];
}

export async function loadProviderListing(db: Db, serviceId: string): Promise<ProviderListing | undefined> {
  const service = await db
    .selectFrom('services as s')
    .innerJoin('organizations as o', 'o.id', 's.organization_id')
    .select(['s.id', 's.name', 's.description', 's.email', 's.url', 'o.name as organization'])
    .where('s.id', '=', serviceId)
    .executeTakeFirst();
  if (!service) return undefined;
  const [phones, addresses, hours] = await Promise.all([
    db.selectFrom('phones').select('number').where('service_id', '=', serviceId).orderBy('number').execute(),
    db
      .selectFrom('service_at_location as sal')
      .innerJoin('addresses as a', 'a.location_id', 'sal.location_id')
      .select(['a.address_1', 'a.address_2', 'a.city', 'a.state_province', 'a.postal_code'])
      .where('sal.service_id', '=', serviceId)
      .orderBy('a.address_1')
      .execute(),
    db
      .selectFrom('schedules')
      .select(['byday', 'freq', 'opens_at', 'closes_at'])
      .where('service_id', '=', serviceId)
      .orderBy('opens_at')
      .execute(),
  ]);
  return {
    ...service,
    phones: phones.map((p) => p.number),
    addresses: addresses.map((a) =>
      [a.address_1, a.address_2, `${a.city}, ${a.state_province} ${a.postal_code}`].filter(Boolean).join(', '),
    ),
    hours,
  };
}
