import { isolate } from '../../../core/bidi.js';
import { msg, str } from '../../../core/localize.js';
import { formatNumber } from '../../../core/number-format.js';
import { DeskError } from '../../core/desk-api.js';
import { problemMessage } from '../../core/problem-message.js';
import type { CameraProblem } from './camera.js';
import { sessionWhen } from './when.js';

/**
 * What the last action at the door did, kept as data and put in words at
 * render time (so in the desk's language): the live region says it.
 */
export type Outcome =
  | { kind: 'checked-in' | 'already'; name: string; party: number }
  | { kind: 'undone'; name: string }
  | { kind: 'walk-in'; name: string; party: number; over: boolean }
  | { kind: 'no-shows'; marked: number }
  | { kind: 'no-code' | 'not-a-code' | CameraProblem }
  | { kind: 'failed'; error: unknown };

export interface OutcomeContext {
  locale: string;
  /** The roster's event zone, for another session's date. */
  timeZone: string;
}

/** Whether the outcome is good news (shown as such) or something to act on. */
export const isGood = (o: Outcome): boolean =>
  o.kind === 'checked-in' || o.kind === 'undone' || o.kind === 'walk-in' || o.kind === 'no-shows';

/** A name as shown: a walk-in may have given none. */
export const who = (name: string | null | undefined): string =>
  name?.trim() ? isolate(name) : msg('(no name given)', { id: 'staff.roster.no-name' });

export function outcomeText(o: Outcome, { locale, timeZone }: OutcomeContext): string {
  const n = (value: number) => formatNumber(value, locale);
  // Names come from the server in any script: isolated, so a right-to-left name keeps the sentence in order.
  switch (o.kind) {
    case 'checked-in':
      return msg(str`Checked in: ${who(o.name)}, party of ${n(o.party)}.`, { id: 'staff.roster.checked-in' });
    case 'already':
      return msg(str`Already checked in: ${who(o.name)}, party of ${n(o.party)}.`, { id: 'staff.roster.already' });
    case 'undone':
      return msg(str`Mark taken off: ${who(o.name)} is not marked yet.`, { id: 'staff.roster.mark-removed' });
    case 'walk-in': {
      const added = msg(str`Walk-in added and checked in: ${who(o.name)}, party of ${n(o.party)}.`, {
        id: 'staff.roster.walk-in-added',
      });
      return o.over
        ? `${added} ${msg('The session now has more people than places.', { id: 'staff.roster.over-capacity' })}`
        : added;
    }
    case 'no-shows':
      return msg(str`Marked as no-shows: ${n(o.marked)}.`, { id: 'staff.roster.no-shows-marked' });
    case 'no-code':
      return msg('No QR code was found in the picture. Try again closer, or type the code.', {
        id: 'staff.roster.no-qr',
      });
    case 'not-a-code':
      return msg('A check-in code has 8 letters and digits, like ABCD-1234. Check what you typed.', {
        id: 'staff.roster.not-a-code',
      });
    case 'camera-denied':
      return msg('The camera is not allowed on this device. Type the code, or scan from a picture.', {
        id: 'staff.roster.camera-denied',
      });
    case 'camera-absent':
      return msg('No camera was found. Type the code, or scan from a picture.', { id: 'staff.roster.camera-absent' });
    case 'failed':
      return failureText(o.error, locale, timeZone);
  }
}

/** The server's refusals at the door (and of the roster itself), in plain words; anything else as the desk says it. */
export function failureText(error: unknown, locale: string, timeZone: string): string {
  if (!(error instanceof DeskError)) return problemMessage(error);
  const start = error.problem?.['session_start'];
  const when = typeof start === 'string' && start ? sessionWhen(start, timeZone, locale) : '';
  switch (error.code) {
    case 'unknown-code':
      return msg('This code is not known. Check it against the confirmation, or find the person by name.', {
        id: 'staff.roster.unknown-code',
      });
    case 'other-event': {
      const title = typeof error.problem?.['event_title'] === 'string' ? error.problem['event_title'] : '';
      return when
        ? msg(str`This code is for another event: ${isolate(title)}, ${when}. Not checked in.`, {
            id: 'staff.roster.other-event',
          })
        : msg(str`This code is for another event: ${isolate(title)} (the whole series). Not checked in.`, {
            id: 'staff.roster.other-event-series',
          });
    }
    case 'other-session':
      return msg(str`This code is for another session of this event: ${when}. Not checked in.`, {
        id: 'staff.roster.other-session',
      });
    case 'not-confirmed':
      return msg('This person has no confirmed place (waiting list or cancelled). Not checked in.', {
        id: 'staff.roster.not-confirmed',
      });
    case 'location-not-granted':
      return msg('This event is at a location your account has not been given. Ask an administrator.', {
        id: 'staff.roster.location-not-granted',
      });
    case 'session-not-over':
      return msg('The session has not ended yet: no-shows can be marked after it ends.', {
        id: 'staff.roster.session-not-over',
      });
    default:
      return problemMessage(error);
  }
}
