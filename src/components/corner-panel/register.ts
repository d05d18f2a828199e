import { define } from '../../core/define.js';
import { WwCornerPanel } from './corner-panel.js';

define('ww-corner-panel', WwCornerPanel);

export { WwCornerPanel };

declare global {
  interface HTMLElementTagNameMap {
    'ww-corner-panel': WwCornerPanel;
  }
}
