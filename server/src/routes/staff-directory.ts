import { createRoute, z, type Hook, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';
import { serviceExists, serviceHistory } from '../directory/editor/history.js';
import { listDirectory } from '../directory/editor/list.js';
import type { EditRefused } from '../directory/editor/outcome.js';
import { readServiceEdit } from '../directory/editor/read.js';
import { reviewQueue, reviewText } from '../directory/editor/review.js';
import { createService, updateService } from '../directory/editor/save.js';
import { actorNames } from '../directory/editor/actors.js';
import {
  DirectoryListItem,
  DirectoryListQuery,
  HistoryItem,
  HsdsInvalidProblem,
  ReviewInput,
  ReviewQueueItem,
  ServiceCreateInput,
  ServiceEdit,
  ServiceEditInput,
  ServiceStaleProblem,
} from '../directory/editor/schemas.js';
import { editorFieldOf } from '../directory/editor/field-names.js';
import { LanguageTag } from '../lib/language-tag.js';
import { fieldErrors, invalidParameter, notFound, problem, sendProblem } from '../lib/problem.js';
import { recordAudit } from '../staff/audit.js';
import { requireWrite } from '../staff/auth.js';
import { versionEtag, versionsIn } from '../staff/if-match.js';
import { today } from '../appointments/wall-clock.js';
import { requireRole } from '../staff/require-role.js';
import { jsonContent, problemContent } from './params.js';
import { guarded, IdParam, security, writing } from './staff-shared.js';

const edits = requireRole('editor', 'admin');
const NO_SUCH_SERVICE = 'No such service';

const etagHeader = {
  ETag: { schema: { type: 'string' as const }, description: '"<version>": send it back as If-Match.' },
};
const IfMatch = z.object({ 'if-match': z.string().max(200).optional() });
const serviceAnswer = (description: string) => ({ ...jsonContent(ServiceEdit, description), headers: etagHeader });
const json = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

const forbidden = problemContent('Needs the editor or admin role (or the token may only read).');
const hsdsInvalid = {
  content: { 'application/problem+json': { schema: HsdsInvalidProblem } },
  description:
    'A field is not valid, or the service as saved would not be valid HSDS 3.0 (type `hsds-invalid`); `errors[].field` names each in the editor’s terms (`phones[0].number`). Nothing was saved.',
};
const editProblems = {
  400: hsdsInvalid,
  403: forbidden,
  404: problemContent(NO_SUCH_SERVICE),
  412: {
    content: { 'application/problem+json': { schema: ServiceStaleProblem } },
    description:
      'Changed by someone else since the version sent in If-Match (type `stale`): `current` is the service now, `changed_by` who changed it.',
  },
  428: problemContent('A desk session must send If-Match (type `precondition-required`).'),
  ...guarded,
};

const listRoute = createRoute({
  method: 'get',
  path: '/v1/staff/directory/services',
  summary: 'The directory’s services for editors, by name',
  description:
    '`q` matches words of the service’s or organization’s name; `state`: `due` (re-verification due within 30 days or overdue), `overdue`, `drafts` (machine-drafted texts), `reports` (open reports).',
  security,
  middleware: [edits] as const,
  request: { query: DirectoryListQuery },
  responses: {
    200: jsonContent(z.object({ items: z.array(DirectoryListItem), total: z.number().int() }), 'One page.'),
    400: problemContent('A parameter is not valid.'),
    403: forbidden,
    ...guarded,
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/v1/staff/directory/services/{id}',
  summary: 'One service for the editor',
  description:
    'Every text in every UI language with its state; the provider’s verification contact, decrypted (the view is audited).',
  security,
  middleware: [edits] as const,
  request: { params: IdParam },
  responses: { 200: serviceAnswer('The service.'), 403: forbidden, 404: problemContent(NO_SUCH_SERVICE), ...guarded },
});

const updateRoute = createRoute({
  method: 'put',
  path: '/v1/staff/directory/services/{id}',
  summary: 'Save a service',
  description:
    'The editable parts as the editor holds them, with `If-Match`. One transaction: the service and what hangs from it, translations (only the locales sent), the search text, the directory version, a history row; `closes_reports` closes those reports as fixed by this change. The saved service must be valid HSDS 3.0, or nothing is saved.',
  security,
  middleware: [requireWrite, edits] as const,
  request: { params: IdParam, headers: IfMatch, ...json(ServiceEditInput) },
  responses: { 200: serviceAnswer('As saved (a new ETag).'), ...editProblems, 403: forbidden },
});

const createServiceRoute = createRoute({
  method: 'post',
  path: '/v1/staff/directory/services',
  summary: 'Add a service',
  description: 'As a save, for a new service of an organization (by id, or a new one by name).',
  security,
  middleware: [requireWrite, edits] as const,
  request: json(ServiceCreateInput),
  responses: { 201: serviceAnswer('Created.'), 400: hsdsInvalid, ...writing, 403: forbidden },
});

const reviewRoute = createRoute({
  method: 'post',
  path: '/v1/staff/directory/services/{id}/texts/review',
  summary: 'Mark one translation reviewed (optionally corrected)',
  description:
    'The translation becomes `reviewed` by this person now; with `value`, corrected first. With `If-Match`; a history row of kind `review`.',
  security,
  middleware: [requireWrite, edits] as const,
  request: { params: IdParam, headers: IfMatch, ...json(ReviewInput) },
  responses: {
    200: serviceAnswer('The service as changed.'),
    ...editProblems,
    400: problemContent('A field is not valid, or there is no translation and no `value`.'),
  },
});

const queueRoute = createRoute({
  method: 'get',
  path: '/v1/staff/directory/review-queue',
  summary: 'Machine drafts of one language, to review in one sitting',
  description: 'By service name, with the source text beside each draft; 50 a page.',
  security,
  middleware: [edits] as const,
  request: {
    query: z.object({ locale: LanguageTag, page: z.coerce.number().int().min(1).max(10_000).default(1) }),
  },
  responses: {
    200: jsonContent(z.object({ items: z.array(ReviewQueueItem), total: z.number().int() }), 'One page.'),
    400: problemContent('A parameter is not valid.'),
    403: forbidden,
    ...guarded,
  },
});

const historyRoute = createRoute({
  method: 'get',
  path: '/v1/staff/directory/services/{id}/history',
  summary: 'A service’s changes, who made each and when',
  description: 'Newest first (the last 200). The provider’s contact is never shown by value.',
  security,
  middleware: [edits] as const,
  request: { params: IdParam },
  responses: {
    200: jsonContent(z.object({ items: z.array(HistoryItem) }), 'The changes.'),
    403: forbidden,
    404: problemContent(NO_SUCH_SERVICE),
    ...guarded,
  },
});

/** A body the schemas refuse is answered as the editor reads every refused save: `hsds-invalid`, by field. */
const editorBodyProblem: Hook<unknown, AppEnv, string, unknown> = (result, c) => {
  if (result.success) return undefined;
  if (result.target !== 'json') {
    return sendProblem(
      c,
      problem(400, 'invalid-parameters', 'Some parameters are not valid', { errors: fieldErrors(result.error.issues) }),
    );
  }
  const errors = result.error.issues.map((issue) => ({
    field: editorFieldOf(issue.path),
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
  return c.json({ ...problem(400, 'hsds-invalid', 'Some fields are not valid'), errors }, 400, {
    'Content-Type': 'application/problem+json',
  });
};

/** 428 for a desk session that sends no If-Match; otherwise the versions it accepts (undefined: any). */
function versionsOf(c: Context<AppEnv>, header: string | undefined) {
  if (header !== undefined) return { versions: versionsIn(header) };
  if (c.get('staff')!.via === 'session') {
    return {
      refused: sendProblem(
        c,
        problem(428, 'precondition-required', 'Send If-Match with the version you read', {
          detail: 'Reload the service and send its ETag as If-Match.',
        }),
      ),
    };
  }
  return { versions: undefined };
}

/** The service as the editor reads it, with its ETag; the contact's view audited. */
async function answer(c: Context<AppEnv>, id: string, day: string) {
  const db = c.get('db');
  const service = await readServiceEdit(db, c.get('crypto'), id, day);
  if (!service) return null;
  await recordAudit(db, c.get('staff')!, {
    action: 'view',
    recordType: 'service',
    recordId: id,
    fields: ['verification_contact'],
  });
  c.header('ETag', versionEtag(service.version));
  return service;
}

/** A refused edit as its problem. */
async function refusal(c: Context<AppEnv>, id: string, outcome: EditRefused, day: string) {
  switch (outcome.kind) {
    case 'missing':
      return notFound(c, NO_SUCH_SERVICE);
    case 'invalid':
      return c.json(
        {
          ...problem(400, 'hsds-invalid', 'Some fields are not valid'),
          errors: [{ field: outcome.field, path: outcome.field, message: outcome.message }],
        },
        400,
        { 'Content-Type': 'application/problem+json' },
      );
    case 'hsds-invalid':
      return c.json(
        {
          ...problem(400, 'hsds-invalid', 'The service would not be valid HSDS 3.0', {
            detail: 'Nothing was saved. Correct the fields named.',
          }),
          errors: outcome.errors.map((e) => ({ ...e, path: e.field })),
        },
        400,
        { 'Content-Type': 'application/problem+json' },
      );
    case 'stale': {
      const current = (await answer(c, id, day))!;
      const names = await actorNames(c.get('db'), [outcome.updatedBy]);
      const changedBy = outcome.updatedBy ? (names.get(outcome.updatedBy) ?? outcome.updatedBy) : null;
      return c.json(
        {
          ...problem(412, 'stale', 'Someone changed this service since you opened it', {
            detail: `Changed by ${changedBy ?? 'someone'}; nothing of yours was saved. Compare with the service now.`,
          }),
          changed_by: changedBy,
          changed_at: outcome.updatedAt,
          current_version: outcome.version,
          current,
        },
        412,
        { 'Content-Type': 'application/problem+json' },
      );
    }
  }
}

/** The desk's directory editor: list, read, save, add, review translations, the review queue and history. */
export function registerStaffDirectoryRoutes(app: OpenAPIHono<AppEnv>, timeZone: string): void {
  const officeDay = () => today(new Date(), timeZone);
  app.openapi(listRoute, async (c) => c.json(await listDirectory(c.get('db'), c.req.valid('query'), officeDay()), 200));

  app.openapi(detailRoute, async (c) => {
    const service = await answer(c, c.req.valid('param').id, officeDay());
    if (!service) return notFound(c, NO_SUCH_SERVICE);
    return c.json(service, 200);
  });

  app.openapi(
    updateRoute,
    async (c) => {
      const { versions, refused } = versionsOf(c, c.req.valid('header')['if-match']);
      if (refused) return refused;
      const id = c.req.valid('param').id;
      const outcome = await updateService(
        c.get('db'),
        c.get('crypto'),
        officeDay(),
        c.get('staff')!,
        id,
        c.req.valid('json'),
        versions,
      );
      if (outcome.kind !== 'ok') return (await refusal(c, id, outcome, officeDay())) as never; // one mapper, several declared shapes
      return c.json((await answer(c, id, officeDay()))!, 200);
    },
    editorBodyProblem as never, // typed for any route: it answers only the 400 every editor route declares
  );

  app.openapi(
    createServiceRoute,
    async (c) => {
      const outcome = await createService(
        c.get('db'),
        c.get('crypto'),
        officeDay(),
        c.get('staff')!,
        c.req.valid('json'),
      );
      if (outcome.kind !== 'ok') return (await refusal(c, '', outcome, officeDay())) as never; // only invalid or hsds-invalid here
      return c.json((await answer(c, outcome.id, officeDay()))!, 201);
    },
    editorBodyProblem as never, // typed for any route: it answers only the 400 every editor route declares
  );

  app.openapi(reviewRoute, async (c) => {
    const { versions, refused } = versionsOf(c, c.req.valid('header')['if-match']);
    if (refused) return refused;
    const id = c.req.valid('param').id;
    const outcome = await reviewText(c.get('db'), c.get('staff')!, id, c.req.valid('json'), versions);
    if (outcome.kind === 'invalid') return invalidParameter(c, outcome.field, outcome.message);
    if (outcome.kind !== 'ok') return (await refusal(c, id, outcome, officeDay())) as never; // one mapper, several declared shapes
    return c.json((await answer(c, id, officeDay()))!, 200);
  });

  app.openapi(queueRoute, async (c) => {
    const { locale, page } = c.req.valid('query');
    return c.json(await reviewQueue(c.get('db'), locale, page, 50), 200);
  });

  app.openapi(historyRoute, async (c) => {
    const id = c.req.valid('param').id;
    const db = c.get('db');
    if (!(await serviceExists(db, id))) return notFound(c, NO_SUCH_SERVICE);
    return c.json({ items: await serviceHistory(db, id) }, 200);
  });
}
