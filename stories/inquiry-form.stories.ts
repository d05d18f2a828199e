import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/inquiry-form/register.js';
import type { WwInquiryForm } from '../src/components/inquiry-form/inquiry-form.js';
import { clearSeeds, seedDelivered, seedFailed } from './fixtures/inquiry-api.js';
import { onDarkPage } from './fixtures/dark-page.js';

interface InquiryArgs {
  endpoint: string;
  lang: string;
  kind: 'inquiry' | 'volunteer';
  topics: string;
  hotline: string;
  channelLabel: string;
  responseTime: number | undefined;
  kiosk: boolean;
  statusHref: string;
}

const meta: Meta<InquiryArgs> = {
  title: 'Widgets/Inquiry form',
  component: 'ww-inquiry-form',
  args: {
    endpoint: '/storybook-inquiries/ok/',
    lang: '',
    kind: 'inquiry',
    topics: '',
    hotline: '212-788-7654',
    channelLabel: '',
    responseTime: undefined,
    kiosk: false,
    statusHref: 'status.html',
  },
  argTypes: { kind: { control: 'inline-radio', options: ['inquiry', 'volunteer'] } },
  loaders: [clearSeeds],
  render: ({ endpoint, lang, kind, topics, hotline, channelLabel, responseTime, kiosk, statusHref }) =>
    html`<ww-inquiry-form
      endpoint=${endpoint || nothing}
      lang=${lang || nothing}
      kind=${kind}
      topics=${topics || nothing}
      hotline=${hotline || nothing}
      channel-label=${channelLabel || nothing}
      response-time=${responseTime ?? nothing}
      ?kiosk=${kiosk}
      status-href=${statusHref || nothing}
    ></ww-inquiry-form>`,
};
export default meta;

type Story = StoryObj<InquiryArgs>;

/** The element, once its topics are there. */
async function ready(canvasElement: HTMLElement): Promise<WwInquiryForm> {
  const el = canvasElement.querySelector('ww-inquiry-form')!;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('#f-topic option[value="housing"], #f-interests'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await el.updateComplete;
  return el;
}

/** Fills the form and sends it, as a visitor would (for the result stories). */
async function fillAndSend(
  canvasElement: HTMLElement,
  contact: 'email' | 'none' = 'email',
  address = 'amina@example.org',
) {
  const el = await ready(canvasElement);
  const root = el.shadowRoot!;
  const set = (selector: string, value: string) => {
    const input = root.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
  };
  set('#f-topic', 'housing');
  set('#f-message', 'My landlord has not fixed the heating since December. What can I do?');
  root.querySelector<HTMLInputElement>(`input[value="${contact}"]`)!.click();
  await el.updateComplete;
  if (contact === 'email') {
    set('#f-email', address);
    root.querySelector<HTMLInputElement>('#f-consent')!.click();
    await el.updateComplete;
  }
  root.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
}

/** The empty form: topics from the server, the privacy note and the hotline. */
export const Empty: Story = {};

/** Sent with nothing filled in: the error summary takes focus, each link goes to its field. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  },
};

/** The server refused the email address (400): marked on the field and in the summary. */
export const ServerRefusedAField: Story = {
  args: { endpoint: '/storybook-inquiries/invalid/' },
  play: async ({ canvasElement }) => fillAndSend(canvasElement, 'email', 'amina@example'),
};

/** The request is out: the button says so and ignores a second press. */
export const Sending: Story = {
  args: { endpoint: '/storybook-inquiries/sending/' },
  play: async ({ canvasElement }) => fillAndSend(canvasElement),
};

/** Sent: the reference (spelled out for screen readers), what happens next, Print and Copy. */
export const Confirmation: Story = { play: async ({ canvasElement }) => fillAndSend(canvasElement) };

/** No contact chosen: call the hotline with the reference. */
export const ConfirmationNoContact: Story = {
  play: async ({ canvasElement }) => fillAndSend(canvasElement, 'none'),
};

/** The office could not be reached: saved on this device, sent automatically, "Send now". */
export const Queued: Story = {
  args: { endpoint: '/storybook-inquiries/offline/' },
  play: async ({ canvasElement }) => fillAndSend(canvasElement),
};

/** The next visit after a queued inquiry was delivered: a notice with its reference. */
export const DeliveredLater: Story = { loaders: [clearSeeds, seedDelivered] };

/** A saved inquiry the office refused on a retry: its text, the reasons, correct or delete. */
export const FailedRecord: Story = { loaders: [clearSeeds, seedFailed] };

/** One preset topic and the office's own channel name and response time. */
export const MayorsOffice: Story = {
  args: { topics: 'housing', channelLabel: "Ask the Mayor's Office", responseTime: 5 },
};

/** `kind="volunteer"`: the Community Ambassadors sign-up. */
export const Volunteer: Story = { args: { kind: 'volunteer' } };

/** Volunteer sign-up sent with nothing chosen. */
export const VolunteerErrors: Story = {
  args: { kind: 'volunteer' },
  play: Errors.play!,
};

/** A shared computer: nothing stored, and the form clears itself after inactivity. */
export const Kiosk: Story = { args: { kiosk: true } };

/** Arabic, right to left. */
export const RightToLeft: Story = { args: { lang: 'ar' } };

/** Dark theme through the documented custom properties. */
export const DarkTheme: Story = {
  render: (args) => onDarkPage(meta.render!(args, {} as never)),
};
