import type { Kysely } from 'kysely';
import * as client from 'openid-client';
import type { Database } from '../db/schema.js';
import {
  findAccountByEmail,
  findProviderAccount,
  linkProviderAccount,
  recordSignIn,
  type AccountRow,
} from './accounts.js';

/** WW_OIDC_ISSUER, WW_OIDC_CLIENT_ID, WW_OIDC_CLIENT_SECRET; the redirect URI is `${WW_PUBLIC_URL}/staff/auth/callback`. */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret?: string | undefined;
  redirectUri: string;
}

/** A sign-in started but not finished within 10 minutes is refused. */
const FLOW_MS = 10 * 60_000;
const DEFAULT_RETURN = '/staff/';

/** What the callback tells the desk when it cannot sign in (`/staff/#sign-in-error=<code>`). */
export type OidcError = 'no-account' | 'disabled' | 'failed';

/** Only a page of the desk on this server: never another origin, never `//host`. */
export function safeReturnTo(value: string | undefined): string {
  if (!value || value.length > 300 || !/^\/staff\/[A-Za-z0-9\-._~!$&'()*+,;=:@/?#%]*$/.test(value))
    return DEFAULT_RETURN;
  return value.includes('//') ? DEFAULT_RETURN : value;
}

/**
 * Sign-in through the office's OpenID Connect provider: the authorization
 * code flow with PKCE (S256), state and nonce. The flow's secrets wait in
 * staff_login_flows, so whichever server process receives the callback can
 * finish it; a flow is used once.
 */
export class OidcSignIn {
  private configuration: Promise<client.Configuration> | undefined;

  constructor(private readonly settings: OidcSettings) {}

  /** Discovery once per process; a failure (the provider down) is tried again on the next sign-in. */
  private config(): Promise<client.Configuration> {
    this.configuration ??= client
      .discovery(
        new URL(this.settings.issuer),
        this.settings.clientId,
        undefined,
        this.settings.clientSecret ? client.ClientSecretPost(this.settings.clientSecret) : client.None(),
        // Plain HTTP only for a provider on this machine (tests, a local set-up).
        isLoopback(this.settings.issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }

  /** The provider's authorization URL for a new sign-in, its flow stored. */
  async start(db: Kysely<Database>, returnTo: string | undefined, now = new Date()): Promise<URL> {
    const config = await this.config();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const codeVerifier = client.randomPKCECodeVerifier();
    await db.deleteFrom('staff_login_flows').where('expires_at', '<=', now).execute();
    await db
      .insertInto('staff_login_flows')
      .values({
        state,
        nonce,
        code_verifier: codeVerifier,
        return_to: safeReturnTo(returnTo),
        expires_at: new Date(now.getTime() + FLOW_MS),
      })
      .execute();
    return client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUri,
      scope: 'openid email profile',
      state,
      nonce,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  /**
   * Finishes a sign-in from the callback's query string: the flow is taken
   * (deleted) by its state, the code exchanged with its PKCE verifier, the ID
   * token's nonce checked. Then the account: by issuer and subject, else the
   * account whose email is the provider's verified email, linked from then on.
   */
  async finish(
    db: Kysely<Database>,
    search: string,
    now = new Date(),
  ): Promise<{ account: AccountRow; returnTo: string } | { error: OidcError; cause?: unknown }> {
    const callback = new URL(this.settings.redirectUri);
    callback.search = search;
    const state = callback.searchParams.get('state');
    if (!state) return { error: 'failed' };
    const flow = await db.deleteFrom('staff_login_flows').where('state', '=', state).returningAll().executeTakeFirst();
    if (!flow || new Date(flow.expires_at) <= now) return { error: 'failed' };
    let person: Person;
    try {
      const config = await this.config();
      const tokens = await client.authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: flow.code_verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims()!;
      person = { iss: claims.iss, sub: claims.sub, email: claims.email, email_verified: claims.email_verified };
      // Many providers put the email in the ID token; the standard place is UserInfo (for the same subject).
      if (person.email === undefined) {
        const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
        person = { ...person, email: info.email, email_verified: info.email_verified };
      }
    } catch (cause) {
      return { error: 'failed', cause };
    }
    const found = await matchAccount(db, person);
    if ('error' in found) return found;
    await recordSignIn(db, found.account.id);
    return { account: found.account, returnTo: safeReturnTo(flow.return_to ?? undefined) };
  }
}

/** Who the provider says signed in: issuer and subject, and the email it vouches for. */
interface Person {
  iss: string;
  sub: string;
  email?: unknown;
  email_verified?: unknown;
}

async function matchAccount(
  db: Kysely<Database>,
  claims: Person,
): Promise<{ account: AccountRow } | { error: OidcError }> {
  const linked = await findProviderAccount(db, claims.iss, claims.sub);
  if (linked) return linked.disabled_at ? { error: 'disabled' } : { account: linked };
  // Nobody registers themselves: an admin made the account, with the email the provider vouches for.
  const email = typeof claims.email === 'string' && claims.email_verified === true ? claims.email : undefined;
  const byEmail = email ? await findAccountByEmail(db, email) : undefined;
  if (!byEmail || byEmail.oidc_subject) return { error: 'no-account' };
  if (byEmail.disabled_at) return { error: 'disabled' };
  await linkProviderAccount(db, byEmail.id, claims.iss, claims.sub);
  return { account: byEmail };
}

function isLoopback(url: string): boolean {
  const { hostname } = new URL(url);
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}
