import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/inquiry-stats/register.js';
import './fixtures/stats-api.js';
import { onDarkPage } from './fixtures/dark-page.js';

interface StatsArgs {
  endpoint: string;
  lang: string;
  from: string;
  to: string;
  sections: string;
  kind: 'inquiry' | 'volunteer';
}

const meta: Meta<StatsArgs> = {
  title: 'Widgets/Inquiry stats',
  component: 'ww-inquiry-stats',
  args: { endpoint: '/storybook-stats/ok/', lang: '', from: '2025-01', to: '2025-12', sections: '', kind: 'inquiry' },
  argTypes: { kind: { control: 'inline-radio', options: ['inquiry', 'volunteer'] } },
  render: ({ endpoint, lang, from, to, sections, kind }) =>
    html`<ww-inquiry-stats
      endpoint=${endpoint || nothing}
      lang=${lang || nothing}
      from=${from || nothing}
      to=${to || nothing}
      sections=${sections || nothing}
      kind=${kind}
    ></ww-inquiry-stats>`,
};
export default meta;

type Story = StoryObj<StatsArgs>;

/** 2025 by month and channel, topic, language, referral and resolution (made-up counts: stories/fixtures/stats-api.ts). */
export const Year: Story = {};

/** A small office: counts under 5 are hidden ("fewer than 5", a hatched "<5" bar). */
export const SmallCells: Story = { args: { endpoint: '/storybook-stats/small/' } };

/** Only the months and the resolution rate, as on a council member's page. */
export const MonthsAndResolution: Story = { args: { sections: 'months,resolution' } };

/**
 * Months chosen by the visitor, in French: each month is a month and a year select with the names in the widget's
 * language, from the data's first month (January 2024 in these made-up counts) to this month.
 */
export const ChosenMonths: Story = { args: { from: '2025-03', to: '2025-08', lang: 'fr' } };

/** A period with no inquiries. */
export const Empty: Story = { args: { endpoint: '/storybook-stats/empty/' } };

/** The figures are on their way: the sections keep their place. */
export const Loading: Story = { args: { endpoint: '/storybook-stats/loading/' } };

/** The server failed: a localized message and a retry. */
export const Error: Story = { args: { endpoint: '/storybook-stats/error/' } };

/** No endpoint configured: a clear message instead of a blank box. */
export const NotConfigured: Story = { args: { endpoint: '' } };

/** Spanish: months and numbers from Intl. */
export const Spanish: Story = { args: { lang: 'es' } };

/** Arabic, right to left: bars grow from the right. */
export const RightToLeft: Story = { args: { lang: 'ar' } };

/** Dark theme through the documented custom properties. */
export const DarkTheme: Story = {
  render: (args) =>
    onDarkPage(meta.render!(args, {} as never), [
      '--ww-inquiry-stats-color-2: #fbbf24',
      '--ww-inquiry-stats-color-3: #6ee7b7',
      '--ww-inquiry-stats-color-4: #c4b5fd',
      '--ww-inquiry-stats-color-5: #fda4af',
    ]),
};
