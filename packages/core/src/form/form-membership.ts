import type { ReactiveElement } from '@lit/reactive-element';
import type { PageParsedController } from '../base-element.js';
import { joinForm, type FormMember } from './form-guard.js';
import { hostFormOf } from './host-form.js';

/**
 * Keeps a component a member of the form its answer belongs to (`joinForm`):
 * joined when connected, left when disconnected, and looked for again once
 * the page has been parsed, for a `form` attribute naming a form further down.
 */
export class FormMembership implements PageParsedController {
  readonly #host: ReactiveElement;
  readonly #member: FormMember;
  #form: HTMLFormElement | null = null;
  #leave: (() => void) | undefined;

  constructor(host: ReactiveElement, member: FormMember) {
    this.#host = host;
    this.#member = member;
    host.addController(this);
  }

  hostConnected(): void {
    this.#join();
  }

  hostParsed(): void {
    this.#join();
  }

  hostDisconnected(): void {
    this.#leave?.();
    this.#leave = undefined;
    this.#form = null;
  }

  #join(): void {
    const form = hostFormOf(this.#host);
    if (form === this.#form) return;
    this.hostDisconnected();
    this.#form = form;
    this.#leave = form ? joinForm(form, this.#host, this.#member) : undefined;
  }
}
