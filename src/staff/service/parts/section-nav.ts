import { html, type TemplateResult } from 'lit';
import { msg } from '../../../core/localize.js';
import { fieldLabel } from './labels.js';

/**
 * The editor's sections, as buttons that move focus to each section's heading: with every language's texts the form
 * has hundreds of controls, and a keyboard user goes straight to the phones or the hours. Buttons rather than links,
 * since the address's fragment is the desk's route.
 */
export function renderSectionNav(root: () => ParentNode, withTexts: boolean): TemplateResult {
  const sections: [string, string][] = [
    ['details-title', msg('Details', { id: 'staff.service.details' })],
    ['availability-title', fieldLabel('availability')],
    ['locations-title', fieldLabel('locations')],
    ['phones-title', fieldLabel('phones')],
    ['languages-title', fieldLabel('languages')],
    ['badges-title', fieldLabel('badges')],
    ['topics-title', fieldLabel('topics')],
    // Last in the form too: the longest part, and reviewers mostly work from the review queue.
    ...(withTexts
      ? ([['texts-title', msg('Texts in every language', { id: 'staff.service.texts-title' })]] as [string, string][])
      : []),
  ];
  const jump = (id: string) => {
    const heading = root().querySelector<HTMLElement>(`#${id}`);
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
    heading.scrollIntoView({ block: 'start' });
  };
  return html`<nav class="section-nav" aria-label=${msg('Sections of the form', { id: 'staff.service.sections' })}>
    <ul>
      ${sections.map(
        ([id, label]) =>
          html`<li>
            <button class="link-button" type="button" data-section=${id} @click=${() => jump(id)}>${label}</button>
          </li>`,
      )}
    </ul>
  </nav>`;
}
