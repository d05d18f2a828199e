import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/config/register.js';
import '../src/components/language-picker/register.js';

const meta: Meta = {
  title: 'Core/Config',
  component: 'ww-config',
};
export default meta;

/** One endpoint and a default language for every widget inside. */
export const DefaultLanguage: StoryObj = {
  render: () =>
    html`<ww-config endpoint="/v1/" lang="es">
      <ww-language-picker variant="toggle" languages="en es"></ww-language-picker>
    </ww-config>`,
};
