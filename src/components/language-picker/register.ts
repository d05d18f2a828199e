import { define } from '../../core/define.js';
import { WwLanguagePicker } from './language-picker.js';

define('ww-language-picker', WwLanguagePicker);

export { WwLanguagePicker };

declare global {
  interface HTMLElementTagNameMap {
    'ww-language-picker': WwLanguagePicker;
  }
}
