import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/service-finder/register.js';
import './fixtures/finder-api.js';
import { onDarkPage } from './fixtures/dark-page.js';

interface FinderArgs {
  endpoint: string;
  layout: 'full' | 'compact';
  lang: string;
  hotline: string;
  hideFilters: boolean;
}

const meta: Meta<FinderArgs> = {
  title: 'Widgets/Service finder',
  component: 'ww-service-finder',
  args: { endpoint: '/storybook-api/ok/', layout: 'full', lang: '', hotline: '212-788-7654', hideFilters: false },
  argTypes: { layout: { control: 'inline-radio', options: ['full', 'compact'] } },
  render: ({ endpoint, layout, lang, hotline, hideFilters }) =>
    html`<ww-service-finder
      endpoint=${endpoint || nothing}
      layout=${layout}
      lang=${lang || nothing}
      hotline=${hotline || nothing}
      ?hide-filters=${hideFilters}
    ></ww-service-finder>`,
};
export default meta;

type Story = StoryObj<FinderArgs>;

/** Results from the sample records (Storybook has no server: see stories/fixtures/finder-api.ts). */
export const Results: Story = {};

/** One column of short cards, for a sidebar. */
export const Compact: Story = { args: { layout: 'compact', hideFilters: true } };

/** Nothing matches: what was searched, the nearest topics, the office hotline and 311. */
export const Empty: Story = { args: { endpoint: '/storybook-api/empty/' } };

/** The server corrected a typo: "Showing results for …". */
export const Corrected: Story = { args: { endpoint: '/storybook-api/corrected/' } };

/** Few results, and a nearby search that finds more: "Did you mean …", a link. */
export const DidYouMean: Story = { args: { endpoint: '/storybook-api/suggestion/' } };

/** Not every word matched: the services that match the most come first. */
export const SomeWordsMatched: Story = { args: { endpoint: '/storybook-api/some/' } };

/** The answer is on its way: the form stays in place. */
export const Loading: Story = { args: { endpoint: '/storybook-api/loading/' } };

/** The server failed: a localized message and a retry. */
export const Error: Story = { args: { endpoint: '/storybook-api/error/' } };

/** No endpoint configured: a clear message instead of a blank box. */
export const NotConfigured: Story = { args: { endpoint: '' } };

/** Arabic, right to left. */
export const RightToLeft: Story = { args: { lang: 'ar' } };

/** Dark theme through the documented custom properties. */
export const DarkTheme: Story = {
  render: (args) => onDarkPage(meta.render!(args, {} as never)),
};
