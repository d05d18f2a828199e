import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/clinic-calendar/register.js';
import './fixtures/calendar-api.js';
import { onDarkPage } from './fixtures/dark-page.js';

interface CalendarArgs {
  endpoint: string;
  view: '' | 'list' | 'month';
  lang: string;
  types: string;
  languages: string;
  weeksAhead: number;
}

const meta: Meta<CalendarArgs> = {
  title: 'Widgets/Clinic calendar',
  component: 'ww-clinic-calendar',
  args: { endpoint: '/storybook-events/ok/', view: '', lang: '', types: '', languages: '', weeksAhead: 8 },
  argTypes: { view: { control: 'inline-radio', options: ['', 'list', 'month'] } },
  render: ({ endpoint, view, lang, types, languages, weeksAhead }) =>
    html`<ww-clinic-calendar
      endpoint=${endpoint || nothing}
      view=${view || nothing}
      lang=${lang || nothing}
      types=${types || nothing}
      languages=${languages || nothing}
      weeks-ahead=${weeksAhead}
    ></ww-clinic-calendar>`,
};
export default meta;

type Story = StoryObj<CalendarArgs>;

/** The view follows the width: the month when there is room, the list on a phone (see stories/fixtures/calendar-api.ts). */
export const Auto: Story = {};

/** The agenda list, grouped by day: past sessions dimmed, a full clinic with its waiting list, a cancelled class. */
export const List: Story = { args: { view: 'list' } };

/** The month grid: arrows, Home/End, PageUp/PageDown; Enter shows the day's events below it. */
export const Month: Story = { args: { view: 'month' } };

/** 500 occurrences in one month: the bench measures this render. */
export const BusyMonth: Story = { args: { view: 'month', endpoint: '/storybook-events/busy/' } };

/** Preset to legal clinics in Spanish, as a partner's page would embed it. */
export const Preset: Story = { args: { view: 'list', types: 'legal-clinic', languages: 'es' } };

/** An event in Los Angeles beside New York ones: times stay in each event's zone, named when it is not the visitor's. */
export const TimeZones: Story = { args: { view: 'list', endpoint: '/storybook-events/zones/' } };

/** Nothing in this period: the next event, and a button to go there. */
export const Empty: Story = { args: { view: 'list', endpoint: '/storybook-events/empty/' } };

/** The answer is on its way: the filters and the layout stay in place. */
export const Loading: Story = { args: { endpoint: '/storybook-events/loading/' } };

/** The server failed: a localized message and a retry. */
export const Error: Story = { args: { endpoint: '/storybook-events/error/' } };

/** No endpoint configured: a clear message instead of a blank box. */
export const NotConfigured: Story = { args: { endpoint: '' } };

/** Arabic, right to left: Arabic month and day names, arrows that follow the layout. */
export const RightToLeft: Story = { args: { lang: 'ar', view: 'month' } };

/** Arabic list, right to left. */
export const RightToLeftList: Story = { args: { lang: 'ar', view: 'list' } };

/** Dark theme through the documented custom properties. */
export const DarkTheme: Story = {
  args: { view: 'month' },
  render: (args) => onDarkPage(meta.render!(args, {} as never)),
};

/** Dark list. */
export const DarkList: Story = { ...DarkTheme, args: { view: 'list' } };

/** An event's details inside the widget: back button, the session, the series, add-to-calendar and sign-up. */
export const Detail: Story = {
  args: { view: 'list' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('ww-clinic-calendar')!;
    for (let i = 0; i < 100; i++) {
      const title = [...(el.shadowRoot?.querySelectorAll<HTMLElement>('.event__title') ?? [])].find((b) =>
        /English/.test(b.textContent ?? ''),
      );
      if (title) return title.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  },
};
