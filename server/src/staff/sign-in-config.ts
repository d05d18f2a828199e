import type { OidcSettings } from './oidc.js';
import { DEFAULT_IDLE_MINUTES } from './sessions.js';

export interface SignInConfig {
  publicUrl: string | undefined;
  oidc: OidcSettings | undefined;
  idleMinutes: number;
}

/**
 * Staff sign-in settings from the environment: WW_PUBLIC_URL, WW_OIDC_ISSUER,
 * WW_OIDC_CLIENT_ID, WW_OIDC_CLIENT_SECRET, WW_STAFF_IDLE_MINUTES. A malformed
 * value stops the start, so a typo never leaves staff locked out quietly or
 * cookies without Secure. `localOrigin` is where the server listens, for the
 * redirect URI when WW_PUBLIC_URL is not set.
 */
export function signInConfig(env: Record<string, string | undefined>, localOrigin: string): SignInConfig {
  const publicUrl = env.WW_PUBLIC_URL?.trim() ? origin('WW_PUBLIC_URL', env.WW_PUBLIC_URL) : undefined;
  const idleText = env.WW_STAFF_IDLE_MINUTES?.trim();
  if (idleText && !/^\d{1,4}$/.test(idleText))
    throw new Error('WW_STAFF_IDLE_MINUTES must be a whole number of minutes');
  const idleMinutes = idleText ? Number(idleText) : DEFAULT_IDLE_MINUTES;
  if (idleMinutes < 1 || idleMinutes > 720) throw new Error('WW_STAFF_IDLE_MINUTES must be from 1 to 720');

  const issuer = env.WW_OIDC_ISSUER?.trim();
  let oidc: OidcSettings | undefined;
  if (issuer) {
    if (!URL.canParse(issuer) || !/^https?:$/.test(new URL(issuer).protocol)) {
      throw new Error('WW_OIDC_ISSUER must be the provider URL, such as https://login.example.gov/realms/office');
    }
    const clientId = env.WW_OIDC_CLIENT_ID?.trim();
    if (!clientId) throw new Error('WW_OIDC_ISSUER needs WW_OIDC_CLIENT_ID');
    oidc = {
      issuer,
      clientId,
      clientSecret: env.WW_OIDC_CLIENT_SECRET?.trim() || undefined,
      redirectUri: `${publicUrl ?? localOrigin}/staff/auth/callback`,
    };
  }
  return { publicUrl, oidc, idleMinutes };
}

/** An http(s) origin, written without a path: `https://desk.example.gov`. */
function origin(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`${name} must be a URL such as https://office.example.gov`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`${name} must start with https:// or http://`);
  if (url.pathname !== '/' || url.search || url.hash) throw new Error(`${name} must be an origin, without a path`);
  return url.origin;
}
