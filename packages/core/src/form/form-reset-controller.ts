import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hostFormOf } from './host-form.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Calls `onReset` after the host element's form has been reset.
 *
 * A component's native fields are reset by the browser; this lets the
 * component put its own state back too (which step it is on, a chosen
 * address, messages). The `reset` event fires before the browser resets the
 * fields, so the callback waits for the next task.
 */
export class FormResetController implements ReactiveController {
  readonly #host: Host;
  readonly #onReset: () => void;
  #form: HTMLFormElement | null = null;

  constructor(host: Host, onReset: () => void) {
    this.#host = host;
    this.#onReset = onReset;
    host.addController(this);
  }

  hostConnected(): void {
    this.#form = hostFormOf(this.#host);
    this.#form?.addEventListener('reset', this.#handleReset);
  }

  hostDisconnected(): void {
    this.#form?.removeEventListener('reset', this.#handleReset);
    this.#form = null;
  }

  readonly #handleReset = (event: Event): void => {
    if (event.defaultPrevented) return;
    setTimeout(() => {
      this.#onReset();
      this.#host.requestUpdate();
    }, 0);
  };
}
