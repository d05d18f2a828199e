/**
 * A link a visitor may follow: an absolute http(s) URL without credentials,
 * as written (trimmed), or undefined. `javascript:` and `data:` URLs in imported data
 * would run script on a partner page without a Content-Security-Policy.
 */
export function webUrl(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const trimmed = text.trim();
  try {
    const url = new URL(trimmed);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) return undefined;
    return trimmed;
  } catch {
    return undefined;
  }
}
