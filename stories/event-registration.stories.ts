import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/event-registration/register.js';
import type { EventDetail } from '../src/components/event-registration/event-registration.api.js';
import type { WwEventRegistration } from '../src/components/event-registration/event-registration.js';
import { fullEvent, openEvent, pastEvent, seriesEvent, sessionEvent } from './fixtures/registration-api.js';
import { onDarkPage } from './fixtures/dark-page.js';

interface RegistrationArgs {
  endpoint: string;
  lang: string;
  event: EventDetail | undefined;
  eventId: string;
  cancelToken: string;
}

const meta: Meta<RegistrationArgs> = {
  title: 'Widgets/Event registration',
  component: 'ww-event-registration',
  args: { endpoint: '/storybook-events/ok/', lang: '', event: seriesEvent, eventId: '', cancelToken: '' },
  argTypes: { event: { control: false } },
  render: ({ endpoint, lang, event, eventId, cancelToken }) =>
    html`<ww-event-registration
      endpoint=${endpoint || nothing}
      lang=${lang || nothing}
      event-id=${eventId || nothing}
      cancel-token=${cancelToken || nothing}
      .event=${event}
    ></ww-event-registration>`,
};
export default meta;

type Story = StoryObj<RegistrationArgs>;

/** Fills the form and sends it, as a visitor would (for the result stories). */
async function fillAndSend(canvasElement: HTMLElement, email = 'amina@example.org'): Promise<WwEventRegistration> {
  const el = canvasElement.querySelector('ww-event-registration')!;
  await el.updateComplete;
  const root = el.shadowRoot!;
  const type = (selector: string, value: string) => {
    const input = root.querySelector<HTMLInputElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  type('#f-name', 'Amina Diallo');
  root.querySelector<HTMLInputElement>('input[value="email"]')!.click();
  await el.updateComplete;
  type('#f-email', email);
  root.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  return el;
}

/** A 10-week class: one sign-up for every session, the dates listed. */
export const Series: Story = {};

/** One session of a clinic, named with its date and time. */
export const PerSession: Story = { args: { event: sessionEvent } };

/** Loaded by `event-id` on its own page: the event's title, time and place come first. */
export const StandalonePage: Story = { args: { event: undefined, eventId: 'sample-class' } };

/** Loading the event by `event-id`. */
export const Loading: Story = {
  args: { event: undefined, eventId: 'sample-class', endpoint: '/storybook-events/loading/' },
};

/** No places left: the form still works and says the visitor joins the waiting list. */
export const Full: Story = { args: { event: fullEvent } };

/** The session is over. */
export const Past: Story = { args: { event: pastEvent } };

/** Mode `none`: just come. */
export const NoSignUpNeeded: Story = { args: { event: openEvent } };

/** Sent with nothing filled in: the error summary takes focus, each link goes to its field. */
export const ErrorSummary: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('ww-event-registration')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  },
};

/** The server refused the email address (400): marked on the field and in the summary. */
export const ServerRefusedAField: Story = {
  args: { endpoint: '/storybook-events/invalid/' },
  play: async ({ canvasElement }) => void (await fillAndSend(canvasElement, 'amina@example')),
};

/** The request failed: nothing typed is lost, and Try again sends the same key. */
export const NotSent: Story = {
  args: { endpoint: '/storybook-events/error/' },
  play: async ({ canvasElement }) => void (await fillAndSend(canvasElement)),
};

/** Registered: the dates, calendar links, a cancel link to keep and a cancel button. */
export const Confirmation: Story = { play: async ({ canvasElement }) => void (await fillAndSend(canvasElement)) };

/** On the waiting list, with the visitor's number. */
export const Waitlisted: Story = {
  args: { event: fullEvent, endpoint: '/storybook-events/waitlist/' },
  play: async ({ canvasElement }) => void (await fillAndSend(canvasElement)),
};

/** Opened from a cancel link (`#ww-cancel=…`): asks, then cancels. */
export const CancelMode: Story = { args: { event: undefined, cancelToken: 'r1.sample-cancel-token-for-storybook' } };

/** Arabic, right to left. */
export const RightToLeft: Story = { args: { lang: 'ar' } };

/** Dark theme through the documented custom properties. */
export const DarkTheme: Story = {
  render: (args) => onDarkPage(meta.render!(args, {} as never)),
};
