import { html, nothing, type TemplateResult } from 'lit';
import {
  languageChoices,
  renderCheckbox,
  renderInput,
  renderRadioGroup,
  renderSelect,
  renderTextarea,
  type Choice,
  type FieldsContext,
} from '../../../core/forms/fields.js';
import { isolate } from '../../../core/bidi.js';
import { msg } from '../../../core/localize.js';
import type { Topic } from '../inquiry-form.api.js';

export const MESSAGE_MAX = 2000;
export const NAME_MAX = 120;

/** An inquiry's fields, in order (the error summary lists problems in this order). */
export const INQUIRY_FIELDS = [
  'topic',
  'message',
  'preferred_language',
  'contact_method',
  'phone',
  'email',
  'consent',
  'name',
  'postcode',
];

export const needsPhone = (method: string | undefined): boolean => method === 'phone' || method === 'text';

export interface InquiryFieldsContext extends FieldsContext {
  /** The topics to offer. */
  topics: Topic[];
  /** The one preset topic's code: it is shown, not asked. */
  preset: string | undefined;
  topicsState: 'loading' | 'ready' | 'error';
  retryTopics: () => void;
}

export const renderLanguage = (ctx: FieldsContext): TemplateResult =>
  renderSelect({
    ...ctx.field('preferred_language'),
    label: msg('Language for the answer', { id: 'inquiry.language' }),
    autocomplete: 'language',
    choices: languageChoices(ctx.locale),
  });

export const renderPostcode = (ctx: FieldsContext): TemplateResult =>
  renderInput({
    ...ctx.field('postcode'),
    optional: true,
    label: msg('ZIP code', { id: 'inquiry.postcode' }),
    hint: msg('Helps the office find help near you.', { id: 'inquiry.postcode-hint' }),
    autocomplete: 'postal-code',
  });

/** How to answer (with "no contact" for an inquiry), then only the fields that way needs, and consent. */
export function renderContact(ctx: FieldsContext, allowNone: boolean): TemplateResult {
  const method = ctx.values.contact_method;
  const choices: Choice[] = [
    { value: 'phone', label: msg('By phone call', { id: 'inquiry.contact.phone' }) },
    { value: 'text', label: msg('By text message', { id: 'inquiry.contact.text' }) },
    { value: 'email', label: msg('By email', { id: 'inquiry.contact.email' }) },
  ];
  if (allowNone) {
    choices.push({ value: 'none', label: msg('Do not contact me: I will call', { id: 'inquiry.contact.none' }) });
  }
  return html`${renderRadioGroup({
    ...ctx.field('contact_method'),
    label: msg('How should the office contact you?', { id: 'inquiry.contact' }),
    choices,
  })}
  ${
    needsPhone(method)
      ? renderInput({
          ...ctx.field('phone'),
          type: 'tel',
          autocomplete: 'tel',
          label:
            method === 'text'
              ? msg('Mobile phone number for text messages', { id: 'inquiry.phone-text' })
              : msg('Phone number', { id: 'inquiry.phone' }),
        })
      : method === 'email'
        ? renderInput({
            ...ctx.field('email'),
            type: 'email',
            autocomplete: 'email',
            label: msg('Email address', { id: 'inquiry.email' }),
          })
        : nothing
  }
  ${
    method === 'none'
      ? html`<p class="hint">
          ${msg('You will get a reference code: call the hotline with it to hear the answer.', {
            id: 'inquiry.contact.none-hint',
          })}
        </p>`
      : method
        ? renderCheckbox({
            ...ctx.field('consent'),
            label: msg('I agree that the office may contact me this way about my message.', { id: 'inquiry.consent' }),
          })
        : nothing
  }`;
}

function renderTopic(ctx: InquiryFieldsContext): TemplateResult | typeof nothing {
  if (ctx.preset) {
    const topic = ctx.topics.find((t) => t.code === ctx.preset);
    return topic
      ? html`<p class="topic-fixed">
          ${msg('Topic:', { id: 'inquiry.topic-fixed' })} <strong><bdi>${topic.name}</bdi></strong>
        </p>`
      : nothing;
  }
  return renderSelect({
    ...ctx.field('topic'),
    label: msg('What is your question about?', { id: 'inquiry.topic' }),
    choices: [
      {
        value: '',
        label:
          ctx.topicsState === 'loading'
            ? msg('Loading topics…', { id: 'inquiry.topic.loading' })
            : msg('Choose a topic', { id: 'inquiry.topic.choose' }),
      },
      // The server's names, isolated: "Housing (rent, repairs)" keeps its brackets on a right-to-left page.
      ...ctx.topics.map((t) => ({ value: t.code, label: isolate(t.name) })),
    ],
  });
}

/** An inquiry: topic, message, the answer's language, contact, name (or not) and ZIP code. */
export function renderInquiryFields(ctx: InquiryFieldsContext): TemplateResult {
  return html`${renderTopic(ctx)}
  ${
    ctx.topicsState === 'error'
      ? html`<p class="hint topics-error" role="alert">
          ${msg('The list of topics could not be loaded. You can still send your message.', {
            id: 'inquiry.topics-error',
          })}
          <button class="link-button" type="button" @click=${ctx.retryTopics}>
            ${msg('Try again', { id: 'action.retry' })}
          </button>
        </p>`
      : nothing
  }
  ${renderTextarea({
    ...ctx.field('message'),
    label: msg('Your question or message', { id: 'inquiry.message' }),
    hint: msg('Write in any language. Do not include documents or case numbers.', { id: 'inquiry.message-hint' }),
    maxLength: MESSAGE_MAX,
    locale: ctx.locale,
    rows: 6,
  })}
  ${renderLanguage(ctx)} ${renderContact(ctx, true)}
  ${renderCheckbox({ ...ctx.field('anonymous'), label: msg('I prefer not to give my name', { id: 'inquiry.anonymous' }) })}
  ${
    ctx.values.anonymous === 'true'
      ? nothing
      : renderInput({
          ...ctx.field('name'),
          optional: true,
          label: msg('Your name', { id: 'inquiry.name' }),
          hint: msg('You can leave it empty: the office answers anyway.', { id: 'inquiry.name-hint' }),
          autocomplete: 'name',
        })
  }
  ${renderPostcode(ctx)}`;
}
