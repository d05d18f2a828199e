import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/scam-check/register.js';
import './fixtures/scam-api.js';

interface ScamArgs {
  endpoint: string;
  lang: string;
  hotline: string;
  reportPhone: string;
  reportName: string;
  reportUrl: string;
}

const meta: Meta<ScamArgs> = {
  title: 'Widgets/Scam check',
  component: 'ww-scam-check',
  args: {
    endpoint: '/storybook-scam/found/',
    lang: '',
    hotline: '212-788-7654',
    reportPhone: '800-771-7755',
    reportName: 'New York State Attorney General',
    reportUrl: 'https://ag.ny.gov/',
  },
  render: ({ endpoint, lang, hotline, reportPhone, reportName, reportUrl }) =>
    html`<ww-scam-check
      endpoint=${endpoint || nothing}
      lang=${lang || nothing}
      hotline=${hotline || nothing}
      report-phone=${reportPhone || nothing}
      report-name=${reportName || nothing}
      report-url=${reportUrl || nothing}
    ></ww-scam-check>`,
};
export default meta;

type Story = StoryObj<ScamArgs>;

/** Types a name and checks it, as a visitor would. */
async function check(canvasElement: HTMLElement, name = 'ActionNYC') {
  const el = canvasElement.querySelector('ww-scam-check')!;
  await el.updateComplete;
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#f-name')!;
  input.value = name;
  input.dispatchEvent(new Event('input'));
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
}

const checked = (mode: string, lang = ''): Story => ({
  args: { endpoint: `/storybook-scam/${mode}/`, lang },
  play: async ({ canvasElement }) => check(canvasElement),
});

/** Before a search: the three parts, the office's and the state's lines. */
export const Empty: Story = {};

/** Accredited providers found, each badge with the date it was checked. */
export const Found = checked('found');
/** A listing past its re-verification date: "not re-verified since", the badge still shown. */
export const Overdue = checked('overdue');
/** Nobody matches: a warning sign, not proof, and where to check further. */
export const NotListed = checked('none');
/** The office cannot be reached: the message and a retry. */
export const Offline = checked('offline');
export const Spanish = checked('found', 'es');
/** Right to left, the phone numbers and names isolated. */
export const Arabic = checked('found', 'ar');
/** Where to report when the office has configured no line. */
export const NoLines: Story = { args: { hotline: '', reportPhone: '', reportName: '', reportUrl: '' } };
