/**
 * The embedding page's origin, as staff will see it beside an inquiry: a plain
 * `http(s)://host[:port]` (hosts in punycode), or undefined for anything else
 * (`null` from a sandboxed frame, `javascript:`, markup, credentials, a path).
 * Browsers write the Origin header, but any other client can write anything.
 */
export function pageOrigin(value: string | undefined): string | undefined {
  if (!value || value.length > 200 || !/^https?:\/\/[^/\s?#@\\]+$/i.test(value)) return undefined;
  try {
    const url = new URL(value);
    return url.origin === 'null' ? undefined : url.origin;
  } catch {
    return undefined;
  }
}
