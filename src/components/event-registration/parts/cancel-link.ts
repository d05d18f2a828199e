const HASH_KEY = 'ww-cancel';

/** The cancel token in the page address (`#ww-cancel=<token>`), or null. */
export function cancelTokenFromLocation(hash: string = location.hash): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get(HASH_KEY);
  return token && /^[\w.~-]{20,200}$/.test(token) ? token : null;
}

/** The current page's address with `#ww-cancel=<token>`: a link the visitor can keep. */
export function cancelLink(token: string, href: string = location.href): string {
  const url = new URL(href);
  url.hash = `${HASH_KEY}=${encodeURIComponent(token)}`;
  return url.href;
}
