import { html } from 'lit';
import { WwDataElement } from '../../core/data-element.js';

/**
 * Sign-up for one event session or a whole series (placeholder: being built).
 *
 * @tagname ww-event-registration
 */
export class WwEventRegistration extends WwDataElement {
  protected override render() {
    return html``;
  }
}
