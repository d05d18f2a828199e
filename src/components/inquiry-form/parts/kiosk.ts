import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { KioskController } from '../../../core/kiosk-controller.js';
import { msg } from '../../../core/localize.js';
import { addStyles, resultStyles } from './styles.js';

const kioskStyles = css`
  .kiosk-warning .button {
    justify-self: start;
  }
`;

/**
 * Kiosk mode (shared computers): the inactivity timer and its warning. Loaded
 * only when `kiosk` is set, as the service finder's `LazyKiosk` does.
 */
export class Kiosk {
  private readonly timer: KioskController;

  constructor(
    host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode },
    options: ConstructorParameters<typeof KioskController>[1],
  ) {
    addStyles(host.renderRoot, resultStyles);
    addStyles(host.renderRoot, kioskStyles);
    // Added to a connected host, the timer starts at once.
    this.timer = new KioskController(host, options);
  }

  /** Activity, or a result shown: counting starts again. */
  restart(): void {
    this.timer.restart();
  }

  /** Before the form clears itself: one button keeps it. */
  render(): TemplateResult | typeof nothing {
    return this.timer.warning
      ? html`<div class="kiosk-warning" role="alert">
          <p>
            ${msg('Are you still there? This form will be cleared soon, to keep your message private.', {
              id: 'inquiry.kiosk-warning',
            })}
          </p>
          <button class="button button--primary" type="button" @click=${() => this.timer.restart()}>
            ${msg('Keep it open', { id: 'inquiry.kiosk-continue' })}
          </button>
        </div>`
      : nothing;
  }
}
