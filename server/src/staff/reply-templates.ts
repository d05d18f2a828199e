import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { REPLY_TEMPLATE_CODES } from '../seed/reply-templates.js';

export interface ReplyTemplate {
  code: string;
  locale: string;
  title: string;
  subject: string;
  body: string;
  /** A person has read it through (false: a machine draft). */
  reviewed: boolean;
  /** Not in the language asked for: the English template stands in. */
  fallback: boolean;
}

const FALLBACK_LOCALE = 'en';
const seededOrder = (code: string) => {
  const index = (REPLY_TEMPLATE_CODES as readonly string[]).indexOf(code);
  return index === -1 ? REPLY_TEMPLATE_CODES.length : index;
};
const byCode = (a: { code: string }, b: { code: string }) =>
  seededOrder(a.code) - seededOrder(b.code) || a.code.localeCompare(b.code);

/**
 * The office's reply templates. With a locale: one per template, in that
 * language (or its base language: pt-BR → pt), else in English marked
 * `fallback`. Without one: every template in every language, for editing.
 */
export async function listReplyTemplates(db: Kysely<Database>, locale?: string): Promise<ReplyTemplate[]> {
  const rows = await db
    .selectFrom('reply_templates')
    .select(['code', 'locale', 'title', 'subject', 'body', 'reviewed'])
    .orderBy('code')
    .orderBy('locale')
    .execute();
  if (!locale) return rows.map((row) => ({ ...row, fallback: false })).sort(byCode);
  const wanted = [locale, locale.split('-')[0]!].map((l) => l.toLowerCase());
  const codes = [...new Set(rows.map((row) => row.code))];
  return codes
    .flatMap((code) => {
      const versions = rows.filter((row) => row.code === code);
      const own = wanted.map((l) => versions.find((row) => row.locale.toLowerCase() === l)).find(Boolean);
      if (own) return [{ ...own, fallback: false }];
      const english = versions.find((row) => row.locale === FALLBACK_LOCALE);
      return english ? [{ ...english, fallback: true }] : [];
    })
    .sort(byCode);
}

export async function templateExists(db: Kysely<Database>, code: string): Promise<boolean> {
  return (
    (await db.selectFrom('reply_templates').select('code').where('code', '=', code).executeTakeFirst()) !== undefined
  );
}

/** Writes a template in one language (a new code or language adds one); answers whether it was new. */
export async function saveReplyTemplate(
  db: Kysely<Database>,
  code: string,
  locale: string,
  text: { title: string; subject: string; body: string; reviewed: boolean },
): Promise<{ template: ReplyTemplate; created: boolean }> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('reply_templates')
      .select('code')
      .where('code', '=', code)
      .where('locale', '=', locale)
      .forUpdate()
      .executeTakeFirst();
    await trx
      .insertInto('reply_templates')
      .values({ code, locale, ...text, updated_at: new Date() })
      .onConflict((oc) => oc.columns(['code', 'locale']).doUpdateSet({ ...text, updated_at: new Date() }))
      .execute();
    return { template: { code, locale, ...text, fallback: false }, created: !existing };
  });
}

const PLACEHOLDER = /\{(reference|referral|status_url)\}/g;

/** Fills `{reference}`, `{referral}` and `{status_url}`; other braces are left as written. */
export function fillPlaceholders(
  text: string,
  values: { reference: string; referral: string; status_url: string },
): string {
  return text.replace(PLACEHOLDER, (_, name: keyof typeof values) => values[name]);
}
