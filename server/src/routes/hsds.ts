import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';
import {
  hsdsOrganizationBriefs,
  hsdsOrganizations,
  hsdsPage,
  hsdsServiceBriefs,
  hsdsServices,
  hsdsTaxonomies,
  hsdsTaxonomyTerms,
  pageIds,
} from '../hsds/export.js';
import {
  HsdsOrganization,
  HsdsOrganizationFull,
  HsdsService,
  HsdsServiceBrief,
  HsdsTaxonomy,
  HsdsTaxonomyTerm,
  hsdsPage as pageSchema,
} from '../hsds/schemas.js';
import { searchServices } from '../directory/search.js';
import { notFound } from '../lib/problem.js';
import { jsonContent, problemContent, wholeNumber } from './params.js';

/** Paging (and, where a resource supports it, `search`) as the HSDS API names them. */
const PageQuery = z.object({
  page: wholeNumber(1, 10_000, 1),
  per_page: wholeNumber(1, 200, 50),
  search: z
    .string()
    .trim()
    .max(200)
    .optional()
    .openapi({ description: 'Keywords (services only), as in GET /v1/services?q=.' }),
});
const IdParam = z.object({ id: z.uuid() });
const invalid = problemContent('A parameter is not valid.');

/**
 * One resource of the read-only HSDS 3.0 API (https://docs.openreferral.org/en/latest/hsds/api_reference.html):
 * a paged list and a single record. Records are in their source language.
 */
function registerResource<List extends z.ZodType, One extends z.ZodType>(
  app: OpenAPIHono<AppEnv>,
  resource: {
    path: string;
    /** In prose: `taxonomy term`. */
    noun: string;
    /** In schema names: `TaxonomyTerm`. */
    name: string;
    table: Parameters<typeof pageIds>[1];
    list: List;
    one: One;
    loadList: (db: AppEnv['Variables']['db'], ids: string[]) => Promise<z.infer<List>[]>;
    loadOne: (db: AppEnv['Variables']['db'], ids: string[]) => Promise<z.infer<One>[]>;
    /** Keyword search, for the resources that offer it. */
    search?: (
      db: AppEnv['Variables']['db'],
      q: string,
      page: number,
      perPage: number,
    ) => Promise<{ ids: string[]; total: number }>;
  },
) {
  const tag = ['HSDS 3.0'];
  const listRoute = createRoute({
    method: 'get',
    path: `/hsds/${resource.path}`,
    tags: tag,
    summary: `HSDS ${resource.noun} list`,
    request: { query: PageQuery },
    responses: {
      200: jsonContent(pageSchema(resource.list, `Hsds${resource.name}Page`), `One page of ${resource.path}.`),
      400: invalid,
    },
  });
  const oneRoute = createRoute({
    method: 'get',
    path: `/hsds/${resource.path}/{id}`,
    tags: tag,
    summary: `One HSDS ${resource.noun}`,
    request: { params: IdParam },
    responses: {
      200: jsonContent(resource.one, `The ${resource.noun}.`),
      400: invalid,
      404: problemContent(`No ${resource.noun} has this id.`),
    },
  });
  app.openapi(listRoute, async (c) => {
    const { page, per_page, search } = c.req.valid('query');
    const db = c.get('db');
    const { ids, total } =
      search && resource.search
        ? await resource.search(db, search, page, per_page)
        : await pageIds(db, resource.table, page, per_page);
    return c.json(hsdsPage(await resource.loadList(db, ids), total, page, per_page), 200);
  });
  app.openapi(oneRoute, async (c) => {
    const { id } = c.req.valid('param');
    const [found] = await resource.loadOne(c.get('db'), [id]);
    if (!found) return notFound(c, `No ${resource.noun} has this id`);
    return c.json(found, 200);
  });
}

/** GET /hsds/services, /hsds/organizations, /hsds/taxonomies, /hsds/taxonomy_terms, each with /{id}. */
export function registerHsdsRoutes(app: OpenAPIHono<AppEnv>): void {
  registerResource(app, {
    path: 'services',
    noun: 'service',
    name: 'Service',
    table: 'services',
    list: HsdsServiceBrief,
    one: HsdsService,
    loadList: hsdsServiceBriefs,
    search: async (db, q, page, perPage) => {
      const found = await searchServices(db, { q, sort: 'relevance', page, pageSize: perPage });
      return { ids: found.ids.map((hit) => hit.id), total: found.total };
    },
    loadOne: (db, ids) => hsdsServices(db, ids),
  });
  registerResource(app, {
    path: 'organizations',
    noun: 'organization',
    name: 'Organization',
    table: 'organizations',
    list: HsdsOrganization,
    one: HsdsOrganizationFull,
    loadList: hsdsOrganizationBriefs,
    loadOne: hsdsOrganizations,
  });
  registerResource(app, {
    path: 'taxonomies',
    noun: 'taxonomy',
    name: 'Taxonomy',
    table: 'taxonomies',
    list: HsdsTaxonomy,
    one: HsdsTaxonomy,
    loadList: hsdsTaxonomies,
    loadOne: hsdsTaxonomies,
  });
  registerResource(app, {
    path: 'taxonomy_terms',
    noun: 'taxonomy term',
    name: 'TaxonomyTerm',
    table: 'taxonomy_terms',
    list: HsdsTaxonomyTerm,
    one: HsdsTaxonomyTerm,
    loadList: hsdsTaxonomyTerms,
    loadOne: hsdsTaxonomyTerms,
  });
}
