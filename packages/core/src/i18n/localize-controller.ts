import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import {
  formatMessage,
  lookupMessage,
  type Catalogue,
  type CatalogueOverrides,
  type MessageParams,
} from './catalogue.js';
import { nearestLangTag, toSupportedLang, type Lang } from './lang.js';
import { observeLangChanges } from './lang-observer.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Gives a component its strings in the language of the page around it.
 * The language comes from the nearest `[lang]` and follows it when it changes;
 * a page author can override any string per instance.
 */
export class LocalizeController<Key extends string> implements ReactiveController {
  readonly #host: Host;
  readonly #catalogue: Catalogue<Key>;
  readonly #overrides: () => CatalogueOverrides<Key> | undefined;
  #lang: Lang = 'en';
  #stopObserving: (() => void) | undefined;

  constructor(
    host: Host,
    catalogue: Catalogue<Key>,
    overrides: () => CatalogueOverrides<Key> | undefined = () => undefined,
  ) {
    this.#host = host;
    this.#catalogue = catalogue;
    this.#overrides = overrides;
    host.addController(this);
  }

  /** The language the component currently speaks. */
  get lang(): Lang {
    return this.#lang;
  }

  hostConnected(): void {
    this.#lang = toSupportedLang(nearestLangTag(this.#host));
    this.#stopObserving = observeLangChanges(this.#host.ownerDocument, () => this.#refresh());
  }

  hostDisconnected(): void {
    this.#stopObserving?.();
    this.#stopObserving = undefined;
  }

  /** The text for `key` in the current language, with plurals and `{placeholders}` filled in. */
  t(key: Key, params?: MessageParams): string {
    return formatMessage(lookupMessage(this.#catalogue, this.#overrides(), this.#lang, key), this.#lang, params);
  }

  #refresh(): void {
    const next = toSupportedLang(nearestLangTag(this.#host));
    if (next !== this.#lang) {
      this.#lang = next;
      this.#host.requestUpdate();
    }
  }
}
