import { define } from '../../core/define.js';
import { WwInquiryStats } from './inquiry-stats.js';

define('ww-inquiry-stats', WwInquiryStats);

export { WwInquiryStats };

declare global {
  interface HTMLElementTagNameMap {
    'ww-inquiry-stats': WwInquiryStats;
  }
}
