const cache = new Map<string, unknown>();

/**
 * One Intl formatter per kind, locale and options, made once and reused:
 * making one costs far more than using it, and a month grid or a table
 * formats hundreds of labels per render.
 */
export function cachedIntl<T>(kind: string, locale: string, options: object | undefined, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options ?? {})}`;
  let value = cache.get(key) as T | undefined;
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}
