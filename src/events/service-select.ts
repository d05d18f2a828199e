export interface ServiceSelectDetail {
  id: string;
  name: string;
}

/** The visitor opened a service's details in `<ww-service-finder>`. */
export class WwServiceSelectEvent extends CustomEvent<ServiceSelectDetail> {
  constructor(detail: ServiceSelectDetail) {
    super('ww-service-select', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ww-service-select': WwServiceSelectEvent;
  }
}
