import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/inquiry-status/register.js';
import './fixtures/status-api.js';

interface StatusArgs {
  endpoint: string;
  lang: string;
  reference: string;
}

const meta: Meta<StatusArgs> = {
  title: 'Widgets/Inquiry status',
  component: 'ww-inquiry-status',
  args: { endpoint: '/storybook-status/received/', lang: '', reference: '' },
  render: ({ endpoint, lang, reference }) =>
    html`<ww-inquiry-status
      endpoint=${endpoint || nothing}
      lang=${lang || nothing}
      reference=${reference || nothing}
    ></ww-inquiry-status>`,
};
export default meta;

type Story = StoryObj<StatusArgs>;

/** Types the status token and asks, as a visitor would. */
async function ask(canvasElement: HTMLElement, check = '7KQM-3D9X') {
  const el = canvasElement.querySelector('ww-inquiry-status')!;
  await el.updateComplete;
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#f-check')!;
  input.value = check;
  input.dispatchEvent(new Event('input'));
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
}

const asked = (mode: string): Story => ({
  args: { endpoint: `/storybook-status/${mode}/`, reference: 'K7M-4QX' },
  play: async ({ canvasElement }) => ask(canvasElement),
});

/** The empty form: the reference and one more fact, the three choices explained. */
export const Empty: Story = {};

/** The reference from the confirmation's link (or the attribute). */
export const WithReference: Story = { args: { reference: 'K7M-4QX' } };

/** Asked with a reference that cannot be one: caught before asking the office. */
export const Errors: Story = {
  args: { reference: 'K7M-4Q' },
  play: async ({ canvasElement }) => ask(canvasElement, ''),
};

export const Received = asked('received');
export const InProgress = asked('in-progress');
/** Referred: to whom, in the visitor's language. */
export const Referred = asked('referred');
export const Resolved = asked('resolved');
/** No inquiry with this reference and this fact (the same answer for both). */
export const NotFound = asked('not-found');
/** Too many failed tries from this device: until when. */
export const TooManyTries = asked('too-many');
/** The reference is locked after too many wrong checks from anywhere. */
export const Locked = asked('locked');
/** The office could not be reached: what was typed stays. */
export const Offline = asked('offline');
/** Right to left. */
export const Arabic: Story = { ...asked('referred'), args: { ...asked('referred').args, lang: 'ar' } };
