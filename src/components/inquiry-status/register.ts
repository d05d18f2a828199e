import { define } from '../../core/define.js';
import { WwInquiryStatus } from './inquiry-status.js';

define('ww-inquiry-status', WwInquiryStatus);

export { WwInquiryStatus };

declare global {
  interface HTMLElementTagNameMap {
    'ww-inquiry-status': WwInquiryStatus;
  }
}
