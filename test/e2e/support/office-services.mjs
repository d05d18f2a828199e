import { tsImport } from 'tsx/esm/api';

/**
 * The office's outside services for the end-to-end suite, as the server tests
 * start them (one helper each, in server/test/helpers): a real SMTP receiver the
 * test reads mail from, and a real OpenID Connect provider staff sign in at.
 */
const helper = (name) => tsImport(`../../../server/test/helpers/${name}.ts`, import.meta.url);

/** A real SMTP server on loopback; `messages` holds what it received, `parse()` reads one. */
export async function startMailReceiver() {
  const { SmtpReceiver, parseMail } = await helper('smtp-receiver');
  const receiver = await new SmtpReceiver().start();
  return { receiver, parseMail };
}

/**
 * A real OpenID Connect provider (oidc-provider, PKCE required) with a client for
 * `redirectUri`; its development login takes any login name as the subject.
 */
export async function startProvider(redirectUri, people) {
  const { startOidcProvider } = await helper('oidc-provider');
  return startOidcProvider(redirectUri, people);
}
