/**
 * zod-openapi writes a nullable reference (`LocationSummary.nullable()`) as
 * `allOf: [{ $ref }, { type: ['object', 'null'] }]`, which no null can match:
 * generated clients then type it as never null. This rewrites each one to
 * `anyOf: [{ $ref }, { type: 'null' }]`, keeping its description.
 */
export function fixNullableRefs<T>(document: T): T {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (!node || typeof node !== 'object') return node;
    const record = node as Record<string, unknown>;
    const allOf = record['allOf'];
    if (Array.isArray(allOf) && allOf.length === 2) {
      const [ref, nullable] = allOf as [Record<string, unknown>, Record<string, unknown>];
      const types = nullable['type'];
      if (typeof ref['$ref'] === 'string' && Array.isArray(types) && types.includes('null')) {
        const { allOf: _replaced, ...rest } = record;
        const { type: _type, ...extra } = nullable;
        return { ...(visit(rest) as object), ...extra, anyOf: [ref, { type: 'null' }] };
      }
    }
    return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, visit(value)]));
  };
  return visit(document) as T;
}
