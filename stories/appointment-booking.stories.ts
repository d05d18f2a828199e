import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/appointment-booking/register.js';
import './fixtures/appointment-api.js';

interface BookingArgs {
  endpoint: string;
  lang: string;
  locationId: string;
  type: string;
}

const meta: Meta<BookingArgs> = {
  title: 'Widgets/Appointment booking',
  component: 'ww-appointment-booking',
  args: { endpoint: '/storybook-appointments/ok/', lang: '', locationId: 'library', type: '' },
  render: ({ endpoint, lang, locationId, type }) =>
    html`<ww-appointment-booking
      endpoint=${endpoint || nothing}
      lang=${lang || nothing}
      location-id=${locationId || nothing}
      type=${type || nothing}
    ></ww-appointment-booking>`,
};
export default meta;

type Story = StoryObj<BookingArgs>;

/** The visitor first chooses what the appointment is for. */
export const ChooseType: Story = {};

/** One kind of appointment named by the page: the first free day and its times straight away. */
export const OneType: Story = { args: { type: 'idnyc-enrollment' } };

/** In Wolof: the Wolof interpreter is preselected. */
export const Wolof: Story = { args: { type: 'idnyc-enrollment', lang: 'wo' } };

/** In Arabic, right to left. */
export const Arabic: Story = { args: { type: 'actionnyc-consultation', lang: 'ar' } };

/** Every time is taken as soon as it is chosen: the next free ones are offered. */
export const SlotTaken: Story = { args: { type: 'idnyc-enrollment', endpoint: '/storybook-appointments/taken/' } };

/** The office cannot be reached on confirming: it tries again with the same key. */
export const OfficeDown: Story = { args: { type: 'idnyc-enrollment', endpoint: '/storybook-appointments/down/' } };

/** Waiting for the office. */
export const Loading: Story = { args: { endpoint: '/storybook-appointments/loading/' } };
