import type { DeskApi } from '../core/desk-api.js';
import type { Account, Role } from '../core/types.js';

export const loadAccounts = async (api: DeskApi, signal: AbortSignal): Promise<Account[]> =>
  (await api.get<{ items: Account[] }>('v1/staff/accounts', {}, signal)).items;

export interface NewAccount {
  email: string;
  display_name: string;
  roles: Role[];
}

/** Creates an account; its one-time set-up link is shown once, to hand over. */
export const createAccount = async (
  api: DeskApi,
  account: NewAccount,
): Promise<{ account: Account; setup_url: string }> =>
  (await api.post<{ account: Account; setup_url: string }>('v1/staff/accounts', account)).data;

export const updateAccount = async (
  api: DeskApi,
  id: string,
  changes: Partial<{ display_name: string; roles: Role[]; disabled: boolean }>,
): Promise<Account> => (await api.patch<Account>(`v1/staff/accounts/${encodeURIComponent(id)}`, changes)).data;

/** A new set-up link (a forgotten password, a lost authenticator); the old one stops working. */
export const newSetupLink = async (api: DeskApi, id: string): Promise<string> =>
  (await api.post<{ setup_url: string }>(`v1/staff/accounts/${encodeURIComponent(id)}/setup-link`)).data.setup_url;
