import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { stableId } from './ids.js';

/**
 * Appointments at the library demo's place (Flatbush Library): IDNYC enrollment (what to bring, weeks released on
 * Friday mornings two weeks ahead) and ActionNYC legal consultations (a community group may book for a client),
 * three staff members speaking Spanish, Chinese and French, a Wolof interpreter and an ASL interpreter on call.
 * Weekly hours, no end date: the demo always has slots in the coming weeks. Ids derive from keys, so a second run
 * changes nothing.
 */
export const DEMO_APPOINTMENT_LOCATION = stableId('location:nyc-bpl-flatbush');
export const IDNYC_TYPE = stableId('appointment-type:flatbush-idnyc');
export const ACTIONNYC_TYPE = stableId('appointment-type:flatbush-actionnyc');

const types = [
  {
    id: IDNYC_TYPE,
    code: 'idnyc-enrollment',
    title: 'IDNYC enrollment',
    what_to_bring:
      'Proof of identity and proof that you live in New York City (for example a passport or consular ID, and a recent utility bill or lease). Bring the originals: copies are not accepted.',
    duration_minutes: 20,
    buffer_minutes: 10,
    book_ahead_days: 28,
    min_notice_minutes: 120,
    on_behalf_allowed: false,
    release_weekday: 5,
    release_time: '09:00',
    release_weeks_before: 2,
    translations: {
      title: {
        es: 'Inscripción en IDNYC',
        'zh-Hans': 'IDNYC 办理预约',
        fr: 'Inscription à IDNYC',
        wo: 'Bind IDNYC',
        ht: 'Enskripsyon IDNYC',
      },
      what_to_bring: {
        es: 'Prueba de identidad y prueba de que vive en la Ciudad de Nueva York (por ejemplo, pasaporte o matrícula consular, y una factura de servicios o contrato de alquiler reciente). Traiga los originales: no se aceptan copias.',
        fr: 'Une pièce d’identité et un justificatif de domicile à New York (par exemple un passeport ou une carte consulaire, et une facture récente ou un bail). Apportez les originaux : les copies ne sont pas acceptées.',
        wo: 'Lu firndeel ki nga doon ak lu firndeel ne ci New York nga dëkk (paaspoor walla kart konsileer, ak faktiir walla kontra kër bu bees). Indil li dëgg: kopi du nañu ko nangu.',
      },
    },
  },
  {
    id: ACTIONNYC_TYPE,
    code: 'actionnyc-legal',
    title: 'ActionNYC legal consultation',
    what_to_bring:
      'Any immigration documents you have (notices, applications, passports, court papers) and a photo ID if you have one. The consultation is free and confidential.',
    duration_minutes: 45,
    buffer_minutes: 15,
    book_ahead_days: 21,
    min_notice_minutes: 240,
    on_behalf_allowed: true,
    release_weekday: null,
    release_time: null,
    release_weeks_before: 1,
    translations: {
      title: {
        es: 'Consulta legal de ActionNYC',
        'zh-Hans': 'ActionNYC 法律咨询',
        fr: 'Consultation juridique ActionNYC',
        wo: 'Waxtaan ci yoon ak ActionNYC',
        ht: 'Konsiltasyon legal ActionNYC',
      },
      what_to_bring: {
        es: 'Todos los documentos de inmigración que tenga (avisos, solicitudes, pasaportes, documentos de la corte) y una identificación con foto si tiene. La consulta es gratuita y confidencial.',
        fr: 'Tous vos documents d’immigration (avis, demandes, passeports, documents du tribunal) et une pièce d’identité avec photo si vous en avez une. La consultation est gratuite et confidentielle.',
      },
    },
  },
] as const;

const weekdays = (days: number[], starts_at: string, ends_at: string) =>
  days.map((weekday) => ({ weekday, starts_at, ends_at }));

const staff = [
  {
    key: 'rosa',
    display_name: 'Rosa Martínez',
    languages: ['en', 'es'],
    type_ids: [IDNYC_TYPE, ACTIONNYC_TYPE],
    rules: [...weekdays([1, 2, 3, 4, 5], '10:00', '13:00'), ...weekdays([1, 2, 3, 4, 5], '14:00', '17:00')],
  },
  {
    key: 'wei',
    display_name: 'Wei Chen',
    languages: ['en', 'zh'],
    type_ids: [IDNYC_TYPE],
    rules: [...weekdays([2, 3, 4, 5, 6], '10:00', '16:00')],
  },
  {
    key: 'amadou',
    display_name: 'Amadou Diallo',
    languages: ['en', 'fr'],
    type_ids: [IDNYC_TYPE, ACTIONNYC_TYPE],
    rules: [...weekdays([1, 3, 5], '12:00', '18:00'), ...weekdays([6], '10:00', '14:00')],
  },
];

const interpreters = [
  // Wolof on call every weekday and Saturday morning.
  ...weekdays([1, 2, 3, 4, 5], '10:00', '17:00').map((w) => ({ ...w, language: 'wo', capacity: 1 })),
  { weekday: 6, starts_at: '10:00', ends_at: '14:00', language: 'wo', capacity: 1 },
  // American Sign Language on Tuesdays, Thursdays and Saturdays.
  ...weekdays([2, 4], '10:00', '16:00').map((w) => ({ ...w, language: 'ase', capacity: 1 })),
  { weekday: 6, starts_at: '10:00', ends_at: '14:00', language: 'ase', capacity: 1 },
];

export async function seedSampleAppointments(db: Kysely<Database>): Promise<void> {
  const place = await db
    .selectFrom('locations')
    .select('id')
    .where('id', '=', DEMO_APPOINTMENT_LOCATION)
    .executeTakeFirst();
  if (!place) return;
  await db.transaction().execute(async (tx) => {
    for (const { translations, ...type } of types) {
      await tx
        .insertInto('appointment_types')
        .values({ ...type, location_id: DEMO_APPOINTMENT_LOCATION, updated_by: 'sample' })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      await seedTranslations(tx, type.id, translations);
    }
    for (const { key, rules, ...person } of staff) {
      const id = stableId(`appointment-staff:flatbush-${key}`);
      const added = await tx
        .insertInto('appointment_staff')
        .values({ id, ...person, location_id: DEMO_APPOINTMENT_LOCATION, staff_account_id: null, updated_by: 'sample' })
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      if (Number(added.numInsertedOrUpdatedRows ?? 0) === 0) continue;
      await tx
        .insertInto('availability_rules')
        .values(rules.map((rule) => ({ ...rule, staff_id: id, valid_from: null, valid_until: null })))
        .execute();
    }
    const existing = await tx
      .selectFrom('interpreter_availability')
      .select('id')
      .where('location_id', '=', DEMO_APPOINTMENT_LOCATION)
      .executeTakeFirst();
    if (!existing) {
      await tx
        .insertInto('interpreter_availability')
        .values(interpreters.map((i) => ({ ...i, location_id: DEMO_APPOINTMENT_LOCATION, date: null })))
        .execute();
    }
  });
}

/** Spanish reviewed by a person; the other languages are machine drafts, marked as such. */
async function seedTranslations(
  tx: Transaction<Database>,
  id: string,
  translations: { title: Record<string, string>; what_to_bring: Record<string, string> },
) {
  const rows = Object.entries(translations).flatMap(([field, values]) =>
    Object.entries(values).map(([locale, value]) => ({
      entity: 'appointment_type',
      entity_id: id,
      field,
      locale,
      value,
      method: locale === 'es' ? ('human' as const) : ('machine' as const),
    })),
  );
  await tx
    .insertInto('translations')
    .values(rows)
    .onConflict((oc) => oc.doNothing())
    .execute();
}
