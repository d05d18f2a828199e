/**
 * A link from the server that a visitor may follow: http(s) only. An endpoint
 * that serves `javascript:` or `data:` (a directory imported without checks, a
 * third-party HSDS API) would otherwise run script on a page without a strict
 * Content-Security-Policy when the link is followed.
 */
export function webHref(url: string | null | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url.trim()) ? url.trim() : undefined;
}
