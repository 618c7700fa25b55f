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
  /** The page's language tag around the component, as last seen. */
  #tag = '';
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
    // Put back on a page whose language changed while it was off it: it renders in the new one.
    this.#refresh();
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

  /**
   * Text the page gives the component, such as `label` or `hint`: the one for the current language first (the
   * `label-cy` attribute, property `labelCy`; `label-en`, `labelEn`), then the one for any language (`label`).
   */
  pageText(name: string): string | undefined {
    const inLang: unknown = Reflect.get(
      this.#host,
      `${name}${this.#lang.charAt(0).toUpperCase()}${this.#lang.slice(1)}`,
    );
    const any: unknown = Reflect.get(this.#host, name);
    const text = inLang ?? any;
    return typeof text === 'string' ? text : undefined;
  }

  /**
   * Language of parts (WCAG 3.1.2): on a page in a language the component does not speak (`lang="fr"`), or of
   * none, its rendering says it is in its own language, and the page's content shown inside it (`[data-ccuk-page]`)
   * keeps the page's.
   */
  hostUpdated(): void {
    const root = this.#host.querySelector(':scope > .ccuk-root');
    const page = root?.querySelector('[data-ccuk-page]');
    const own = this.#tag.split(/[-_]/)[0]?.toLowerCase() === this.#lang;
    if (own) {
      root?.removeAttribute('lang');
      page?.removeAttribute('lang');
    } else {
      root?.setAttribute('lang', this.#lang);
      page?.setAttribute('lang', this.#tag);
    }
  }

  #refresh(): void {
    const tag = nearestLangTag(this.#host) ?? '';
    if (tag !== this.#tag) {
      this.#tag = tag;
      this.#lang = toSupportedLang(tag);
      this.#host.requestUpdate();
    }
  }
}
