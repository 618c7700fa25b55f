import { writeErrorMessage } from '../dom/error-message-text.js';

/** How one of the text fields is drawn. */
export interface KeptTextFieldSpec {
  /** How it appears in its id and name: `line-1` (`{name}-line-1`). */
  part: string;
  /** Its `autocomplete` token, if it has one. */
  autocomplete?: string | undefined;
  /** A GOV.UK width class for the input (`ccuk-!-width-two-thirds`, `ccuk-input--width-10`). */
  width?: string | undefined;
}

/** What the fields show now: everything that can change between renders. */
export interface KeptTextFieldsView<T extends string> {
  /** Hidden, and every field disabled (so that it sends nothing). */
  hidden: boolean;
  /** A paragraph before the fields ('' for none). */
  intro: string;
  /** The id of the field for a part (`{name}-{part}`, unique on the page). */
  id: (part: string) => string;
  /** The name the field is sent by. */
  name: (part: string) => string;
  /** A typed field's label. */
  label: (field: T) => string;
  /** A typed field's error message ('' for none). */
  error: (field: T) => string;
  /** "Error:", in the component's language: read out before each message, not shown. */
  errorPrefix: string;
}

interface TypedGroup {
  group: HTMLDivElement;
  label: HTMLLabelElement;
  input: HTMLInputElement;
  message: HTMLParagraphElement | undefined;
}

/** Sets a property only when it changes: a description or label rewritten while a field has focus may be read again. */
function keep<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
  if (target[key] !== value) target[key] = value;
}

/** Sets an attribute only when it changes, or removes it for undefined. */
function keepAttribute(element: Element, name: string, value: string | undefined): void {
  if (value === undefined) element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** Which fields are drawn, in page order: typed ones, each with its label, then hidden ones. */
export interface KeptTextFieldList<N extends string, T extends N> {
  typed: readonly T[];
  hidden: readonly N[];
}

/**
 * Each document's unfilled copy of a list of fields (by the list object: a module's constant), cloned for every
 * element: one native copy instead of a dozen elements made one by one.
 */
const prototypes = new WeakMap<object, WeakMap<Document, HTMLDivElement>>();

/** The fields of `specs` as plain DOM, with what never changes (classes, types, `autocomplete`), and nothing else. */
function drawFields<N extends string>(
  doc: Document,
  specs: Readonly<Record<N, KeptTextFieldSpec>>,
  fields: KeptTextFieldList<N, N>,
): HTMLDivElement {
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className = ''): HTMLElementTagNameMap[K] => {
    const made = doc.createElement(tag);
    if (className) made.className = className;
    return made;
  };
  const intro = make('p', 'ccuk-body');
  intro.hidden = true;
  const drawn = make('div');
  drawn.append(intro);
  for (const field of fields.typed) {
    const { autocomplete, width } = specs[field];
    const input = make('input', width ? `ccuk-input ${width}` : 'ccuk-input');
    input.type = 'text';
    if (autocomplete) input.setAttribute('autocomplete', autocomplete);
    const group = make('div', 'ccuk-form-group');
    group.append(make('label', 'ccuk-label'), input);
    drawn.append(group);
  }
  drawn.append(
    ...fields.hidden.map(() => {
      const input = make('input');
      input.type = 'hidden';
      return input;
    }),
  );
  return drawn;
}

/**
 * GOV.UK text fields (each a form group of a label, an error message when there is one, and the input), with hidden
 * fields after them, drawn as plain DOM once per element and kept up to date by `show`: the same markup `formGroup`
 * draws, without a template part per label, id, class and message. A component that renders fields it keeps hidden
 * until a later step (the address lookup's manual entry, on every page it is on) pays almost nothing for them at
 * start-up or on each render, and the fields, with what the resident or the browser put in them, are never
 * replaced. Put `element` in the component's template; Lit keeps a node that stays the same where it is.
 */
export class KeptTextFields<N extends string, T extends N = N> {
  readonly element: HTMLDivElement;
  /** Every field's input, typed and hidden, by field. */
  readonly inputs: Readonly<Partial<Record<N, HTMLInputElement>>>;
  readonly #intro: HTMLParagraphElement;
  readonly #typed: ReadonlyMap<T, TypedGroup>;
  readonly #hidden: ReadonlyMap<N, HTMLInputElement>;
  readonly #specs: Readonly<Record<N, KeptTextFieldSpec>>;

  constructor(doc: Document, specs: Readonly<Record<N, KeptTextFieldSpec>>, fields: KeptTextFieldList<N, T>) {
    this.#specs = specs;
    let byDocument = prototypes.get(fields);
    if (!byDocument) prototypes.set(fields, (byDocument = new WeakMap()));
    let prototype = byDocument.get(doc);
    if (!prototype) byDocument.set(doc, (prototype = drawFields(doc, specs, fields)));
    this.element = prototype.cloneNode(true) as HTMLDivElement;
    const [intro, ...rest] = this.element.children;
    this.#intro = intro as HTMLParagraphElement;
    const typed = new Map<T, TypedGroup>();
    const hidden = new Map<N, HTMLInputElement>();
    const inputs: Partial<Record<N, HTMLInputElement>> = {};
    fields.typed.forEach((field, index) => {
      const group = rest[index] as HTMLDivElement;
      const [label, input] = group.children as unknown as [HTMLLabelElement, HTMLInputElement];
      typed.set(field, { group, label, input, message: undefined });
      inputs[field] = input;
    });
    fields.hidden.forEach((field, index) => {
      const input = rest[fields.typed.length + index] as HTMLInputElement;
      hidden.set(field, input);
      inputs[field] = input;
    });
    this.#typed = typed;
    this.#hidden = hidden;
    this.inputs = inputs;
  }

  /** Brings every field up to date with `view`, changing only what differs. */
  show(view: KeptTextFieldsView<T>): HTMLDivElement {
    keep(this.element, 'hidden', view.hidden);
    keep(this.#intro, 'hidden', view.intro === '');
    keep(this.#intro, 'textContent', view.intro);
    for (const [field, parts] of this.#typed) {
      const id = this.#identify(parts.input, field, view);
      keep(parts.label, 'htmlFor', id);
      keep(parts.label, 'textContent', view.label(field));
      this.#showError(parts, id, view.error(field), view.errorPrefix);
    }
    for (const [field, input] of this.#hidden) this.#identify(input, field, view);
    return this.element;
  }

  /** Gives the input its id and name, enabled only while shown; returns the id. */
  #identify(input: HTMLInputElement, field: N, view: KeptTextFieldsView<T>): string {
    const { part } = this.#specs[field];
    const id = view.id(part);
    keep(input, 'id', id);
    keep(input, 'name', view.name(part));
    keep(input, 'disabled', view.hidden);
    return id;
  }

  /** The GOV.UK error message before the input, the group and input marked in error, and the input described by it. */
  #showError(parts: TypedGroup, id: string, error: string, prefix: string): void {
    const { group, input } = parts;
    group.classList.toggle('ccuk-form-group--error', error !== '');
    input.classList.toggle('ccuk-input--error', error !== '');
    if (!error) {
      parts.message?.remove();
      parts.message = undefined;
      keepAttribute(input, 'aria-describedby', undefined);
      return;
    }
    const errorId = `${id}-error`;
    let message = parts.message;
    if (!message) {
      message = input.ownerDocument.createElement('p');
      message.className = 'ccuk-error-message';
      input.before(message);
      parts.message = message;
    }
    keep(message, 'id', errorId);
    writeErrorMessage(message, prefix, error);
    keepAttribute(input, 'aria-describedby', errorId);
  }
}
