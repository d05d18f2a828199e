import { errorMessage } from '../../core/error-message.js';
import { msg } from '../../core/localize.js';
import { DeskError } from './desk-api.js';

/**
 * A desk failure in words staff can act on, in the language being rendered
 * (call it from `render()`). The server's problem types the desk expects get
 * their own sentence; anything else the core's visitor-facing message.
 */
export function problemMessage(error: unknown): string {
  if (!(error instanceof DeskError)) return errorMessage(error);
  switch (error.code) {
    case 'sign-in-failed':
      return isAboutCode(error)
        ? msg('That code is not right. Enter the current code from your authenticator app.', {
            id: 'staff.error.code-wrong',
          })
        : msg('The email address or the password is not right.', { id: 'staff.error.sign-in-failed' });
    case 'code-invalid':
      return msg('That code is not right. Enter the current code from your authenticator app.', {
        id: 'staff.error.code-wrong',
      });
    case 'code-required':
      return msg('Enter the 6-digit code from your authenticator app.', { id: 'staff.error.code-required' });
    case 'locked':
      return msg('Too many failed attempts. Wait 15 minutes, then try again.', { id: 'staff.error.locked' });
    case 'demo-link-invalid':
      return msg('This demo sign-in was already used. Start the server again for a new one.', {
        id: 'staff.error.demo-link-invalid',
      });
    case 'setup-link-invalid':
      return msg('This set-up link was already used or has expired. Ask an administrator for a new one.', {
        id: 'staff.error.setup-link-invalid',
      });
    case 'session-expired':
      return msg('Your session ended. Sign in again: what you typed is kept.', { id: 'staff.error.session-expired' });
    case 'unauthorized':
      return msg('Sign in to continue.', { id: 'staff.error.unauthorized' });
    case 'csrf':
      return msg('This page is out of step with your session. Reload the page.', { id: 'staff.error.csrf' });
    case 'forbidden':
      return msg('Your role does not allow this.', { id: 'staff.error.forbidden' });
    case 'precondition-required':
    case 'stale':
      return msg('Someone else changed this record. Reload to see their change.', { id: 'staff.error.stale' });
    case 'no-email':
      return msg('This person left no email address to reply to. Use the contact method they chose.', {
        id: 'staff.error.no-email',
      });
    case 'not-found':
      return msg('This record was not found. It may have been removed.', { id: 'staff.error.not-found' });
    case 'invalid-parameters':
    case 'bad-request': {
      const details = (error.problem?.errors ?? []).map((e) => `${e.path}: ${e.message}`).join('; ');
      const head = msg('Some fields were not accepted.', { id: 'staff.error.invalid' });
      return details ? `${head} ${details}` : head;
    }
    case 'rate-limited':
      return msg('Too many requests. Wait a moment, then try again.', { id: 'staff.error.rate-limited' });
    default:
      return errorMessage(error);
  }
}

/** A sign-in refused for its code (the contract's `field: 'code'`, or an error on the path `code`). */
export const isAboutCode = (error: DeskError): boolean =>
  error.problem?.['field'] === 'code' || !!error.problem?.errors?.some((e) => e.path === 'code');
