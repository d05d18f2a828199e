import { stableId } from '../seed/ids.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string) => UUID.test(value);

/**
 * Our id for an HSDS id: the same UUID when it is one (so exports give it back),
 * otherwise a UUID derived from the entity and the id, so re-imports agree.
 */
export function ourId(entity: string, hsdsId: string): string {
  const id = hsdsId.trim();
  return isUuid(id) ? id.toLowerCase() : stableId(`hsds:${entity}:${id}`);
}
