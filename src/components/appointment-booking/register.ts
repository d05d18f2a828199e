import { define } from '../../core/define.js';
import { WwAppointmentBooking } from './appointment-booking.js';

define('ww-appointment-booking', WwAppointmentBooking);

export { WwAppointmentBooking };

declare global {
  interface HTMLElementTagNameMap {
    'ww-appointment-booking': WwAppointmentBooking;
  }
}
