import type { Server } from 'node:http';
import Provider from 'oidc-provider';
import { freePort } from './server-process.js';

/** A person the provider knows: their login is their subject. */
export interface ProviderPerson {
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (node-oidc-provider) on loopback, with one
 * confidential client registered for `redirectUri`, PKCE required, and its
 * development interactions (a login form that takes any login name as the
 * subject, then a consent form). `people` are the claims it vouches for.
 */
export async function startOidcProvider(
  redirectUri: string,
  people: Record<string, ProviderPerson>,
): Promise<TestProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = 'welcome-widgets-desk';
  const clientSecret = 'a-test-client-secret-of-some-length-0123456789';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    // Every client must send a PKCE challenge (S256 is the only method this provider accepts).
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['test-provider-cookie-key-0123456789'] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    findAccount: (_ctx, sub) => {
      const person = people[sub];
      return person ? { accountId: sub, claims: () => ({ sub, ...person }) } : undefined;
    },
  });
  const server: Server = provider.listen(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  return {
    issuer,
    clientId,
    clientSecret,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A browser's part, with fetch: follows redirects by hand, keeps each
 * server's cookies, and answers the provider's login and consent forms.
 */
export class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  /** The cookies this browser holds for a host:port. */
  cookies(url: string): Map<string, string> {
    const host = new URL(url).host;
    let jar = this.jars.get(host);
    if (!jar) this.jars.set(host, (jar = new Map()));
    return jar;
  }

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const jar = this.cookies(url);
    const headers = new Headers(init.headers);
    if (jar.size) headers.set('Cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const index = pair!.indexOf('=');
      const name = pair!.slice(0, index).trim();
      const value = pair!.slice(index + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || !value) jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }

  /**
   * Follows redirects from `url`, signing in as `login` and consenting when
   * the provider asks, until a response that is not a redirect or a redirect
   * to `stopAt` (which is returned unfollowed, for a test to replay or alter).
   */
  async follow(
    url: string,
    login: string,
    stopAt?: (url: URL) => boolean,
  ): Promise<{ url: string; response: Response }> {
    let current = url;
    for (let hop = 0; hop < 20; hop++) {
      if (stopAt?.(new URL(current))) return { url: current, response: new Response(null, { status: 204 }) };
      let response = await this.request(current);
      if (response.status === 200 && /\/interaction\//.test(current)) {
        const html = await response.text();
        const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
        if (!action) throw new Error(`no form at ${current}`);
        const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
        const body = new URLSearchParams(
          prompt === 'login' ? { prompt, login, password: 'any' } : { prompt: prompt ?? 'consent' },
        );
        response = await this.request(new URL(action, current).href, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body,
        });
      }
      const location = response.headers.get('Location');
      if (response.status < 300 || response.status >= 400 || !location) return { url: current, response };
      current = new URL(location, current).href;
    }
    throw new Error('too many redirects');
  }
}
