import { define } from '../../core/define.js';
import { WwScamCheck } from './scam-check.js';

define('ww-scam-check', WwScamCheck);

export { WwScamCheck };

declare global {
  interface HTMLElementTagNameMap {
    'ww-scam-check': WwScamCheck;
  }
}
