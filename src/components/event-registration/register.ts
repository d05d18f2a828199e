import { define } from '../../core/define.js';
import { WwEventRegistration } from './event-registration.js';

define('ww-event-registration', WwEventRegistration);

export { WwEventRegistration };

declare global {
  interface HTMLElementTagNameMap {
    'ww-event-registration': WwEventRegistration;
  }
}
