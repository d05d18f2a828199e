import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/corner-panel/register.js';
import './fixtures/corner-api.js';
import { onDarkPage } from './fixtures/dark-page.js';

interface CornerArgs {
  endpoint: string;
  lang: string;
  calendarHref: string;
  finderHref: string;
  askHref: string;
}

const meta: Meta<CornerArgs> = {
  title: 'Widgets/Corner panel',
  component: 'ww-corner-panel',
  args: { endpoint: '/storybook-corner/ok/', lang: '', calendarHref: '#events', finderHref: '#help', askHref: '' },
  render: ({ endpoint, lang, calendarHref, finderHref, askHref }) =>
    html`<ww-corner-panel
      endpoint=${endpoint || nothing}
      location-id="l-flatbush"
      lang=${lang || nothing}
      calendar-href=${calendarHref || nothing}
      finder-href=${finderHref || nothing}
      ask-href=${askHref || nothing}
    ></ww-corner-panel>`,
};
export default meta;

type Story = StoryObj<CornerArgs>;

/** The Flatbush corner: hours, languages, address, the next three events (a compact ww-clinic-calendar) and three services nearby (a compact ww-service-finder); see stories/fixtures/corner-api.ts. */
export const Corner: Story = {};

/** In Bangla. */
export const Bangla: Story = { args: { lang: 'bn' } };

/** Right to left, in Arabic. */
export const Arabic: Story = { args: { lang: 'ar' } };

/** "Ask a question" as a link to the office's page instead of the form in a dialog. */
export const AskLink: Story = { args: { askHref: '#ask' } };

/** Nothing in the calendar's eight weeks: it names the next event, with "Show it". */
export const NoEvents: Story = { args: { endpoint: '/storybook-corner/no-events/' } };

/** A branch without a corner: its own name as the heading. */
export const NotACorner: Story = { args: { endpoint: '/storybook-corner/not-corner/' } };

/** The branch does not exist (404). */
export const NotFound: Story = { args: { endpoint: '/storybook-corner/not-found/' } };

/** The answer is on its way: a skeleton, and "Loading" for screen readers. */
export const Loading: Story = { args: { endpoint: '/storybook-corner/loading/' } };

/** The server failed: a localized message and a retry. */
export const Error: Story = { args: { endpoint: '/storybook-corner/error/' } };

/** No endpoint configured. */
export const MissingEndpoint: Story = { args: { endpoint: '' } };

/** Dark theme through the documented custom properties. */
export const DarkTheme: Story = {
  render: (args) => onDarkPage(meta.render!(args, {} as never)),
};
