import { errorSummary } from './error-summary.js';
import type { Logger } from './logger.js';

/**
 * Background work done in rounds by each server process (the job runner, the
 * mail and text-message senders): a round asked for while one runs joins it
 * instead of starting a second, `start()` runs one every interval without
 * keeping the process alive for it, and `stop()` lets a round in progress end.
 */
export abstract class Rounds<Result> {
  private running: Promise<Result> | undefined;
  private timer: NodeJS.Timeout | undefined;

  /** What a failed round is logged as (`mail round failed`…). */
  protected abstract readonly roundName: string;
  protected abstract readonly roundLogger: Logger;
  protected abstract round(now: Date | undefined): Promise<Result>;

  /** One round (at `now`, where the work takes a time); a round already running is joined, not doubled. */
  runOnce(now?: Date): Promise<Result> {
    this.running ??= this.round(now).finally(() => (this.running = undefined));
    return this.running;
  }

  /** A round now and then every `intervalMs` (ten seconds unless said). */
  start(intervalMs = 10_000): this {
    const tick = () =>
      void this.runOnce().catch((error: unknown) =>
        this.roundLogger.error(`${this.roundName} failed`, { message: errorSummary(error) }),
      );
    this.timer = setInterval(tick, intervalMs);
    this.timer.unref();
    tick();
    return this;
  }

  /** Stops the rounds and waits for one in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => {});
  }
}
