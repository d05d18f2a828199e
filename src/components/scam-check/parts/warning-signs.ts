import { html, type TemplateResult } from 'lit';
import { msg } from '../../../core/localize.js';

/** The signs of notario fraud, in plain words; none of them asks or assumes anything about the visitor. */
const signs = (): string[] => [
  msg('A “notario” or “notary public” is not a lawyer in the United States and may not give legal advice.', {
    id: 'scam.sign.notario',
  }),
  msg('They promise a result, such as a green card or a work permit, or say they have friends in the government.', {
    id: 'scam.sign.guarantee',
  }),
  msg('They ask you to sign a blank form, or to write something on a form that is not true.', {
    id: 'scam.sign.blank-forms',
  }),
  msg('They keep your original documents, such as your passport or birth certificate.', {
    id: 'scam.sign.originals',
  }),
  msg('They charge you for blank government forms, which are free.', { id: 'scam.sign.form-fees' }),
  msg('They give you no written contract, or no receipt for what you pay.', { id: 'scam.sign.no-receipt' }),
];

export const renderWarningSigns = (): TemplateResult =>
  html`<ul part="signs" class="signs">
    ${signs().map((sign) => html`<li>${sign}</li>`)}
  </ul>`;
