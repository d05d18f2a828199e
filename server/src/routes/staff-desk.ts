import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';
import { InquiryNote, DestinationCode } from '../inquiries/schemas.js';
import { LanguageTag } from '../lib/language-tag.js';
import { invalidParameter, notFound, problem, sendProblem } from '../lib/problem.js';
import { listOutbox } from '../mail/outbox.js';
import { recordAudit } from '../staff/audit.js';
import { requireWrite } from '../staff/auth.js';
import { addNote, findInquiry } from '../staff/inquiries.js';
import { sendReply } from '../staff/replies.js';
import { listReplyTemplates, saveReplyTemplate, templateExists } from '../staff/reply-templates.js';
import { requireRole } from '../staff/require-role.js';
import { jsonContent, problemContent } from './params.js';
import { adminOnly, guarded, IdParam, security, writing, type DeskOptions } from './staff-shared.js';

const NO_SUCH_INQUIRY = 'No such inquiry';
const MAIL_STATUSES = ['queued', 'sending', 'sent', 'failed', 'kept', 'bounced'] as const;

const NoteRequest = z
  .object({ body: z.string().trim().min(1, 'Write the note').max(4000) })
  .openapi('InquiryNoteRequest');

const noteRoute = createRoute({
  method: 'post',
  path: '/v1/staff/inquiries/{id}/notes',
  summary: 'Add an internal note to an inquiry',
  description:
    "For colleagues only, never sent to the person; encrypted at rest. Notes do not change the inquiry's version, so adding one never makes a colleague's edit stale. Audited.",
  security,
  middleware: [requireWrite] as const,
  request: {
    params: IdParam,
    body: { content: { 'application/json': { schema: NoteRequest } }, required: true },
  },
  responses: {
    201: jsonContent(InquiryNote, 'The note.'),
    400: problemContent('The note is empty or longer than 4000 characters.'),
    404: problemContent('No such inquiry.'),
    ...writing,
  },
});

/** One line, no control characters: a subject becomes a mail header. */
const Subject = z
  .string()
  .trim()
  .min(1, 'Write a subject')
  .max(200)
  .regex(/^[^\p{Cc}]*$/u, 'A subject is one line');

const ReplyRequest = z
  .object({
    template_code: DestinationCode.optional().openapi({ description: 'The template it started from, for the log.' }),
    locale: LanguageTag.openapi({ description: 'The language it is written in (the lang of the mail).' }),
    subject: Subject,
    body: z.string().trim().min(1, 'Write the reply').max(8000),
  })
  .openapi('InquiryReplyRequest');

const ReplyQueued = z.object({ id: z.string(), status: z.enum(MAIL_STATUSES) }).openapi('InquiryReplyQueued');

const replyRoute = createRoute({
  method: 'post',
  path: '/v1/staff/inquiries/{id}/replies',
  summary: 'Reply to the person by email, in their language',
  description:
    "`{reference}`, `{referral}` (the destination, named in the reply's language) and `{status_url}` (the public status page of this inquiry) in the subject and body are filled in. The mail goes through the outbox: `queued` for the mail server, or `kept` when none is configured (then the desk passes it on from the outbox). The reply is logged (author, template, language, method), never its text; the mail's text is encrypted in the outbox. Only for a person who asked to be answered by email and whose address is on record (else 409 `no-email`). Audited.",
  security,
  middleware: [requireWrite] as const,
  request: {
    params: IdParam,
    body: { content: { 'application/json': { schema: ReplyRequest } }, required: true },
  },
  responses: {
    202: jsonContent(ReplyQueued, 'Queued (or kept) in the outbox.'),
    400: problemContent('A field is not valid.'),
    404: problemContent('No such inquiry.'),
    409: problemContent('The person did not ask for email, or the address is gone (type `no-email`).'),
    ...writing,
  },
});

const OutboxItem = z
  .object({
    id: z.string(),
    purpose: z.string().openapi({ description: 'reply, confirmation, reminder…' }),
    to: z.string().nullable(),
    subject: z.string().nullable(),
    text: z.string().nullable(),
    locale: z.string(),
    status: z.enum(MAIL_STATUSES),
    attempts: z.number().int(),
    created_at: z.string(),
    sent_at: z.string().nullable(),
    last_error: z.string().nullable().openapi({ description: 'Why the last attempt failed (no address in it).' }),
  })
  .openapi('OutboxItem');

const outboxRoute = createRoute({
  method: 'get',
  path: '/v1/staff/outbox',
  summary: 'Mail the server sent, will send, or keeps for the desk',
  description:
    'The newest 100, decrypted (audited as a view). `smtp: false`: no mail server is configured, so mail is `kept` here for staff to pass on by hand. Desk role.',
  security,
  middleware: [requireRole('desk')] as const,
  request: {
    query: z.object({
      status: z.enum(MAIL_STATUSES).optional().openapi({ description: 'Only mail in this state.' }),
    }),
  },
  responses: {
    200: jsonContent(z.object({ smtp: z.boolean(), items: z.array(OutboxItem) }), 'The outbox.'),
    400: problemContent('A parameter is not valid.'),
    ...guarded,
    403: problemContent('Needs the desk role.'),
  },
});

const ReplyTemplate = z
  .object({
    code: z.string(),
    locale: z.string(),
    title: z.string().openapi({ description: 'What staff pick it by.' }),
    subject: z.string(),
    body: z.string().openapi({ description: 'Plain text with {reference}, {referral} and {status_url}.' }),
    reviewed: z.boolean().openapi({ description: 'false: a machine draft nobody has checked yet.' }),
    fallback: z.boolean().openapi({ description: 'Not in the language asked for: the English template.' }),
  })
  .openapi('ReplyTemplate');

const templatesRoute = createRoute({
  method: 'get',
  path: '/v1/staff/reply-templates',
  summary: "The office's reply templates",
  description:
    'With `locale`, one per template in that language, or in English marked `fallback: true`. Without, every template in every language.',
  security,
  request: { query: z.object({ locale: LanguageTag.optional() }) },
  responses: {
    200: jsonContent(z.object({ items: z.array(ReplyTemplate) }), 'The templates.'),
    400: problemContent('A parameter is not valid.'),
    ...guarded,
  },
});

const TemplateText = z
  .object({
    title: z.string().trim().min(1).max(120),
    subject: Subject,
    body: z.string().trim().min(1).max(8000),
    reviewed: z.boolean().default(true).openapi({ description: 'Saved by a person: reviewed unless said otherwise.' }),
  })
  .openapi('ReplyTemplateText');

const saveTemplateRoute = createRoute({
  method: 'put',
  path: '/v1/staff/reply-templates/{code}/{locale}',
  summary: 'Write a reply template in one language (admin)',
  description: 'Audited (record type `reply-template`, record id `<code>/<locale>`).',
  security,
  middleware: [requireWrite, requireRole('admin')] as const,
  request: {
    params: z.object({ code: DestinationCode, locale: LanguageTag }),
    body: { content: { 'application/json': { schema: TemplateText } }, required: true },
  },
  responses: {
    200: jsonContent(ReplyTemplate, 'Changed.'),
    201: jsonContent(ReplyTemplate, 'Added.'),
    400: problemContent('A field is not valid.'),
    ...adminOnly,
  },
});

/** The desk's work around an inquiry: notes, replies, the mail outbox and reply templates. */
export function registerDeskRoutes(app: OpenAPIHono<AppEnv>, desk: DeskOptions): void {
  app.openapi(noteRoute, async (c) => {
    const staff = c.get('staff')!;
    const db = c.get('db');
    const id = c.req.valid('param').id;
    const note = await addNote(db, c.get('crypto'), id, staff.name, c.req.valid('json').body);
    if (!note) return notFound(c, NO_SUCH_INQUIRY);
    await recordAudit(db, staff, { action: 'note', recordType: 'inquiry', recordId: id, fields: ['notes'] });
    return c.json(note, 201);
  });

  app.openapi(replyRoute, async (c) => {
    const staff = c.get('staff')!;
    const db = c.get('db');
    const id = c.req.valid('param').id;
    const body = c.req.valid('json');
    const row = await findInquiry(db, id);
    if (!row) return notFound(c, NO_SUCH_INQUIRY);
    if (body.template_code && !(await templateExists(db, body.template_code))) {
      return invalidParameter(c, 'template_code', 'No template has this code');
    }
    const sent = await sendReply(
      db,
      c.get('crypto'),
      row,
      {
        templateCode: body.template_code,
        locale: body.locale,
        subject: body.subject,
        body: body.body,
        author: staff.name,
      },
      desk,
    );
    if (sent === 'no-email') {
      return sendProblem(
        c,
        problem(409, 'no-email', 'This person cannot be answered by email', {
          detail: 'They chose another way to be contacted, or their address is no longer on record.',
        }),
      );
    }
    await recordAudit(db, staff, { action: 'reply', recordType: 'inquiry', recordId: id, fields: ['email'] });
    if (sent.status === 'queued') desk.onMailQueued?.();
    return c.json(sent, 202);
  });

  app.openapi(outboxRoute, async (c) => {
    const db = c.get('db');
    const { status } = c.req.valid('query');
    const items = await listOutbox(db, c.get('crypto'), { status: status ? [status] : undefined });
    await recordAudit(db, c.get('staff')!, { action: 'view', recordType: 'mail', fields: ['to', 'subject', 'text'] });
    return c.json({ smtp: desk.smtp, items }, 200);
  });

  app.openapi(templatesRoute, async (c) =>
    c.json({ items: await listReplyTemplates(c.get('db'), c.req.valid('query').locale) }, 200),
  );

  app.openapi(saveTemplateRoute, async (c) => {
    const { code, locale } = c.req.valid('param');
    const { template, created } = await saveReplyTemplate(c.get('db'), code, locale, c.req.valid('json'));
    // What the office sends the public changed: who did it shows in the audit log.
    await recordAudit(c.get('db'), c.get('staff')!, {
      action: created ? 'create' : 'change',
      recordType: 'reply-template',
      recordId: `${code}/${locale}`,
      fields: ['title', 'subject', 'body', 'reviewed'],
    });
    return c.json(template, created ? 201 : 200);
  });
}
