import type { ReactiveControllerHost } from '@lit/reactive-element';
import { PAGE_CONTENT_ATTRIBUTE } from '../form/answer-fields.js';
import { keepFormOwners } from '../form/host-form.js';
import type { PageParsedController } from '../base-element.js';

/**
 * What the page author wrote inside a component that asks no question (links, contact details, the council's own
 * page for when script does not run): kept, working and in the page's own styles, inside the component's rendering
 * at its `[data-ccuk-page]` (a component that holds an answer does this with `AnswerFields`).
 */
export class PageContent implements PageParsedController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #content: Element[] = [];

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** Whether the page author wrote anything inside the element. */
  get found(): boolean {
    return this.#content.length > 0;
  }

  hostConnected(): void {
    this.#find();
  }

  /** Defined before its children were parsed (a script in the head): look again now they are. */
  hostParsed(): void {
    this.#find();
  }

  hostUpdated(): void {
    const place = this.#host.querySelector(`[${PAGE_CONTENT_ATTRIBUTE}]`);
    if (!place) return;
    for (const element of this.#content) {
      if (element.parentElement === place) continue;
      keepFormOwners(element);
      place.append(element);
    }
  }

  #find(): void {
    const place = this.#host.querySelector(`[${PAGE_CONTENT_ATTRIBUTE}]`);
    const outside = [...this.#host.children].filter((child) => !child.classList.contains('ccuk-root'));
    this.#content = [...(place ? [...place.children] : []), ...outside];
  }
}
