import { define } from '../../core/define.js';
import { WwServiceFinder } from './service-finder.js';

define('ww-service-finder', WwServiceFinder);

export { WwServiceFinder };

declare global {
  interface HTMLElementTagNameMap {
    'ww-service-finder': WwServiceFinder;
  }
}
