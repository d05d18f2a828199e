import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/inquiry-form/register.js';
import type { WwInquiryForm } from '../src/components/inquiry-form/inquiry-form.js';
import { resetPageLocale, until } from './helpers/locale-state.js';

/**
 * Phone numbers in right-to-left text: in an Arabic sentence the digits of
 * "212-788-7654" would be laid out as "7654-788-212". Measured on screen:
 * the first digit group must sit to the left of the last.
 */
function groupX(link: HTMLAnchorElement, group: string): number {
  const node = [...link.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(group))!;
  const start = node.textContent!.indexOf(group);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + group.length);
  return range.getBoundingClientRect().left;
}

describe('phone numbers in right-to-left text', () => {
  beforeEach(resetPageLocale);

  it('keep their digits in order in an Arabic sentence', async () => {
    const el = await fixture<WwInquiryForm>(
      html`<ww-inquiry-form endpoint="/v1/" lang="ar" hotline="212-788-7654"></ww-inquiry-form>`,
    );
    await until(() => Boolean(el.shadowRoot?.querySelector('.hotline a')), 8000);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('.hotline a')!;
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(link.textContent).to.contain('212-788-7654');
    expect(groupX(link, '212')).to.be.lessThan(groupX(link, '7654'));
  });
});
