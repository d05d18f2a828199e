import { define } from '../../core/define.js';
import { WwClinicCalendar } from './clinic-calendar.js';

define('ww-clinic-calendar', WwClinicCalendar);

export { WwClinicCalendar };

declare global {
  interface HTMLElementTagNameMap {
    'ww-clinic-calendar': WwClinicCalendar;
  }
}
