import { define } from '../../core/define.js';
import { WwConfig } from './config.js';

define('ww-config', WwConfig);

export { WwConfig };

declare global {
  interface HTMLElementTagNameMap {
    'ww-config': WwConfig;
  }
}
