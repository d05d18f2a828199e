import type { ReactiveControllerHost } from 'lit';
import type { ApiClient } from '../../../core/api-client.js';
import { holdSlot, nextSlotsOf, releaseHold, type Hold, type Slot } from '../appointment-booking.api.js';

export type HoldStep =
  | { step: 'none' }
  | { step: 'holding'; slot: Slot }
  | { step: 'held'; slot: Slot; hold: Hold }
  /** The hold ran out: the time may still be free, and confirming tries it directly. */
  | { step: 'expired'; slot: Slot }
  | { step: 'taken'; slot: Slot; next: Slot[] }
  /** The hold could not be made (the office unreachable): the time is kept, confirming tries it directly. */
  | { step: 'failed'; slot: Slot; error: unknown };

/**
 * The time the visitor chose, held for them (`POST appointment-holds`) while
 * they fill in the form; let go when they choose another or leave. A hold
 * that runs out is said so, and the booking then tries the time directly.
 */
export class SlotHold {
  state: HoldStep = { step: 'none' };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private attempt = 0;

  constructor(private readonly host: ReactiveControllerHost) {}

  get slot(): Slot | undefined {
    return this.state.step === 'none' ? undefined : this.state.slot;
  }

  get token(): string | undefined {
    return this.state.step === 'held' ? this.state.hold.hold_token : undefined;
  }

  private set(state: HoldStep): void {
    this.state = state;
    this.host.requestUpdate();
  }

  /** Holds `slot`, letting the previous hold go. Resolves with the step reached. */
  async take(api: ApiClient, typeId: string, slot: Slot, interpreter: string, signal: AbortSignal): Promise<HoldStep> {
    this.release(api);
    const attempt = ++this.attempt;
    this.set({ step: 'holding', slot });
    try {
      const hold = await holdSlot(
        api,
        { type_id: typeId, start: slot.start, interpreter: interpreter || null },
        signal,
      );
      if (attempt !== this.attempt) return this.state;
      this.set({ step: 'held', slot, hold });
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.set({ step: 'expired', slot }), Date.parse(hold.expires_at) - Date.now());
    } catch (error) {
      if (attempt !== this.attempt || signal.aborted) return this.state;
      const next = nextSlotsOf(error);
      this.set(next ? { step: 'taken', slot, next } : { step: 'failed', slot, error });
    }
    return this.state;
  }

  /** The booking found the time taken: the next free ones are offered. */
  taken(next: Slot[]): void {
    const slot = this.slot;
    clearTimeout(this.timer);
    if (slot) this.set({ step: 'taken', slot, next });
  }

  /** Lets the current hold go (nobody waits for the answer) and forgets the time. */
  release(api: ApiClient | undefined): void {
    clearTimeout(this.timer);
    const token = this.token;
    this.attempt++;
    this.state = { step: 'none' };
    if (api && token) void releaseHold(api, token).catch(() => undefined);
  }

  /** After booking: the hold became the appointment, nothing to let go. */
  forget(): void {
    clearTimeout(this.timer);
    this.attempt++;
    this.state = { step: 'none' };
  }
}
