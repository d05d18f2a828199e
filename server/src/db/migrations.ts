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
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
