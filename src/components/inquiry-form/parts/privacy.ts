import { html, type TemplateResult } from 'lit';
import { msg } from '../../../core/localize.js';

/** What is kept, for how long, who sees it, and that immigration status is never asked. */
export const renderPrivacy = (): TemplateResult =>
  html`<div part="privacy" class="privacy">
    <p class="privacy__title">${msg('Your privacy', { id: 'inquiry.privacy.title' })}</p>
    <ul>
      <li>
        ${msg('We keep your message, and your name and contact details only if you give them.', {
          id: 'inquiry.privacy.what',
        })}
      </li>
      <li>${msg('Your name and contact details are erased after one year.', { id: 'inquiry.privacy.how-long' })}</li>
      <li>${msg("Only the office's staff see it.", { id: 'inquiry.privacy.who' })}</li>
      <li>
        <strong
          >${msg('Nobody will ask about your immigration status, and this form never asks for it.', {
            id: 'inquiry.privacy.status',
          })}</strong
        >
      </li>
    </ul>
  </div>`;
