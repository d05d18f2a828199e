import { html } from 'lit';
import { WwDataElement } from '../../core/data-element.js';

/**
 * Upcoming clinics, classes and forums, as a list or a month grid (placeholder: being built).
 *
 * @tagname ww-clinic-calendar
 */
export class WwClinicCalendar extends WwDataElement {
  protected override render() {
    return html``;
  }
}
