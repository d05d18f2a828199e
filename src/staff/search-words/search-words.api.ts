import type { components } from '../../core/api-schema.js';
import type { DeskApi } from '../core/desk-api.js';

/** An everyday word as the server keeps it (`GET /v1/staff/search-concepts`). */
export type Concept = components['schemas']['SearchConcept'];
/** What the editor sends to add or change one. */
export type ConceptInput = components['schemas']['SearchConceptInput'];
/** What the public search understood of a query (`search` of `GET /v1/services`). */
export type SearchExplanation = components['schemas']['SearchExplanation'];

export interface ConceptFilters {
  locale?: string | undefined;
  review?: string | undefined;
  q?: string | undefined;
}

const PATH = 'v1/staff/search-concepts';
const at = (id: string) => `${PATH}/${encodeURIComponent(id)}`;
const ifMatch = (version: number) => `"${version}"`;

export async function loadConcepts(api: DeskApi, filters: ConceptFilters, signal?: AbortSignal): Promise<Concept[]> {
  return (await api.get<{ items: Concept[] }>(PATH, { ...filters }, signal)).items;
}

export async function createConcept(api: DeskApi, input: ConceptInput): Promise<Concept> {
  return (await api.post<Concept>(PATH, input)).data;
}

/** Changes the word as it was at `version` (412 `StaleError` when someone changed it since). */
export async function updateConcept(api: DeskApi, id: string, version: number, input: ConceptInput): Promise<Concept> {
  return (await api.put<Concept>(at(id), input, { ifMatch: ifMatch(version) })).data;
}

export async function deleteConcept(api: DeskApi, id: string, version: number): Promise<void> {
  await api.delete(at(id), undefined, { ifMatch: ifMatch(version) });
}

/** The public search's answer, cut to what "Try it" shows. */
export interface TrialAnswer {
  total: number;
  names: string[];
  search: SearchExplanation | undefined;
  suggestedTopics: string[];
}

/** Runs the public search as a visitor reading `locale` would (`GET /v1/services?q=…&lang=…`). */
export async function trySearch(api: DeskApi, q: string, locale: string, signal?: AbortSignal): Promise<TrialAnswer> {
  const answer = await api.get<components['schemas']['ServiceList']>(
    'v1/services',
    { q, lang: locale, page_size: 5 },
    signal,
  );
  return {
    total: answer.total,
    names: answer.items.map((item) => item.name),
    search: answer.search,
    suggestedTopics: answer.suggested_topics ?? [],
  };
}
