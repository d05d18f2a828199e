import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

/**
 * Migrations, in order, inline: the same files run on PGlite and PostgreSQL.
 * Never edit one that has shipped; add the next.
 */
const migrations: Record<string, Migration> = {
  '0001_directory': {
    async up(db: Kysely<unknown>) {
      await sql`CREATE EXTENSION IF NOT EXISTS unaccent`.execute(db);
      await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
      // An immutable wrapper, so that search text can be computed in indexes and updates alike.
      await sql`CREATE OR REPLACE FUNCTION ww_fold(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT lower(public.unaccent('public.unaccent', coalesce($1, ''))) $$`.execute(
        db,
      );

      // Is a schedule open at a moment? Weekly (`MO,TU`) and monthly (`1TH,3TH`, `-1FR`) rules, in the schedule's own time zone.
      await sql`CREATE OR REPLACE FUNCTION ww_open_at(freq text, byday text, opens_at text, closes_at text, tz text, at timestamptz)
        RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $$
          WITH local AS (SELECT (at AT TIME ZONE tz) AS t)
          SELECT coalesce(opens_at <= to_char(t, 'HH24:MI') AND to_char(t, 'HH24:MI') < closes_at AND (
            (freq = 'WEEKLY' AND byday ~ ('(^|,)' || (ARRAY['SU','MO','TU','WE','TH','FR','SA'])[extract(dow FROM t)::int + 1] || '(,|$)'))
            OR (freq = 'MONTHLY' AND (
              byday ~ ('(^|,)' || ceil(extract(day FROM t) / 7.0)::int || (ARRAY['SU','MO','TU','WE','TH','FR','SA'])[extract(dow FROM t)::int + 1] || '(,|$)')
              OR (extract(month FROM t + interval '7 days') <> extract(month FROM t)
                  AND byday ~ ('(^|,)-1' || (ARRAY['SU','MO','TU','WE','TH','FR','SA'])[extract(dow FROM t)::int + 1] || '(,|$)'))))
          ), false) FROM local
        $$`.execute(db);
      // Great-circle distance in kilometres.
      await sql`CREATE OR REPLACE FUNCTION ww_distance_km(lat1 double precision, lon1 double precision, lat2 double precision, lon2 double precision)
        RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
          SELECT 6371.0 * 2 * asin(sqrt(power(sin(radians(lat2 - lat1) / 2), 2)
            + cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lon2 - lon1) / 2), 2)))
        $$`.execute(db);

      await db.schema
        .createTable('organizations')
        .addColumn('id', 'uuid', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('url', 'text')
        .addColumn('email', 'text')
        .addColumn('source_locale', 'text', (c) => c.notNull().defaultTo('en'))
        .execute();

      await db.schema
        .createTable('services')
        .addColumn('id', 'uuid', (c) => c.primaryKey())
        .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('alternate_name', 'text')
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('url', 'text')
        .addColumn('email', 'text')
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
        .addColumn('application_process', 'text')
        .addColumn('fees_description', 'text')
        .addColumn('eligibility_description', 'text')
        .addColumn('source_locale', 'text', (c) => c.notNull().defaultTo('en'))
        .addColumn('last_verified', 'date')
        .addColumn('last_modified', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('search_vector', sql`tsvector`, (c) => c.notNull().defaultTo(sql`''::tsvector`))
        // Copies of the service's topics, badges and languages, kept by refreshSearchText:
        // filters and facet counts read them without joins.
        .addColumn('topic_codes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
        .addColumn('badge_codes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
        .addColumn('language_codes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
        .execute();

      await db.schema
        .createTable('locations')
        .addColumn('id', 'uuid', (c) => c.primaryKey())
        .addColumn('organization_id', 'uuid', (c) => c.references('organizations.id').onDelete('cascade'))
        .addColumn('location_type', 'text', (c) => c.notNull().defaultTo('physical'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .addColumn('transportation', 'text')
        .addColumn('accessibility', 'text')
        .addColumn('latitude', 'double precision')
        .addColumn('longitude', 'double precision')
        .addColumn('timezone', 'text', (c) => c.notNull().defaultTo('America/New_York'))
        .addColumn('is_corner', 'boolean', (c) => c.notNull().defaultTo(false))
        .addColumn('corner_description', 'text')
        .addColumn('source_locale', 'text', (c) => c.notNull().defaultTo('en'))
        .execute();

      await db.schema
        .createTable('addresses')
        .addColumn('id', 'uuid', (c) => c.primaryKey())
        .addColumn('location_id', 'uuid', (c) => c.notNull().references('locations.id').onDelete('cascade'))
        .addColumn('address_1', 'text', (c) => c.notNull())
        .addColumn('address_2', 'text')
        .addColumn('city', 'text', (c) => c.notNull())
        .addColumn('state_province', 'text', (c) => c.notNull())
        .addColumn('postal_code', 'text', (c) => c.notNull())
        .addColumn('country', 'text', (c) => c.notNull())
        .addColumn('address_type', 'text', (c) => c.notNull().defaultTo('physical'))
        .execute();

      await db.schema
        .createTable('service_at_location')
        .addColumn('id', 'uuid', (c) => c.primaryKey())
        .addColumn('service_id', 'uuid', (c) => c.notNull().references('services.id').onDelete('cascade'))
        .addColumn('location_id', 'uuid', (c) => c.notNull().references('locations.id').onDelete('cascade'))
        .addUniqueConstraint('service_at_location_pair', ['service_id', 'location_id'])
        .execute();

      await db.schema
        .createTable('schedules')
        .addColumn('id', 'uuid', (c) => c.primaryKey())
        .addColumn('service_id', 'uuid', (c) => c.references('services.id').onDelete('cascade'))
        .addColumn('location_id', 'uuid', (c) => c.references('locations.id').onDelete('cascade'))
        .addColumn('service_at_location_id', 'uuid', (c) => c.references('service_at_location.id').onDelete('cascade'))
        .addColumn('timezone', 'text', (c) => c.notNull())
        .addColumn('freq', 'text')
        .addColumn('interval', 'integer')
        .addColumn('byday', 'text')
        .addColumn('opens_at', 'text')
        .addColumn('closes_at', 'text')
        .addColumn('valid_from', 'date')
        .addColumn('valid_to', 'date')
        .addColumn('description', 'text')
        .execute();

      await db.schema
        .createTable('phones')
        .addColumn('id', 'uuid', (c) => c.primaryKey())
        .addColumn('organization_id', 'uuid', (c) => c.references('organizations.id').onDelete('cascade'))
        .addColumn('service_id', 'uuid', (c) => c.references('services.id').onDelete('cascade'))
        .addColumn('location_id', 'uuid', (c) => c.references('locations.id').onDelete('cascade'))
        .addColumn('number', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull().defaultTo('voice'))
        .addColumn('description', 'text')
        .execute();

      await db.schema
        .createTable('languages')
        .addColumn('id', 'uuid', (c) => c.primaryKey())
        .addColumn('service_id', 'uuid', (c) => c.references('services.id').onDelete('cascade'))
        .addColumn('location_id', 'uuid', (c) => c.references('locations.id').onDelete('cascade'))
        .addColumn('phone_id', 'uuid', (c) => c.references('phones.id').onDelete('cascade'))
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('staff', 'interpretation')`))
        .addColumn('note', 'text')
        .execute();

      await db.schema
        .createTable('taxonomies')
        .addColumn('id', 'uuid', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .addColumn('uri', 'text')
        .addColumn('version', 'text')
        .execute();

      await db.schema
        .createTable('taxonomy_terms')
        .addColumn('id', 'uuid', (c) => c.primaryKey())
        .addColumn('taxonomy_id', 'uuid', (c) => c.references('taxonomies.id').onDelete('cascade'))
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .addColumn('parent_id', 'uuid')
        .execute();

      await db.schema
        .createTable('attributes')
        .addColumn('id', 'uuid', (c) => c.primaryKey())
        .addColumn('link_id', 'uuid', (c) => c.notNull())
        .addColumn('link_type', 'text')
        .addColumn('link_entity', 'text', (c) => c.notNull())
        .addColumn('taxonomy_term_id', 'uuid', (c) => c.notNull().references('taxonomy_terms.id').onDelete('cascade'))
        .addColumn('value', 'text')
        .execute();

      await db.schema
        .createTable('required_documents')
        .addColumn('id', 'uuid', (c) => c.primaryKey())
        .addColumn('service_id', 'uuid', (c) => c.notNull().references('services.id').onDelete('cascade'))
        .addColumn('document', 'text', (c) => c.notNull())
        .addColumn('uri', 'text')
        .execute();

      await db.schema
        .createTable('translations')
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'uuid', (c) => c.notNull())
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull().check(sql`method IN ('human', 'machine')`))
        .addPrimaryKeyConstraint('translations_pk', ['entity', 'entity_id', 'field', 'locale'])
        .execute();

      await sql`CREATE INDEX services_search_trgm ON services USING gin (search_text gin_trgm_ops)`.execute(db);
      await sql`CREATE INDEX services_search_fts ON services USING gin (to_tsvector('simple', search_text))`.execute(
        db,
      );
      await sql`CREATE INDEX services_topics ON services USING gin (topic_codes)`.execute(db);
      await sql`CREATE INDEX services_languages ON services USING gin (language_codes)`.execute(db);
      await sql`CREATE INDEX attributes_link ON attributes (link_id)`.execute(db);
      await sql`CREATE INDEX attributes_term ON attributes (taxonomy_term_id, link_id)`.execute(db);
      await sql`CREATE INDEX languages_service ON languages (service_id)`.execute(db);
      await sql`CREATE INDEX languages_code ON languages (code, service_id)`.execute(db);
      await sql`CREATE INDEX sal_location ON service_at_location (location_id)`.execute(db);
      await sql`CREATE INDEX schedules_service ON schedules (service_id)`.execute(db);
      await sql`CREATE INDEX phones_service ON phones (service_id)`.execute(db);
      await sql`CREATE INDEX addresses_location ON addresses (location_id)`.execute(db);
      await sql`CREATE INDEX addresses_postal ON addresses (postal_code)`.execute(db);
      await sql`CREATE UNIQUE INDEX taxonomy_terms_code ON taxonomy_terms (taxonomy_id, code)`.execute(db);
    },
  },
  '0002_events': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('events')
        .addColumn('id', 'uuid', (c) => c.primaryKey())
        .addColumn('uid', 'text', (c) => c.notNull().unique())
        .addColumn('organization_id', 'uuid', (c) => c.references('organizations.id').onDelete('set null'))
        .addColumn('location_id', 'uuid', (c) => c.references('locations.id').onDelete('set null'))
        .addColumn('location_text', 'text')
        .addColumn('online_url', 'text')
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('organizer', 'text')
        .addColumn('accessibility', 'text')
        .addColumn('cost', 'text')
        .addColumn('is_free', 'boolean', (c) => c.notNull().defaultTo(true))
        .addColumn('language_codes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
        .addColumn('timezone', 'text', (c) => c.notNull())
        .addColumn('dtstart', 'text', (c) => c.notNull())
        .addColumn('duration_minutes', 'integer', (c) => c.notNull().check(sql`duration_minutes > 0`))
        .addColumn('rrule', 'text')
        .addColumn('exdates', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
        .addColumn('capacity', 'integer', (c) => c.check(sql`capacity IS NULL OR capacity >= 0`))
        .addColumn('registration_mode', 'text', (c) =>
          c
            .notNull()
            .defaultTo('none')
            .check(sql`registration_mode IN ('none', 'per-session', 'series')`),
        )
        .addColumn('registration_url', 'text')
        .addColumn('status', 'text', (c) =>
          c
            .notNull()
            .defaultTo('scheduled')
            .check(sql`status IN ('scheduled', 'cancelled')`),
        )
        .addColumn('first_start', 'timestamptz', (c) => c.notNull())
        .addColumn('last_end', 'timestamptz')
        .addColumn('source', 'text', (c) => c.notNull().defaultTo('api'))
        .addColumn('source_locale', 'text', (c) => c.notNull().defaultTo('en'))
        .addColumn('last_modified', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await sql`CREATE INDEX events_window ON events (first_start, last_end)`.execute(db);
      await sql`CREATE INDEX events_location ON events (location_id)`.execute(db);

      await db.schema
        .createTable('event_capacity')
        .addColumn('event_id', 'uuid', (c) => c.notNull().references('events.id').onDelete('cascade'))
        .addColumn('occurrence_key', 'text', (c) => c.notNull())
        .addColumn('taken', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('waitlisted', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('event_capacity_pk', ['event_id', 'occurrence_key'])
        .execute();

      await db.schema
        .createTable('registrations')
        .addColumn('id', 'uuid', (c) => c.primaryKey())
        .addColumn('event_id', 'uuid', (c) => c.notNull().references('events.id').onDelete('cascade'))
        .addColumn('occurrence_key', 'text', (c) => c.notNull())
        .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope IN ('session', 'series')`))
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('confirmed', 'waitlisted', 'cancelled')`))
        .addColumn('party_size', 'integer', (c) => c.notNull().check(sql`party_size BETWEEN 1 AND 10`))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('contact_method', 'text', (c) => c.notNull())
        .addColumn('email', 'text')
        .addColumn('phone', 'text')
        .addColumn('preferred_language', 'text', (c) => c.notNull())
        .addColumn('access_needs', 'text')
        .addColumn('idempotency_key', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
        // When the name, contact and needs were erased (cancelled, or the retention period after the event ended).
        .addColumn('purged_at', 'timestamptz')
        .execute();
      await sql`CREATE UNIQUE INDEX registrations_idempotency ON registrations (event_id, idempotency_key)`.execute(db);
      await sql`CREATE INDEX registrations_queue ON registrations (event_id, occurrence_key, status, created_at)`.execute(
        db,
      );

      await db.schema
        .createTable('server_secrets')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '0003_inquiries': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('inquiries')
        .addColumn('id', 'uuid', (c) => c.primaryKey())
        .addColumn('reference', 'text', (c) => c.notNull().unique())
        .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('inquiry', 'volunteer')`))
        .addColumn('channel', 'text', (c) =>
          c.notNull().check(sql`channel IN ('web', 'hotline', 'email', '311', 'outreach')`),
        )
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('preferred_language', 'text', (c) => c.notNull())
        .addColumn('contact_method', 'text', (c) =>
          c.notNull().check(sql`contact_method IN ('phone', 'email', 'text', 'none')`),
        )
        .addColumn('consent', 'boolean', (c) => c.notNull().defaultTo(false))
        .addColumn('postcode', 'text')
        .addColumn('origin', 'text')
        .addColumn('name_enc', 'text')
        .addColumn('phone_enc', 'text')
        .addColumn('email_enc', 'text')
        .addColumn('message_enc', 'text')
        .addColumn('interests', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
        .addColumn('languages_spoken', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
        .addColumn('availability', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
        .addColumn('status', 'text', (c) =>
          c
            .notNull()
            .defaultTo('new')
            .check(sql`status IN ('new', 'in-progress', 'referred', 'resolved', 'closed')`),
        )
        .addColumn('referral', 'text')
        .addColumn('resolution_code', 'text')
        .addColumn('idempotency_key', 'text', (c) => c.unique())
        .addColumn('logged_by', 'text')
        .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('resolved_at', 'timestamptz')
        .addColumn('personal_purged_at', 'timestamptz')
        .execute();
      await sql`CREATE INDEX inquiries_counts ON inquiries (received_at, channel, topic, preferred_language, status)`.execute(
        db,
      );
      await db.schema
        .createTable('staff_tokens')
        .addColumn('id', 'uuid', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope IN ('read', 'write')`))
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('revoked_at', 'timestamptz')
        .execute();
    },
  },
  '0004_referral_destinations': {
    async up(db: Kysely<unknown>) {
      // Where staff refer people: public statistics publish these codes, never the referral text staff type.
      await db.schema
        .createTable('referral_destinations')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('aliases', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
        .addColumn('position', 'integer', (c) => c.notNull())
        .execute();
      // The usual destinations of New York and Boston immigrant-affairs offices; offices edit the list.
      const destinations: [string, string, string[]][] = [
        [
          'legal-services',
          'Legal services provider',
          [
            'legal service provider',
            'legal services',
            'legal aid',
            'lawyer',
            'attorney',
            'immigration lawyer',
            'doj-accredited representative',
          ],
        ],
        ['actionnyc', 'ActionNYC', ['action nyc']],
        ['idnyc', 'IDNYC', ['id nyc', 'municipal id']],
        ['nycitizenship', 'NYCitizenship', ['nyc citizenship', 'citizenship clinic']],
        ['311', '311', ['nyc 311', 'boston 311']],
        [
          'health-hospitals',
          'NYC Health + Hospitals',
          ['nyc health and hospitals', 'health + hospitals', 'h+h', 'hospital'],
        ],
        [
          'benefits',
          'Public benefits office (HRA, DTA)',
          ['hra', 'hra benefits', 'dta', 'snap', 'benefits', 'benefits office'],
        ],
        [
          'housing',
          'Housing agency or tenant help',
          ['housing agency', 'housing', 'hpd', 'tenant organization', 'tenant help'],
        ],
        [
          'public-library',
          'Public library',
          [
            'library',
            'nypl',
            'new york public library',
            'brooklyn public library',
            'queens public library',
            'boston public library',
            'bpl',
          ],
        ],
        [
          'community-organization',
          'Community-based organization',
          ['community organization', 'community based organization', 'cbo'],
        ],
        ['city-agency', 'Other city agency', ['city agency', 'other agency']],
        ['other', 'Other', []],
      ];
      await sql`INSERT INTO referral_destinations (code, name, aliases, position) VALUES ${sql.join(
        destinations.map(
          ([code, name, aliases], position) =>
            sql`(${code}, ${name}, ARRAY[${sql.join(aliases)}]::text[], ${position})`,
        ),
      )}`.execute(db);
    },
  },
  '0005_staff_desk': {
    async up(db: Kysely<unknown>) {
      // Walk-ins are logged like calls (the hearing's desk counts them apart).
      await sql`ALTER TABLE inquiries DROP CONSTRAINT IF EXISTS inquiries_channel_check`.execute(db);
      await sql`ALTER TABLE inquiries ADD CONSTRAINT inquiries_channel_check
        CHECK (channel IN ('web', 'hotline', 'email', '311', 'walk-in', 'outreach'))`.execute(db);

      // People who sign in to the desk: by the office's OpenID Connect provider or a local password.
      await db.schema
        .createTable('staff_accounts')
        .addColumn('id', 'uuid', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('roles', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
        // Location ids an organizer may run events for (issue 17 reads them).
        .addColumn('location_ids', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
        .addColumn('locale', 'text', (c) => c.notNull().defaultTo('en'))
        .addColumn('password_hash', 'text')
        .addColumn('totp_secret_enc', 'text')
        .addColumn('totp_pending_enc', 'text')
        .addColumn('oidc_issuer', 'text')
        .addColumn('oidc_subject', 'text')
        .addColumn('setup_token_hash', 'text', (c) => c.unique())
        .addColumn('setup_expires_at', 'timestamptz')
        .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('locked_until', 'timestamptz')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('disabled_at', 'timestamptz')
        .execute();
      await sql`CREATE UNIQUE INDEX staff_accounts_oidc ON staff_accounts (oidc_issuer, oidc_subject) WHERE oidc_subject IS NOT NULL`.execute(
        db,
      );
      // Sessions live in the database so every server process sees them; only a hash of the cookie is kept.
      await db.schema
        .createTable('staff_sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'uuid', (c) => c.notNull().references('staff_accounts.id').onDelete('cascade'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await sql`CREATE INDEX staff_sessions_account ON staff_sessions (account_id)`.execute(db);
      // An OpenID Connect sign-in in flight: state, PKCE verifier and nonce, for whichever process gets the callback.
      await db.schema
        .createTable('staff_login_flows')
        .addColumn('state', 'text', (c) => c.primaryKey())
        .addColumn('code_verifier', 'text', (c) => c.notNull())
        .addColumn('nonce', 'text', (c) => c.notNull())
        .addColumn('return_to', 'text')
        .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
        .execute();
      // Who viewed, changed or exported which personal record: ids and field names only, never the values.
      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'bigserial', (c) => c.primaryKey())
        .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('actor_account_id', 'uuid')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('record_type', 'text', (c) => c.notNull())
        .addColumn('record_id', 'text')
        .addColumn('fields', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
        .execute();
      await sql`CREATE INDEX audit_log_record ON audit_log (record_type, record_id, at)`.execute(db);
      await sql`CREATE INDEX audit_log_at ON audit_log (at)`.execute(db);

      // The desk's work on an inquiry: who has it, where it was referred (a managed code), its version for If-Match.
      await sql`ALTER TABLE inquiries
        ADD COLUMN assigned_to uuid REFERENCES staff_accounts(id) ON DELETE SET NULL,
        ADD COLUMN referral_code text REFERENCES referral_destinations(code) ON UPDATE CASCADE,
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ADD COLUMN updated_by text,
        ADD COLUMN status_token_hash text,
        ADD COLUMN status_failures integer NOT NULL DEFAULT 0,
        ADD COLUMN status_locked_until timestamptz`.execute(db);
      await sql`CREATE INDEX inquiries_queue ON inquiries (status, received_at)`.execute(db);
      await sql`CREATE INDEX inquiries_assigned ON inquiries (assigned_to, status)`.execute(db);
      // Existing free text maps to a destination by name or alias; what does not match stays as text, code 'other'.
      await sql`UPDATE inquiries i SET referral_code = coalesce(
          (SELECT d.code FROM referral_destinations d
            WHERE lower(regexp_replace(trim(i.referral), '\s+', ' ', 'g')) = lower(d.name)
               OR lower(regexp_replace(trim(i.referral), '\s+', ' ', 'g')) = ANY (d.aliases)
            ORDER BY d.position LIMIT 1),
          'other')
        WHERE i.referral IS NOT NULL AND i.referral <> ''`.execute(db);

      // Destinations become a managed list: agency or partner, the topics they take, retired ones kept for counts.
      await sql`ALTER TABLE referral_destinations
        ADD COLUMN kind text NOT NULL DEFAULT 'agency' CHECK (kind IN ('agency', 'partner')),
        ADD COLUMN topics text[] NOT NULL DEFAULT '{}',
        ADD COLUMN active boolean NOT NULL DEFAULT true`.execute(db);
      await sql`UPDATE referral_destinations SET kind = 'partner'
        WHERE code IN ('legal-services', 'community-organization', 'public-library')`.execute(db);

      await db.schema
        .createTable('inquiry_notes')
        .addColumn('id', 'uuid', (c) => c.primaryKey())
        .addColumn('inquiry_id', 'uuid', (c) => c.notNull().references('inquiries.id').onDelete('cascade'))
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('body_enc', 'text')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await sql`CREATE INDEX inquiry_notes_inquiry ON inquiry_notes (inquiry_id, created_at)`.execute(db);

      // Replies are logged (who, when, which template, which language, how it went), never their text in plain.
      await db.schema
        .createTable('inquiry_replies')
        .addColumn('id', 'uuid', (c) => c.primaryKey())
        .addColumn('inquiry_id', 'uuid', (c) => c.notNull().references('inquiries.id').onDelete('cascade'))
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('template_code', 'text')
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('outbox_id', 'uuid')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema
        .createTable('reply_templates')
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('reviewed', 'boolean', (c) => c.notNull().defaultTo(false))
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addPrimaryKeyConstraint('reply_templates_pk', ['code', 'locale'])
        .execute();
      // Mail waiting to go, sent, or failed: recipients and text encrypted; a row is claimed before sending.
      await db.schema
        .createTable('mail_outbox')
        .addColumn('id', 'uuid', (c) => c.primaryKey())
        .addColumn('purpose', 'text', (c) => c.notNull())
        .addColumn('record_type', 'text')
        .addColumn('record_id', 'text')
        .addColumn('to_enc', 'text', (c) => c.notNull())
        .addColumn('subject_enc', 'text', (c) => c.notNull())
        .addColumn('text_enc', 'text', (c) => c.notNull())
        .addColumn('html_enc', 'text')
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) =>
          c
            .notNull()
            .defaultTo('queued')
            .check(sql`status IN ('queued', 'sending', 'sent', 'failed', 'kept')`),
        )
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('claimed_until', 'timestamptz')
        .addColumn('last_error', 'text')
        .addColumn('message_id', 'text')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('sent_at', 'timestamptz')
        .execute();
      await sql`CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at)`.execute(db);

      // Outreach: an event attended and the people reached there, by language and topic; sign-ups made.
      await db.schema
        .createTable('outreach_events')
        .addColumn('id', 'uuid', (c) => c.primaryKey())
        .addColumn('held_on', 'date', (c) => c.notNull())
        .addColumn('place', 'text', (c) => c.notNull())
        .addColumn('partner', 'text')
        .addColumn('notes', 'text')
        .addColumn('logged_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema
        .createTable('outreach_reach')
        .addColumn('outreach_id', 'uuid', (c) => c.notNull().references('outreach_events.id').onDelete('cascade'))
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('people', 'integer', (c) => c.notNull().check(sql`people > 0`))
        .execute();
      await db.schema
        .createTable('outreach_signups')
        .addColumn('outreach_id', 'uuid', (c) => c.notNull().references('outreach_events.id').onDelete('cascade'))
        .addColumn('program', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull().check(sql`count > 0`))
        .execute();
    },
  },
  '0006a_staff_sign_in': {
    async up(db: Kysely<unknown>) {
      // The last TOTP time step accepted per account: a code is good once, a replay within its window fails.
      await sql`ALTER TABLE staff_accounts ADD COLUMN totp_last_step integer`.execute(db);
      // One-time demo sign-ins that `npm start` prints; only a hash of each token is kept.
      await db.schema
        .createTable('staff_demo_tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'uuid', (c) => c.notNull().references('staff_accounts.id').onDelete('cascade'))
        .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
        .execute();
    },
  },
  '0007_running_clinics': {
    async up(db: Kysely<unknown>) {
      // Events edited in the desk: a version for If-Match, SEQUENCE for calendar apps, who changed them.
      await sql`ALTER TABLE events
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ADD COLUMN sequence integer NOT NULL DEFAULT 0,
        ADD COLUMN interpreter_available boolean NOT NULL DEFAULT false,
        ADD COLUMN updated_by text`.execute(db);
      // One session of a series cancelled or moved (the series' rule stays as written; feeds add RECURRENCE-ID overrides).
      await db.schema
        .createTable('event_session_changes')
        .addColumn('event_id', 'uuid', (c) => c.notNull().references('events.id').onDelete('cascade'))
        // The session's original local start, `YYYY-MM-DDTHH:MM` (the occurrence key registrations use).
        .addColumn('occurrence_key', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('cancelled', 'moved')`))
        // Moved: the new local start and length.
        .addColumn('new_start', 'text')
        .addColumn('new_duration_minutes', 'integer')
        .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('changed_by', 'text', (c) => c.notNull())
        .addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addPrimaryKeyConstraint('event_session_changes_pk', ['event_id', 'occurrence_key'])
        .execute();

      // Sign-ups: a code to check in with (typed or in the QR code), how the person came, whether reminders go.
      await sql`ALTER TABLE registrations
        ADD COLUMN checkin_code text,
        ADD COLUMN source text NOT NULL DEFAULT 'web' CHECK (source IN ('web', 'walk-in', 'desk')),
        ADD COLUMN reminders text NOT NULL DEFAULT 'on' CHECK (reminders IN ('on', 'stopped')),
        ADD COLUMN contact_bounced_at timestamptz,
        ADD COLUMN created_by text`.execute(db);
      await sql`CREATE UNIQUE INDEX registrations_checkin_code ON registrations (checkin_code) WHERE checkin_code IS NOT NULL`.execute(
        db,
      );
      await sql`CREATE INDEX registrations_session ON registrations (event_id, occurrence_key, status)`.execute(db);
      // Who came to which session (a series registration has one row per session attended or missed).
      await db.schema
        .createTable('attendance')
        .addColumn('registration_id', 'uuid', (c) => c.notNull().references('registrations.id').onDelete('cascade'))
        .addColumn('occurrence_key', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('attended', 'no-show')`))
        .addColumn('marked_by', 'text', (c) => c.notNull())
        .addColumn('marked_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addPrimaryKeyConstraint('attendance_pk', ['registration_id', 'occurrence_key'])
        .execute();

      // Work the server does later or on a schedule (messages, promotions, retention), claimed with
      // FOR UPDATE SKIP LOCKED so two processes never run one job; `dedupe_key` makes enqueueing idempotent.
      await db.schema
        .createTable('jobs')
        .addColumn('id', 'uuid', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('payload', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
        .addColumn('dedupe_key', 'text', (c) => c.unique())
        .addColumn('run_at', 'timestamptz', (c) => c.notNull())
        .addColumn('status', 'text', (c) =>
          c
            .notNull()
            .defaultTo('queued')
            .check(sql`status IN ('queued', 'running', 'done', 'failed')`),
        )
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('claimed_until', 'timestamptz')
        .addColumn('claimed_by', 'text')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('finished_at', 'timestamptz')
        .execute();
      await sql`CREATE INDEX jobs_due ON jobs (status, run_at)`.execute(db);
      // Each message to a registrant once: (registration, kind, session, change sequence, channel) is unique,
      // written in the same transaction as the outbox row, so a retried or raced job cannot send it twice.
      await db.schema
        .createTable('registration_messages')
        .addColumn('registration_id', 'uuid', (c) => c.notNull().references('registrations.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('occurrence_key', 'text', (c) => c.notNull())
        .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel IN ('email', 'sms')`))
        .addColumn('outbox_id', 'uuid', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addPrimaryKeyConstraint('registration_messages_pk', [
          'registration_id',
          'kind',
          'occurrence_key',
          'sequence',
          'channel',
        ])
        .execute();
      // Text messages, like mail: recipient and body encrypted, claimed before sending, retried with backoff.
      await db.schema
        .createTable('sms_outbox')
        .addColumn('id', 'uuid', (c) => c.primaryKey())
        .addColumn('purpose', 'text', (c) => c.notNull())
        .addColumn('record_type', 'text')
        .addColumn('record_id', 'text')
        .addColumn('to_enc', 'text', (c) => c.notNull())
        .addColumn('body_enc', 'text', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) =>
          c
            .notNull()
            .defaultTo('queued')
            .check(sql`status IN ('queued', 'sending', 'sent', 'failed', 'kept', 'bounced')`),
        )
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('claimed_until', 'timestamptz')
        .addColumn('last_error', 'text')
        .addColumn('provider_id', 'text')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('sent_at', 'timestamptz')
        .execute();
      await sql`CREATE INDEX sms_outbox_due ON sms_outbox (status, next_attempt_at)`.execute(db);
      // Mail gains attachments (the .ics) and headers (List-Unsubscribe), both encrypted; a refused address is `bounced`.
      await sql`ALTER TABLE mail_outbox
        ADD COLUMN attachments_enc text,
        ADD COLUMN headers_enc text`.execute(db);
      await sql`ALTER TABLE mail_outbox DROP CONSTRAINT IF EXISTS mail_outbox_status_check`.execute(db);
      await sql`ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_status_check
        CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'kept', 'bounced'))`.execute(db);
      // Settings an office changes without a restart (hours before a session that the reminder goes).
      await db.schema
        .createTable('office_settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'jsonb', (c) => c.notNull())
        .addColumn('updated_by', 'text')
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
    },
  },
  '0008_search': {
    async up(db: Kysely<unknown>) {
      // Everyday words the office maps to what it does ("deportation", "green card"), per language, editable in the desk.
      await db.schema
        .createTable('search_concepts')
        .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
        // The BCP 47 tag of the language the phrase is in.
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('phrase', 'text', (c) => c.notNull())
        // ww_fold(phrase): what a visitor's folded words are compared with; one entry per phrase and language.
        .addColumn('phrase_folded', 'text', (c) => c.notNull())
        // Topic codes the phrase points to, and words the services use that are searched for it.
        .addColumn('topics', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
        .addColumn('terms', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
        // A seeded or machine-made entry stays a draft until someone who reads the language reviews it.
        .addColumn('review', 'text', (c) =>
          c
            .notNull()
            .defaultTo('draft')
            .check(sql`review IN ('draft', 'reviewed')`),
        )
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('updated_by', 'text')
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addUniqueConstraint('search_concepts_phrase', ['locale', 'phrase_folded'])
        .execute();
      // The words of the directory per language (folded), for typo tolerance: pg_trgm finds the near ones
      // in this small table instead of scanning every service.
      await db.schema
        .createTable('search_words')
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('word', 'text', (c) => c.notNull())
        // How many active services use the word: the commoner of two equally near corrections wins.
        .addColumn('services', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('search_words_pk', ['locale', 'word'])
        .execute();
      await sql`CREATE INDEX search_words_trgm ON search_words USING gin (word gin_trgm_ops)`.execute(db);
      // Bumped by every write to what search answers from (services, their texts, concepts), so cached answers
      // keyed by it are never stale; the other server processes hear of it through NOTIFY.
      await db.schema
        .createTable('directory_version')
        .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
        .addColumn('version', 'bigint', (c) => c.notNull().defaultTo(1))
        .execute();
      await sql`INSERT INTO directory_version (id, version) VALUES (1, 1)`.execute(db);
    },
  },
  '0008p_view_indexes': {
    async up(db: Kysely<unknown>) {
      // A page of service records reads the texts of many kinds of record by id (translate.ts, entity left out),
      // and each phone's languages: without these, both scan their whole table on every page.
      await sql`CREATE INDEX translations_entity_id ON translations (entity_id, locale)`.execute(db);
      await sql`CREATE INDEX languages_phone ON languages (phone_id)`.execute(db);
    },
  },
  '0009_appointments': {
    async up(db: Kysely<unknown>) {
      // One-to-one appointments (legal consultations, ID enrollment): what can be booked at a place, by whom and when.
      // Titles and "what to bring" in other languages are rows of `translations` (entity 'appointment_type').
      await db.schema
        .createTable('appointment_types')
        .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
        .addColumn('location_id', 'uuid', (c) => c.notNull().references('locations.id').onDelete('cascade'))
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('what_to_bring', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('source_locale', 'text', (c) => c.notNull().defaultTo('en'))
        .addColumn('duration_minutes', 'integer', (c) => c.notNull().check(sql`duration_minutes BETWEEN 5 AND 480`))
        // Kept free after each appointment (notes, the next person's arrival); part of the staff member's time.
        .addColumn('buffer_minutes', 'integer', (c) =>
          c
            .notNull()
            .defaultTo(0)
            .check(sql`buffer_minutes BETWEEN 0 AND 120`),
        )
        // How far ahead one can book, and how late (the least notice before the start).
        .addColumn('book_ahead_days', 'integer', (c) =>
          c
            .notNull()
            .defaultTo(28)
            .check(sql`book_ahead_days BETWEEN 1 AND 366`),
        )
        .addColumn('min_notice_minutes', 'integer', (c) =>
          c
            .notNull()
            .defaultTo(60)
            .check(sql`min_notice_minutes >= 0`),
        )
        // A community organization may book for a client.
        .addColumn('on_behalf_allowed', 'boolean', (c) => c.notNull().defaultTo(false))
        // "Next week's slots open on Friday at 9 am": a week's slots (Monday to Sunday, in the place's zone) open on
        // ISO weekday `release_weekday` at `release_time` of the week `release_weeks_before` earlier. Null: no rule.
        .addColumn('release_weekday', 'integer', (c) => c.check(sql`release_weekday BETWEEN 1 AND 7`))
        .addColumn('release_time', 'text', (c) => c.check(sql`release_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`))
        .addColumn('release_weeks_before', 'integer', (c) =>
          c
            .notNull()
            .defaultTo(1)
            .check(sql`release_weeks_before BETWEEN 1 AND 8`),
        )
        .addColumn('status', 'text', (c) =>
          c
            .notNull()
            .defaultTo('active')
            .check(sql`status IN ('active', 'archived')`),
        )
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('updated_by', 'text')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addUniqueConstraint('appointment_types_code', ['location_id', 'code'])
        .execute();
      // The people who hold appointments at a place: the languages they speak, the types they take, their hours.
      await db.schema
        .createTable('appointment_staff')
        .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
        .addColumn('location_id', 'uuid', (c) => c.notNull().references('locations.id').onDelete('cascade'))
        .addColumn('display_name', 'text', (c) => c.notNull())
        // Their desk account, when they have one ("my schedule").
        .addColumn('staff_account_id', 'uuid', (c) => c.references('staff_accounts.id').onDelete('set null'))
        .addColumn('languages', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
        .addColumn('type_ids', sql`uuid[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
        .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('updated_by', 'text')
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      // Weekly hours per staff member, in the place's time zone (local wall-clock times).
      await db.schema
        .createTable('availability_rules')
        .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
        .addColumn('staff_id', 'uuid', (c) => c.notNull().references('appointment_staff.id').onDelete('cascade'))
        .addColumn('weekday', 'integer', (c) => c.notNull().check(sql`weekday BETWEEN 1 AND 7`))
        .addColumn('starts_at', 'text', (c) => c.notNull().check(sql`starts_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`))
        .addColumn('ends_at', 'text', (c) =>
          c.notNull().check(sql`ends_at ~ '^([01][0-9]|2[0-4]):[0-5][0-9]$' AND ends_at > starts_at`),
        )
        .addColumn('valid_from', 'date')
        .addColumn('valid_until', 'date')
        .execute();
      // A day (or part of one) closed for a staff member, or for the whole place when staff_id is null (a holiday);
      // or, with kind 'open', extra hours for a staff member.
      await db.schema
        .createTable('availability_exceptions')
        .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
        .addColumn('location_id', 'uuid', (c) => c.notNull().references('locations.id').onDelete('cascade'))
        .addColumn('staff_id', 'uuid', (c) => c.references('appointment_staff.id').onDelete('cascade'))
        .addColumn('date', 'date', (c) => c.notNull())
        .addColumn('starts_at', 'text')
        .addColumn('ends_at', 'text')
        .addColumn('kind', 'text', (c) =>
          c
            .notNull()
            .defaultTo('closed')
            .check(sql`kind IN ('closed', 'open')`),
        )
        .addColumn('note', 'text')
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      // Interpreters on call for a place, per language ('ase': American Sign Language), weekly or on one date.
      await db.schema
        .createTable('interpreter_availability')
        .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
        .addColumn('location_id', 'uuid', (c) => c.notNull().references('locations.id').onDelete('cascade'))
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('weekday', 'integer', (c) => c.check(sql`weekday BETWEEN 1 AND 7`))
        .addColumn('date', 'date')
        .addColumn('starts_at', 'text', (c) => c.notNull())
        .addColumn('ends_at', 'text', (c) => c.notNull())
        // How many appointments the interpreters of this language can serve at once.
        .addColumn('capacity', 'integer', (c) =>
          c
            .notNull()
            .defaultTo(1)
            .check(sql`capacity BETWEEN 1 AND 50`),
        )
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await sql`ALTER TABLE interpreter_availability ADD CONSTRAINT interpreter_when CHECK ((weekday IS NULL) <> (date IS NULL))`.execute(
        db,
      );
      // A booking, or a hold while a visitor fills the form. Name, email, phone and notes are encrypted (FieldCrypto).
      await db.schema
        .createTable('appointments')
        .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
        .addColumn('type_id', 'uuid', (c) => c.notNull().references('appointment_types.id'))
        .addColumn('location_id', 'uuid', (c) => c.notNull().references('locations.id'))
        .addColumn('staff_id', 'uuid', (c) => c.notNull().references('appointment_staff.id'))
        .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
        .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
        // ends_at plus the type's buffer: the staff member's time taken (what two bookings may not share).
        .addColumn('blocks_until', 'timestamptz', (c) => c.notNull())
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sql`status IN ('held', 'booked', 'checked_in', 'no_show', 'cancelled')`),
        )
        .addColumn('hold_expires_at', 'timestamptz')
        .addColumn('hold_token_hash', 'text', (c) => c.unique())
        // The interpreter booked: a BCP 47 code, 'ase' for ASL, or null.
        .addColumn('interpreter', 'text')
        // The language messages go out in (the client's, when booked on someone's behalf).
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('on_behalf', 'boolean', (c) => c.notNull().defaultTo(false))
        .addColumn('organization', 'text')
        .addColumn('name', 'text')
        .addColumn('contact_method', 'text', (c) =>
          c
            .notNull()
            .defaultTo('none')
            .check(sql`contact_method IN ('email', 'sms', 'none')`),
        )
        .addColumn('email', 'text')
        .addColumn('phone', 'text')
        .addColumn('notes', 'text')
        .addColumn('idempotency_key', 'text', (c) => c.unique())
        .addColumn('manage_token_hash', 'text', (c) => c.unique())
        .addColumn('source', 'text', (c) =>
          c
            .notNull()
            .defaultTo('web')
            .check(sql`source IN ('web', 'desk')`),
        )
        // The start before the last move ("your slot moved").
        .addColumn('moved_from', 'timestamptz')
        .addColumn('reminders', 'text', (c) =>
          c
            .notNull()
            .defaultTo('on')
            .check(sql`reminders IN ('on', 'stopped')`),
        )
        .addColumn('contact_bounced_at', 'timestamptz')
        .addColumn('booked_at', 'timestamptz')
        .addColumn('checked_in_at', 'timestamptz')
        .addColumn('cancelled_at', 'timestamptz')
        .addColumn('purged_at', 'timestamptz')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await sql`CREATE INDEX appointments_staff_time ON appointments (staff_id, starts_at)`.execute(db);
      await sql`CREATE INDEX appointments_location_time ON appointments (location_id, starts_at)`.execute(db);
      await sql`CREATE INDEX appointments_type_time ON appointments (type_id, starts_at)`.execute(db);
      // People waiting for a slot of a type in a week (Monday's date, in the place's zone): offered a cancellation.
      await db.schema
        .createTable('appointment_waitlist')
        .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
        .addColumn('type_id', 'uuid', (c) => c.notNull().references('appointment_types.id'))
        .addColumn('week_start', 'date', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('interpreter', 'text')
        .addColumn('name', 'text')
        .addColumn('contact_method', 'text', (c) => c.notNull().check(sql`contact_method IN ('email', 'sms')`))
        .addColumn('email', 'text')
        .addColumn('phone', 'text')
        .addColumn('status', 'text', (c) =>
          c
            .notNull()
            .defaultTo('waiting')
            .check(sql`status IN ('waiting', 'offered', 'booked', 'removed')`),
        )
        .addColumn('offered_at', 'timestamptz')
        .addColumn('idempotency_key', 'text', (c) => c.unique())
        .addColumn('manage_token_hash', 'text', (c) => c.unique())
        .addColumn('purged_at', 'timestamptz')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await sql`CREATE INDEX appointment_waitlist_type_week ON appointment_waitlist (type_id, week_start, created_at)`.execute(
        db,
      );
      // A message about an appointment (or a waiting-list offer), once per (appointment, kind, start, channel).
      await db.schema
        .createTable('appointment_messages')
        .addColumn('appointment_id', 'uuid', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        // The appointment's start the message was about (a move makes a new one).
        .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel IN ('email', 'sms')`))
        .addColumn('outbox_id', 'uuid', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addPrimaryKeyConstraint('appointment_messages_pk', ['appointment_id', 'kind', 'starts_at', 'channel'])
        .execute();
    },
  },
  '0010_directory_care': {
    async up(db: Kysely<unknown>) {
      // Keeping the directory true (issue 20): who edited a service and when, whether it takes new clients,
      // who confirms it, when it was re-verified, reviewed translations, reports from visitors, signed links.
      await db.schema
        .alterTable('services')
        // Bumped by every edit: the If-Match version of the editor (`"3"`).
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('updated_by', 'text')
        // Whether it takes new clients, shown in the finder and filterable ("taking new clients": accepting).
        .addColumn('availability', 'text', (c) =>
          c
            .notNull()
            .defaultTo('accepting')
            .check(sql`availability IN ('accepting', 'waitlist', 'full', 'paused')`),
        )
        // The day the status was set, and the day it is expected to change (a pause until…), if known.
        .addColumn('availability_since', 'date')
        .addColumn('availability_until', 'date')
        // The provider's contact for re-verification requests (FieldCrypto; never public).
        .addColumn('verification_contact', 'text')
        .execute();
      // Who reviewed a translation and when (method 'human' alone says a person wrote or checked it).
      await db.schema
        .alterTable('translations')
        .addColumn('reviewed_by', 'text')
        .addColumn('reviewed_at', 'timestamptz')
        .execute();
      // History of changes to a service and what hangs from it, one row per save: who, when, what changed.
      await db.schema
        .createTable('directory_changes')
        .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
        .addColumn('service_id', 'uuid', (c) => c.notNull())
        // 'edit' | 'create' | 'review' | 'verify' | 'provider-confirm' | 'report-closed'
        .addColumn('kind', 'text', (c) => c.notNull())
        // A staff account id; `provider` for the signed link; `import` for a file import.
        .addColumn('changed_by', 'text', (c) => c.notNull())
        .addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        // [{ field, locale?, before, after }]: the fields that changed (texts by language).
        .addColumn('fields', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
        .addColumn('service_version', 'integer', (c) => c.notNull())
        .execute();
      await sql`CREATE INDEX directory_changes_service ON directory_changes (service_id, changed_at DESC)`.execute(db);
      // "Report a problem" from a visitor (or a provider's correction through the signed link), for editors.
      await db.schema
        .createTable('service_reports')
        .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
        .addColumn('service_id', 'uuid', (c) => c.notNull().references('services.id').onDelete('cascade'))
        .addColumn('source', 'text', (c) =>
          c
            .notNull()
            .defaultTo('visitor')
            .check(sql`source IN ('visitor', 'provider')`),
        )
        .addColumn('kind', 'text', (c) =>
          c
            .notNull()
            .check(
              sql`kind IN ('wrong-phone', 'moved', 'closed', 'wrong-hours', 'not-free', 'unsafe-or-scam', 'other', 'provider-correction')`,
            ),
        )
        // The optional note (FieldCrypto: a visitor may type a name though none is asked for).
        .addColumn('note', 'text')
        // A provider's proposed corrections: { field: value } (not personal data of a visitor).
        .addColumn('proposed', 'jsonb')
        // The UI language the report was made in, so an editor knows which text the visitor read.
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) =>
          c
            .notNull()
            .defaultTo('open')
            .check(sql`status IN ('open', 'closed')`),
        )
        // 'fixed' (by the change in change_id) or 'no-change'.
        .addColumn('resolution', 'text')
        .addColumn('change_id', 'uuid')
        .addColumn('closed_by', 'text')
        .addColumn('closed_at', 'timestamptz')
        .addColumn('idempotency_key', 'text', (c) => c.unique())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await sql`CREATE INDEX service_reports_open ON service_reports (status, created_at)`.execute(db);
      await sql`CREATE INDEX service_reports_service ON service_reports (service_id)`.execute(db);
      // A re-verification request sent to a provider: the signed link's hash, its expiry, and what came of it.
      await db.schema
        .createTable('verification_requests')
        .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
        .addColumn('service_id', 'uuid', (c) => c.notNull().references('services.id').onDelete('cascade'))
        // sha256 of the signed token; the token itself is only in the mail.
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        // FieldCrypto: the address it went to.
        .addColumn('sent_to', 'text', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('requested_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
        .addColumn('used_at', 'timestamptz')
        // 'confirmed' | 'corrected'
        .addColumn('outcome', 'text')
        .addColumn('outbox_id', 'uuid')
        .execute();
      await sql`CREATE INDEX verification_requests_service ON verification_requests (service_id, created_at DESC)`.execute(
        db,
      );
    },
  },
  '0011_reminder_window': {
    async up(db: Kysely<unknown>) {
      // When the person was told of an appointment's current start (booked or moved). A reminder is owed only
      // when that was before the reminder window opened: someone who books this afternoon for tomorrow morning
      // has just had the confirmation, and a reminder a minute later is noise.
      await db.schema.alterTable('appointments').addColumn('start_told_at', 'timestamptz').execute();
      await sql`UPDATE appointments SET start_told_at = coalesce(booked_at, created_at) WHERE status <> 'held'`.execute(
        db,
      );
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
