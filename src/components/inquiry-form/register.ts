import { define } from '../../core/define.js';
import { WwInquiryForm } from './inquiry-form.js';

define('ww-inquiry-form', WwInquiryForm);

export { WwInquiryForm };

declare global {
  interface HTMLElementTagNameMap {
    'ww-inquiry-form': WwInquiryForm;
  }
}
