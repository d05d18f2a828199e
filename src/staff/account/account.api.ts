import type { DeskApi } from '../core/desk-api.js';
import type { Me } from '../core/types.js';

/** A pending authenticator: the secret (base32) to type in, and the `otpauth://` URI to scan. */
export interface TotpEnrolment {
  secret: string;
  uri: string;
}

/** The signed-in person as the server has them now (their two-step sign-in may have changed in another tab). */
export const loadAccount = (api: DeskApi, signal?: AbortSignal): Promise<Me> =>
  api.get<Me>('v1/staff/me', undefined, signal);

/** A new secret, pending until a first code confirms it. */
export const startTotp = async (api: DeskApi): Promise<TotpEnrolment> =>
  (await api.post<TotpEnrolment>('v1/staff/me/totp')).data;

/** Turns two-step sign-in on with a first code from the app (400 `code-invalid` when wrong). */
export const confirmTotp = async (api: DeskApi, code: string): Promise<void> =>
  void (await api.post('v1/staff/me/totp/confirm', { code }));

/** Turns it off, proven by a current code (400 `code-invalid` when wrong). */
export const removeTotp = async (api: DeskApi, code: string): Promise<void> =>
  void (await api.delete('v1/staff/me/totp', { code }));
