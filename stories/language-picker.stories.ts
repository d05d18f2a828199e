import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/language-picker/register.js';

interface PickerArgs {
  variant: 'menu' | 'toggle';
  languages: string;
  lang: string;
  remember: boolean;
  updateDocument: boolean;
}

const meta: Meta<PickerArgs> = {
  title: 'Widgets/Language picker',
  component: 'ww-language-picker',
  args: { variant: 'menu', languages: '', lang: '', remember: false, updateDocument: false },
  argTypes: {
    variant: { control: 'inline-radio', options: ['menu', 'toggle'] },
    languages: { control: 'text', description: 'Locale codes, space separated; empty for all 18.' },
    lang: { control: 'text', description: 'Pins the picker’s own labels, such as ar.' },
  },
  render: ({ variant, languages, lang, remember, updateDocument }) =>
    html`<ww-language-picker
      variant=${variant}
      languages=${languages || nothing}
      lang=${lang || nothing}
      ?remember=${remember}
      ?update-document=${updateDocument}
    ></ww-language-picker>`,
};
export default meta;

type Story = StoryObj<PickerArgs>;

/** Every UI language, with a search box. */
export const Menu: Story = {};

/** Four languages: a short list with type-ahead instead of a search box. */
export const ShortList: Story = { args: { languages: 'en es zh-Hant ht' } };

/** A bilingual site's single switch. */
export const Toggle: Story = { args: { variant: 'toggle', languages: 'en es' } };

/** Labels in Arabic, laid out right to left. */
export const RightToLeft: Story = {
  args: { lang: 'ar' },
  render: (args) => html`<div dir="rtl">${meta.render!(args, {} as never)}</div>`,
};

/** Themed through the documented custom properties and parts. */
export const Themed: Story = {
  render: (args) =>
    html`<style>
        .themed {
          --ww-color-primary: #7c2d12;
          --ww-color-focus: #7c2d12;
          --ww-color-surface-hover: #fff7ed;
          --ww-radius: 999px;
          --ww-font-family: Georgia, serif;
        }
        .themed ww-language-picker::part(button) {
          border-width: 2px;
        }
      </style>
      <div class="themed">${meta.render!(args, {} as never)}</div>`,
};

/** A host page that shrinks the root font size; the picker keeps a readable size. */
export const SmallRootFont: Story = {
  render: (args) => html`<div style="font-size: 10px">${meta.render!(args, {} as never)}</div>`,
};
