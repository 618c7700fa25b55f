import { html, type TemplateResult } from 'lit-html';
import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';

/** How long the live region stays empty before a message is put in it. */
const REFILL_MS = 150;

/**
 * A component's one live region: what it says to screen reader users about
 * changes they cannot see (a search started, addresses found, a failure).
 * Render it once with `render()`; say something with `announce()`.
 */
export class Announcer implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #text = '';
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * Says `text`. The region is emptied first and filled a moment later, so the
   * same message twice in a row is still read out.
   */
  announce(text: string): void {
    this.clear();
    this.#timer = setTimeout(() => {
      this.#set(text);
    }, REFILL_MS);
  }

  /** Empties the region, and drops a message about to be said. */
  clear(): void {
    clearTimeout(this.#timer);
    this.#set('');
  }

  hostDisconnected(): void {
    this.clear();
  }

  render(): TemplateResult {
    // A status region is polite and read whole (aria-live="polite", aria-atomic="true") by definition.
    return html`<div class="ccuk-visually-hidden" role="status">${this.#text}</div>`;
  }

  #set(text: string): void {
    if (text === this.#text) return;
    this.#text = text;
    this.#host.requestUpdate();
  }
}
