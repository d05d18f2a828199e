import type { ReactiveController, ReactiveControllerHost } from 'lit';

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

/**
 * For shared computers (a library's public PCs): after `idleMs` without
 * activity anywhere on the page, warns (for 20 s, or half the time when it
 * is shorter), then calls `reset`
 * so the next visitor never sees the last one's search.
 */
export class KioskController implements ReactiveController {
  warning = false;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private resetTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly onActivity = () => this.restart();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: { enabled: () => boolean; idleMs: () => number; reset: () => void },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of ACTIVITY) document.addEventListener(type, this.onActivity, { capture: true, passive: true });
    this.restart();
  }

  hostDisconnected(): void {
    for (const type of ACTIVITY) document.removeEventListener(type, this.onActivity, { capture: true });
    this.clear();
  }

  /** Activity: hide the warning and start counting again. */
  restart(): void {
    this.clear();
    if (this.warning) {
      this.warning = false;
      this.host.requestUpdate();
    }
    if (!this.options.enabled()) return;
    const idleMs = this.options.idleMs();
    const warningMs = Math.min(20_000, idleMs / 2);
    this.idleTimer = setTimeout(() => {
      this.warning = true;
      this.host.requestUpdate();
      this.resetTimer = setTimeout(() => {
        this.warning = false;
        this.options.reset();
        this.restart();
      }, warningMs);
    }, idleMs - warningMs);
  }

  private clear(): void {
    clearTimeout(this.idleTimer);
    clearTimeout(this.resetTimer);
  }
}
