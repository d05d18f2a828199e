import type { ReactiveControllerHost } from 'lit';
import type { KioskController } from './kiosk-controller.js';

type Options = ConstructorParameters<typeof KioskController>[1];

/**
 * The shared-computer timer of a widget, whose code loads only when a page
 * turns kiosk mode on (most pages never do). Until then there is no warning
 * and nothing to restart.
 */
export class LazyKiosk {
  private controller: KioskController | undefined;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: Options,
  ) {}

  get warning(): boolean {
    return this.controller?.warning ?? false;
  }

  restart(): void {
    this.controller?.restart();
  }

  /** Call on every update: loads the timer the first time kiosk mode is on. */
  sync(enabled: boolean): void {
    if (!enabled || this.loading) return;
    this.loading = import('./kiosk-controller.js').then(({ KioskController }) => {
      // Added to a connected host, the controller starts at once.
      this.controller = new KioskController(this.host, this.options);
    });
  }
}
