import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { CONFIG_CHANGE, configContext, resolveConfig, type ProvidedConfig, type PageConfig } from './config.js';
import { pageStore } from './page-store.js';

/** The nearest `<ww-config>` that is not defined yet, across shadow roots. */
function undefinedConfigAncestor(element: Element): boolean {
  for (let node: Node | null = element.parentNode; node;) {
    if (node instanceof Element && node.localName === 'ww-config' && !customElements.get('ww-config')) return true;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return false;
}

/** Gives a widget its resolved configuration and re-renders it when any source changes. */
export class ConfigController implements ReactiveController {
  private provided: ProvidedConfig | undefined;
  private answered = false;
  private readonly consumer: ContextConsumer<typeof configContext, ReactiveElement>;
  private readonly onStoreChange = () => this.changed();

  constructor(
    private readonly host: ReactiveElement,
    private readonly ownEndpoint: () => string | null | undefined,
    private readonly onChange: () => void,
  ) {
    this.consumer = new ContextConsumer(host, {
      context: configContext,
      subscribe: true,
      callback: (value) => {
        this.answered = true;
        this.provided = value;
        this.changed();
      },
    });
    host.addController(this);
  }

  get value(): PageConfig {
    return resolveConfig(this.ownEndpoint(), this.provided);
  }

  hostConnected(): void {
    pageStore().events.addEventListener(CONFIG_CHANGE, this.onStoreChange);
    // The script-tag build loads <ww-config> on demand, maybe after this widget:
    // ask again once it is defined.
    if (!this.answered && undefinedConfigAncestor(this.host)) {
      void customElements.whenDefined('ww-config').then(() => {
        if (!this.answered && this.host.isConnected) this.consumer.hostConnected();
      });
    }
  }

  hostDisconnected(): void {
    this.answered = false;
    pageStore().events.removeEventListener(CONFIG_CHANGE, this.onStoreChange);
  }

  private changed(): void {
    this.onChange();
    this.host.requestUpdate();
  }
}
