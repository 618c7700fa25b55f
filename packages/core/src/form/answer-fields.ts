import type { ReactiveControllerHost } from '@lit/reactive-element';
import type { PageParsedController } from '../base-element.js';
import { elementById } from '../dom/element-by-id.js';
import { hostFormOf, keepFormOwners } from './host-form.js';

/** A field that holds part of an answer. */
export type AnswerField = HTMLInputElement | HTMLTextAreaElement;

/**
 * The three ways a component holds its answer:
 * - `own`: fields the component renders (the default);
 * - `author`: fields the page author wrote inside the element, which work
 *   without JavaScript and are shown, filled and checked with it;
 * - `host`: fields the host form already has (a CMS form builder's), named by
 *   `fill-*` attributes, which the component only fills.
 */
export type AnswerMode = 'own' | 'author' | 'host';

/** How one field of an answer is named and recognised. */
export interface AnswerFieldSpec {
  /** How it appears in ids, names and `fill-*` attributes: `line-1` (`{name}-line-1`, `fill-line-1`). */
  part: string;
  /** The `autocomplete` token that identifies a page author's field, when the field has one. */
  autocomplete?: string;
  /** The end of a page author's field name that identifies it: `/(line-?1|address1)$/`. */
  nameEnding: RegExp;
}

export type AnswerFieldMap<N extends string> = Partial<Record<N, AnswerField>>;

/** Marks where, inside a component's rendering, the page author's own content is shown. Never shielded. */
export const PAGE_CONTENT_ATTRIBUTE = 'data-ccuk-page';

type Host = ReactiveControllerHost & HTMLElement;

const isField = (element: Element): element is AnswerField =>
  element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement;

/**
 * Finds, reads and fills the fields that hold a component's answer, in any of
 * the three modes, and looks after the page author's content: moved to where
 * the component renders `<div data-ccuk-page>` (inside its question, after
 * the legend), shown and submitted only while `showing()` says so. Moved
 * with the element, it is found again where it is when the element returns.
 */
export class AnswerFields<N extends string> implements PageParsedController {
  readonly #host: Host;
  readonly #specs: Readonly<Record<N, AnswerFieldSpec>>;
  readonly #names: readonly N[];
  readonly #ownId: (part: string) => string;
  readonly #showing: () => boolean;
  readonly #found: (() => void) | undefined;
  #authorContent: HTMLElement[] = [];
  #authorFields: AnswerFieldMap<N> = {};

  constructor(
    host: Host,
    options: {
      specs: Readonly<Record<N, AnswerFieldSpec>>;
      /** The id of the component's own field for a part: `{name}-{part}`. */
      ownId: (part: string) => string;
      /** Whether the answer's fields are on show (the step where the resident sees and edits them). */
      showing: () => boolean;
      /** Told each time the page author's content has been looked for (see `authorAnswered`). */
      found?: () => void;
    },
  ) {
    this.#host = host;
    this.#specs = options.specs;
    this.#names = Object.keys(options.specs) as N[];
    this.#ownId = options.ownId;
    this.#showing = options.showing;
    this.#found = options.found;
    host.addController(this);
  }

  get mode(): AnswerMode {
    if (this.#names.some((name) => this.#host.hasAttribute(`fill-${this.#specs[name].part}`))) return 'host';
    return Object.keys(this.#authorFields).length > 0 ? 'author' : 'own';
  }

  /** The fields holding the answer now, wherever they are. */
  get fields(): AnswerFieldMap<N> {
    const mode = this.mode;
    if (mode === 'author') return this.#authorFields;
    const found: AnswerFieldMap<N> = {};
    const form = mode === 'host' ? hostFormOf(this.#host) : null;
    for (const name of this.#names) {
      const { part } = this.#specs[name];
      const reference = mode === 'host' ? this.#host.getAttribute(`fill-${part}`) : this.#ownId(part);
      if (!reference) continue;
      // A host field is named by its name in the form, or its id.
      const byName = form?.elements.namedItem(reference);
      const field = byName instanceof Element && isField(byName) ? byName : elementById(this.#host, reference);
      if (field && isField(field)) found[name] = this.#identified(field, part);
    }
    return found;
  }

  /** Every field's value ('' for a field the answer does not have). */
  read(): Record<N, string> {
    const fields = this.fields;
    return Object.fromEntries(this.#names.map((name) => [name, fields[name]?.value ?? ''])) as Record<N, string>;
  }

  /**
   * Puts values into the fields, telling the page: `input` and `change` events
   * let CMS form builders and frameworks see them.
   */
  fill(values: Partial<Record<N, string>>): void {
    const fields = this.fields;
    for (const name of this.#names) {
      const field = fields[name];
      const value = values[name];
      if (!field || value === undefined || field.value === value) continue;
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  /**
   * Marks the fields with a problem `aria-invalid`, and the others not. Where
   * the page owns the fields, that is all the component shows: the messages
   * beside them are the page's own.
   */
  markInvalid(invalid: readonly N[]): void {
    const fields = this.fields;
    for (const name of this.#names) {
      // `aria-invalid` with no value means false.
      if (invalid.includes(name)) fields[name]?.setAttribute('aria-invalid', 'true');
      else fields[name]?.removeAttribute('aria-invalid');
    }
  }

  /** Whether the page author's fields already hold an answer: a page served back with it (a server-side error, the back button). */
  get authorAnswered(): boolean {
    return Object.values<AnswerField | undefined>(this.#authorFields).some((field) => !!field?.value.trim());
  }

  /**
   * Finds the content the page author wrote inside the element, and their
   * fields in it: by `autocomplete` token, else by the end of their name.
   * Called when connected; again once the page has been parsed, and after a reset.
   */
  findAuthorContent(): void {
    const place = this.#place();
    const outside = [...this.#host.children].filter(
      (child): child is HTMLElement => child instanceof HTMLElement && !child.classList.contains('ccuk-root'),
    );
    this.#authorContent = [...(place ? ([...place.children] as HTMLElement[]) : []), ...outside];
    const candidates = this.#authorContent.flatMap((element) => [
      ...(isField(element) ? [element] : []),
      ...element.querySelectorAll<AnswerField>('input, textarea'),
    ]);
    const found: AnswerFieldMap<N> = {};
    for (const name of this.#names) {
      const { part, autocomplete, nameEnding } = this.#specs[name];
      const field =
        (autocomplete && candidates.find((candidate) => candidate.autocomplete.split(/\s+/).includes(autocomplete))) ||
        candidates.find((candidate) => nameEnding.test(candidate.name.toLowerCase()));
      if (field) found[name] = this.#identified(field, part);
    }
    this.#authorFields = found;
    this.#found?.();
  }

  /**
   * Every field a problem can be reported on needs an id, for the page's
   * error summary to link to: one the page did not give one gets
   * `{name}-{part}`, or that with a number when the page already uses it.
   */
  #identified(field: AnswerField, part: string): AnswerField {
    const own = this.#ownId(part);
    for (let n = 1; !field.id; n++) {
      const id = n > 1 ? `${own}-${n}` : own;
      if (!elementById(field, id)) field.id = id;
    }
    return field;
  }

  hostConnected(): void {
    this.findAuthorContent();
  }

  /** Defined before its children were parsed (a script in the head): look again now they are. */
  hostParsed(): void {
    this.findAuthorContent();
  }

  hostUpdated(): void {
    const place = this.#place();
    if (place) {
      for (const element of this.#authorContent) {
        if (element.parentElement === place) continue;
        keepFormOwners(element);
        place.append(element);
      }
    }
    const showing = this.#showing();
    if (place) place.hidden = !showing;
    for (const field of Object.values<AnswerField | undefined>(this.#authorFields))
      if (field) field.disabled = !showing;
  }

  #place(): HTMLElement | null {
    return this.#host.querySelector<HTMLElement>(`[${PAGE_CONTENT_ATTRIBUTE}]`);
  }
}
