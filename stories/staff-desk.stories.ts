import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/staff/index.js';
import './fixtures/desk-api.js';

interface DeskArgs {
  mode: 'admin' | 'desk' | 'signed-out' | 'stale';
  screen: string;
  lang: string;
}

/**
 * The office's desk (`welcome-widgets/staff`), against a stand-in server with made-up records
 * (stories/fixtures/desk-api.ts). The screen is the address's hash, as in the app at /staff/.
 */
const meta: Meta<DeskArgs> = {
  title: 'Desk/Desk',
  component: 'ww-staff-desk',
  args: { mode: 'admin', screen: '#queue', lang: '' },
  argTypes: { mode: { control: 'inline-radio', options: ['admin', 'desk', 'signed-out', 'stale'] } },
  render: ({ mode, screen, lang }) => {
    if (location.hash !== screen) history.replaceState(null, '', screen);
    return html`<ww-staff-desk endpoint=${`/storybook-desk/${mode}/`} lang=${lang || nothing}></ww-staff-desk>`;
  },
};
export default meta;

type Story = StoryObj<DeskArgs>;

/** The queue: filters, the overdue count, the table (sortable by the received column). */
export const Queue: Story = {};

/** One inquiry: who has it, status, topic, referral, notes, and a reply from a template in the person's language. */
export const Inquiry: Story = { args: { screen: '#inquiry/b0000000-0000-4000-8000-000000000000' } };

/** Saving after a colleague saved: "Changed by Carl Colleague at …", and Reload keeps the edits. */
export const StaleEdit: Story = { args: { mode: 'stale', screen: '#inquiry/b0000000-0000-4000-8000-000000000000' } };

/** Logging a call: channel, language, topic, referral, outcome; Ctrl+Enter saves. */
export const LogACall: Story = { args: { screen: '#log-call' } };

/** Nobody signed in: the office's provider and the password form. */
export const SignIn: Story = { args: { mode: 'signed-out' } };

/** A desk user opening an admin page. */
export const NotAllowed: Story = { args: { mode: 'desk', screen: '#accounts' } };

/** Accounts, for administrators. */
export const Accounts: Story = { args: { screen: '#accounts' } };

/** The queue in Spanish. */
export const Spanish: Story = { args: { lang: 'es' } };

/** In a language the desk is not written in: English, saying so. */
export const Untranslated: Story = { args: { lang: 'bn' } };
