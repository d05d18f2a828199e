import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';
import { InquiryNote } from '../inquiries/schemas.js';
import { notFound } from '../lib/problem.js';
import { recordAudit } from '../staff/audit.js';
import { requireWrite } from '../staff/auth.js';
import { addNote } from '../staff/inquiries.js';
import { jsonContent, problemContent } from './params.js';
import { IdParam, security, writing, type DeskOptions } from './staff-shared.js';

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

/** The desk's work around an inquiry: notes, replies, the mail outbox and reply templates. */
export function registerDeskRoutes(app: OpenAPIHono<AppEnv>, _desk: DeskOptions): void {
  app.openapi(noteRoute, async (c) => {
    const staff = c.get('staff')!;
    const db = c.get('db');
    const id = c.req.valid('param').id;
    const note = await addNote(db, c.get('crypto'), id, staff.name, c.req.valid('json').body);
    if (!note) return notFound(c, 'No such inquiry');
    await recordAudit(db, staff, { action: 'note', recordType: 'inquiry', recordId: id, fields: ['notes'] });
    return c.json(note, 201);
  });
}
