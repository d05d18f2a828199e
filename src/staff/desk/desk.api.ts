import type { DeskApi } from '../core/desk-api.js';
import type { Me } from '../core/types.js';

/** The signed-in person, with the CSRF token for writes; 401 when nobody is. */
export const loadMe = (api: DeskApi, signal?: AbortSignal): Promise<Me> =>
  api.get<Me>('v1/staff/me', undefined, signal);

/** Ends this session (the cookie is cleared). */
export const signOut = async (api: DeskApi): Promise<void> => void (await api.post('staff/auth/logout'));

/** Ends every session of the account, on every device, this one too. */
export const signOutEverywhere = async (api: DeskApi): Promise<void> =>
  void (await api.post('v1/staff/me/sign-out-everywhere'));
