import { html, type TemplateResult } from 'lit';
import { msg } from '../../../core/localize.js';

/** The Department of Justice's roster of recognized organizations and accredited representatives. */
export const DOJ_ROSTER =
  'https://www.justice.gov/eoir/recognized-organizations-and-accredited-representatives-roster-state-and-city';

/**
 * What it means that nobody in the directory matches: a warning sign, not proof, and where to check further.
 * `partly`: some providers match only part of the words (shown below, to compare the name with care).
 */
export const renderNotListed = (partly: boolean): TemplateResult =>
  html`<p class="lead">
      ${msg('No accredited provider in our directory matches this name.', { id: 'scam.none.heading' })}
    </p>
    <p>
      ${msg(
        'This does not prove a scam: our directory does not list everyone. But it is a warning sign. Before you pay, ask for proof of accreditation and check it yourself.',
        { id: 'scam.none.detail' },
      )}
    </p>
    <ul>
      <li>
        <a href=${DOJ_ROSTER} target="_blank" rel="noopener noreferrer"
          >${msg('The U.S. Department of Justice list of accredited representatives', { id: 'scam.none.doj' })}</a
        >
      </li>
      <li>
        ${msg(
          'A lawyer must have a license from a state bar: ask for their bar number and look it up on the bar’s website.',
          {
            id: 'scam.none.lawyer',
          },
        )}
      </li>
    </ul>
    ${
      partly
        ? html`<p>
            ${msg('These providers match only some of your words. Check that the name is exactly the same.', {
              id: 'scam.partly',
            })}
          </p>`
        : ''
    }`;
