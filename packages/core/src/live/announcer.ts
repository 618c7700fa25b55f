import { html, type TemplateResult } from 'lit-html';
import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';

/**
 * How long a message waits: a loading message (`announce(text, true)`), so that an answer that comes at once is heard
 * alone; and the same message again, after the region is emptied, so that it is read a second time.
 */
const WAIT_MS = 150;

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
   * Says `text`, in the same update as the change it describes; or a moment later with `wait`, unless something
   * else is said or the region is cleared first (for "Searching…", which an answer that comes at once makes
   * needless). The same message as the one in the region waits, after the region is emptied, so it is read again.
   */
  announce(text: string, wait = text === this.#text): void {
    this.clear();
    if (wait)
      this.#timer = setTimeout(() => {
        this.#set(text);
      }, WAIT_MS);
    else this.#set(text);
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
