import type { DeskApi } from '../core/desk-api.js';
import type { AuthConfig, Me } from '../core/types.js';

export const loadAuthConfig = (api: DeskApi, signal?: AbortSignal): Promise<AuthConfig> =>
  api.get<AuthConfig>('staff/auth/config', undefined, signal);

export async function signIn(api: DeskApi, body: { email: string; password: string; code?: string }): Promise<Me> {
  return (await api.post<Me>('staff/auth/login', body)).data;
}

/** A set-up link's first password: signs in too. */
export async function setUp(api: DeskApi, body: { token: string; password: string }): Promise<Me> {
  return (await api.post<Me>('staff/auth/setup', body)).data;
}

/** The demo's one-step sign-in (`npm start` prints the link). */
export async function demoSignIn(api: DeskApi, token: string): Promise<Me> {
  return (await api.post<Me>('staff/auth/demo', { token })).data;
}

/** Where the OpenID Connect button goes: the server redirects to the office's provider, then back here. */
export const oidcHref = (api: DeskApi, returnTo: string): string =>
  api.url('staff/auth/oidc', { return_to: returnTo }).href;
