import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';
import {
  createConcept,
  deleteConcept,
  listConcepts,
  updateConcept,
  type Concept,
  type ConceptInput,
} from '../directory/concepts.js';
import { TOPIC_CODES } from '../directory/taxonomy.js';
import { LanguageTag } from '../lib/language-tag.js';
import { notFound, problem, sendProblem } from '../lib/problem.js';
import { recordAudit, type AuditAction } from '../staff/audit.js';
import { requireWrite } from '../staff/auth.js';
import { versionEtag, versionsIn } from '../staff/if-match.js';
import { requireRole } from '../staff/require-role.js';
import { jsonContent, problemContent } from './params.js';
import { guarded, IdParam, security, StaleProblem } from './staff-shared.js';

const REVIEW = ['draft', 'reviewed'] as const;
const NO_SUCH_CONCEPT = 'No such everyday word';
/** One line: a phrase or term is matched against what a visitor types, never several lines. */
const ONE_LINE = /^[^\p{Cc}]*$/u;

const editors = requireRole('editor', 'admin');
const editorsOnly = { ...guarded, 403: problemContent('Needs the role editor or admin.') };

const SearchConcept = z
  .object({
    id: z.uuid(),
    locale: z.string().openapi({ description: 'The language the phrase is in (BCP 47).', example: 'es' }),
    phrase: z.string().openapi({ description: 'What people type, in their words.', example: 'deportación' }),
    topics: z.array(z.string()).openapi({ description: 'Topic codes the phrase stands for.' }),
    terms: z.array(z.string()).openapi({ description: 'Words the services use, searched for the phrase.' }),
    review: z.enum(REVIEW).openapi({ description: '`draft` until someone who reads the language checked it.' }),
    version: z.number().int().openapi({ description: 'Send it back as If-Match (`"3"`) to change or delete.' }),
    updated_by: z.string().nullable().openapi({ description: 'Who wrote it last (null: seeded).' }),
    updated_at: z.string().openapi({ description: 'When (ISO 8601).' }),
  })
  .openapi('SearchConcept');

const SearchConceptInput = z
  .object({
    locale: LanguageTag.openapi({ description: 'The language the phrase is in (BCP 47).', example: 'es' }),
    phrase: z
      .string()
      .trim()
      .min(1, 'Write the phrase')
      .max(80)
      .regex(ONE_LINE, 'A phrase is one line')
      .openapi({ description: 'Unique in its language, accents and case folded.' }),
    topics: z.array(z.enum(TOPIC_CODES)).max(TOPIC_CODES.length),
    terms: z.array(z.string().trim().min(1, 'Write the term').max(60).regex(ONE_LINE, 'A term is one line')).max(20),
    review: z.enum(REVIEW),
  })
  .refine((value) => value.topics.length > 0 || value.terms.length > 0, {
    message: 'Give at least one topic or one term',
    path: ['topics'],
  })
  .openapi('SearchConceptInput');

const etagHeader = {
  ETag: { schema: { type: 'string' as const }, description: '"<version>": send it back as If-Match.' },
};
const IfMatch = z.object({ 'if-match': z.string().max(200).optional() });
const conditional = {
  404: problemContent('No such everyday word.'),
  412: {
    content: { 'application/problem+json': { schema: StaleProblem } },
    description: 'Changed by someone else since the version sent in If-Match (type `stale`).',
  },
  428: problemContent('If-Match is missing (type `precondition-required`).'),
};
const duplicate = problemContent('The language already has this phrase, accents and case folded (type `duplicate`).');
const body = { content: { 'application/json': { schema: SearchConceptInput } }, required: true };

const listRoute = createRoute({
  method: 'get',
  path: '/v1/staff/search-concepts',
  summary: 'Everyday words search understands (editor, admin)',
  description: 'Sorted by language, then phrase. `q` finds part of a phrase or a term, accents and case folded.',
  security,
  middleware: [editors] as const,
  request: {
    query: z.object({
      locale: LanguageTag.optional(),
      q: z.string().trim().max(80).optional(),
      review: z.enum(REVIEW).optional(),
    }),
  },
  responses: {
    200: jsonContent(z.object({ items: z.array(SearchConcept) }), 'The everyday words.'),
    400: problemContent('A parameter is not valid.'),
    ...editorsOnly,
  },
});

const createConceptRoute = createRoute({
  method: 'post',
  path: '/v1/staff/search-concepts',
  summary: 'Add an everyday word (editor, admin)',
  description: 'Searches understand it at once (the directory version is bumped with it). Audited.',
  security,
  middleware: [requireWrite, editors] as const,
  request: { body },
  responses: {
    201: { ...jsonContent(SearchConcept, 'Added.'), headers: etagHeader },
    400: problemContent('A field is not valid; `errors` names it.'),
    409: duplicate,
    ...editorsOnly,
  },
});

const updateConceptRoute = createRoute({
  method: 'put',
  path: '/v1/staff/search-concepts/{id}',
  summary: 'Change an everyday word (editor, admin)',
  description: 'The whole word as the editor holds it, with `If-Match`. Every change bumps `version`. Audited.',
  security,
  middleware: [requireWrite, editors] as const,
  request: { params: IdParam, headers: IfMatch, body },
  responses: {
    200: { ...jsonContent(SearchConcept, 'As changed.'), headers: etagHeader },
    400: problemContent('A field is not valid; `errors` names it.'),
    409: duplicate,
    ...conditional,
    ...editorsOnly,
  },
});

const deleteConceptRoute = createRoute({
  method: 'delete',
  path: '/v1/staff/search-concepts/{id}',
  summary: 'Delete an everyday word (editor, admin)',
  description: 'With `If-Match`. Audited.',
  security,
  middleware: [requireWrite, editors] as const,
  request: { params: IdParam, headers: IfMatch },
  responses: { 204: { description: 'Deleted.' }, ...conditional, ...editorsOnly },
});

/** 428 without If-Match (only sessions reach these routes: a token has the desk role); else the versions named. */
function versionsOf(c: Context<AppEnv>, header: string | undefined) {
  if (header !== undefined) return { versions: versionsIn(header) };
  return {
    refused: sendProblem(
      c,
      problem(428, 'precondition-required', 'Send If-Match with the version you read', {
        detail: 'Reload the everyday word and send its version as If-Match.',
      }),
    ),
  };
}

function staleProblem(c: Context<AppEnv>, current: Concept) {
  c.header('ETag', versionEtag(current.version));
  return c.json(
    {
      ...problem(412, 'stale', 'Someone changed this everyday word since you opened it', {
        detail: `Changed by ${current.updated_by ?? 'someone'}; reload it to see their change.`,
      }),
      changed_by: current.updated_by,
      changed_at: current.updated_at,
      current_version: current.version,
    },
    412,
    { 'Content-Type': 'application/problem+json' },
  );
}

function duplicateProblem(c: Context<AppEnv>) {
  return sendProblem(
    c,
    problem(409, 'duplicate', 'This language already has this phrase', {
      detail: 'Accents and case do not count: edit the one there is.',
      errors: [{ path: 'phrase', message: 'Already in this language' }],
    }),
  );
}

const FIELDS = ['locale', 'phrase', 'topics', 'terms', 'review'];

/** What changed search's words is office-wide, like reply templates: who did it shows in the audit log. */
async function audit(c: Context<AppEnv>, action: AuditAction, id: string, fields = FIELDS) {
  await recordAudit(c.get('db'), c.get('staff')!, { action, recordType: 'search-concept', recordId: id, fields });
}

/** One space between words, and no repeats: "green card" and "Green  card" are one term (the first kept). */
function cleaned(input: ConceptInput): ConceptInput {
  const oneSpaced = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ');
  const terms = new Map<string, string>();
  for (const term of input.terms.map(oneSpaced)) {
    if (!terms.has(term.toLocaleLowerCase())) terms.set(term.toLocaleLowerCase(), term);
  }
  return { ...input, phrase: oneSpaced(input.phrase), topics: [...new Set(input.topics)], terms: [...terms.values()] };
}

/** The office's everyday words (`search_concepts`), which search reads: list, add, change, delete. */
export function registerSearchConceptRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listRoute, async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ items: await listConcepts(c.get('db'), c.req.valid('query')) }, 200);
  });

  app.openapi(createConceptRoute, async (c) => {
    const outcome = await createConcept(c.get('db'), cleaned(c.req.valid('json')), c.get('staff')!.name);
    if (outcome.kind !== 'ok') return duplicateProblem(c);
    await audit(c, 'create', outcome.concept.id);
    c.header('ETag', versionEtag(outcome.concept.version));
    return c.json(outcome.concept, 201);
  });

  app.openapi(updateConceptRoute, async (c) => {
    const { versions, refused } = versionsOf(c, c.req.valid('header')['if-match']);
    if (refused) return refused;
    const id = c.req.valid('param').id;
    const outcome = await updateConcept(c.get('db'), id, cleaned(c.req.valid('json')), versions, c.get('staff')!.name);
    switch (outcome.kind) {
      case 'missing':
        return notFound(c, NO_SUCH_CONCEPT);
      case 'stale':
        return staleProblem(c, outcome.current);
      case 'duplicate':
        return duplicateProblem(c);
    }
    await audit(c, 'change', id);
    c.header('ETag', versionEtag(outcome.concept.version));
    return c.json(outcome.concept, 200);
  });

  app.openapi(deleteConceptRoute, async (c) => {
    const { versions, refused } = versionsOf(c, c.req.valid('header')['if-match']);
    if (refused) return refused;
    const id = c.req.valid('param').id;
    const outcome = await deleteConcept(c.get('db'), id, versions);
    if (outcome.kind === 'missing') return notFound(c, NO_SUCH_CONCEPT);
    if (outcome.kind === 'stale') return staleProblem(c, outcome.current);
    await audit(c, 'delete', id, []);
    return c.body(null, 204);
  });
}
