import { FILTERS, type Filters } from '../queue.api.js';

/** The queue's filters from the address's parameters; unknown ones are dropped. */
export function filtersFrom(params: URLSearchParams): Filters {
  const filters: Filters = {};
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return filters;
}

/** The filters a form holds. */
export function filtersFromForm(form: HTMLFormElement): Filters {
  const data = new FormData(form);
  const filters: Filters = {};
  for (const name of FILTERS) {
    const value = data.get(name);
    if (typeof value === 'string' && value) filters[name] = value;
  }
  return filters;
}
