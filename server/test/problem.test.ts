import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { invalidParameter, notFound } from '../src/lib/problem.js';
import { jsonContent, problemContent } from '../src/routes/params.js';

const route = createRoute({
  method: 'get',
  path: '/things/{id}',
  request: { params: z.object({ id: z.string() }) },
  responses: {
    200: jsonContent(z.object({ id: z.string() }), 'The thing.'),
    400: problemContent('The id is not valid.'),
    404: problemContent('No such thing.'),
  },
});

test('problem helpers answer as a route declares them, in application/problem+json', async () => {
  const app = new OpenAPIHono();
  app.openapi(route, (c) => {
    const { id } = c.req.valid('param');
    if (id === 'missing') return notFound(c, 'No thing has this id');
    if (id.length > 8) return invalidParameter(c, 'id', 'At most 8 characters');
    return c.json({ id }, 200);
  });

  const missing = await app.request('/things/missing');
  assert.equal(missing.status, 404);
  assert.equal(missing.headers.get('content-type'), 'application/problem+json');
  assert.deepEqual(await missing.json(), {
    type: 'https://welcome-widgets.org/problems/not-found',
    title: 'No thing has this id',
    status: 404,
  });
  const invalid = await app.request('/things/much-too-long');
  assert.equal(invalid.status, 400);
  assert.deepEqual(await invalid.json(), {
    type: 'https://welcome-widgets.org/problems/invalid-parameters',
    title: 'Some parameters are not valid',
    status: 400,
    errors: [{ path: 'id', message: 'At most 8 characters' }],
  });
  assert.deepEqual(await (await app.request('/things/a')).json(), { id: 'a' });
});

test('a handler cannot answer a problem its route does not declare (checked by the type checker)', () => {
  const app = new OpenAPIHono();
  const undeclared = createRoute({
    method: 'get',
    path: '/only-ok',
    responses: { 200: jsonContent(z.object({ ok: z.boolean() }), 'Fine.') },
  });
  // If problem responses lost their types, this directive would be unused and `npm run typecheck` would fail.
  // @ts-expect-error 404 is not among the route's responses.
  app.openapi(undeclared, (c) => (Math.random() < 2 ? notFound(c, 'Never declared') : c.json({ ok: true }, 200)));
  assert.ok(app.openAPIRegistry.definitions.length > 0);
});
