/** The little of node-oidc-provider (no types of its own) that the tests use. */
declare module 'oidc-provider' {
  import type { Server } from 'node:http';

  interface FoundAccount {
    accountId: string;
    claims(): Record<string, unknown>;
  }

  export interface Configuration {
    clients?: Record<string, unknown>[];
    pkce?: { required?: () => boolean };
    claims?: Record<string, string[]>;
    features?: Record<string, { enabled: boolean }>;
    cookies?: { keys: string[] };
    ttl?: Record<string, number>;
    findAccount?: (ctx: unknown, sub: string) => FoundAccount | undefined | Promise<FoundAccount | undefined>;
  }

  export default class Provider {
    constructor(issuer: string, configuration?: Configuration);
    listen(port: number, host?: string): Server;
  }
}
