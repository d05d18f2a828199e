import type { FinderQuery } from '../components/service-finder/service-finder.api.js';

export interface SearchDetail {
  /** The search as the visitor set it: words, topics, language, place and toggles. */
  query: FinderQuery;
}

/** The visitor searched or changed a filter in `<ww-service-finder>`. Not fired for the first load. */
export class WwSearchEvent extends CustomEvent<SearchDetail> {
  constructor(detail: SearchDetail) {
    super('ww-search', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ww-search': WwSearchEvent;
  }
}
