import type { ReactiveControllerHost } from '@lit/reactive-element';
import type { PageParsedController } from '../base-element.js';
import { elementById } from '../dom/element-by-id.js';
import { writeErrorMessage } from '../dom/error-message-text.js';
import { hostFormOf, joinFields, keepFormOwners } from './host-form.js';

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

/** The page author's fields whose `value` setter tells their component (`AnswerFields.#watch`). */
const watched = new WeakSet<AnswerField>();

/** Marks a page author's field that was `required`: the component checks it instead of the browser. */
const REQUIRED = 'data-ccuk-required';

/** Marks where, inside a component's rendering, the page author's own content is shown. Never shielded. */
export const PAGE_CONTENT_ATTRIBUTE = 'data-ccuk-page';

type Host = ReactiveControllerHost & HTMLElement;

/** The page's ways on. Fields the component does not recognise stay fallback content, hidden while it shows its own. */
const BUTTONS = 'button,input[type=submit],input[type=image]';

/** Whether `element` is one of the page's buttons or holds one. */
const holdsButton = (element: Element): boolean => element.matches(BUTTONS) || element.querySelector(BUTTONS) !== null;

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
  /** The host's attributes that name host fields (`fill-line-1`…), one per field. */
  readonly #fillAttributes: readonly string[];
  readonly #ownId: (part: string) => string;
  readonly #own: (() => AnswerFieldMap<N> | undefined) | undefined;
  readonly #showing: () => boolean;
  readonly #found: (() => void) | undefined;
  #authorContent: HTMLElement[] = [];
  #authorFields: AnswerFieldMap<N> = {};
  /**
   * The page author's fields' values as the component last knew them: when found, while on show (the resident's
   * own edits) and as they were hidden. A change while hidden came from a script or the browser.
   */
  #seen = '';
  #wasShowing = false;
  /** The window whose `pageshow` it listens to (an element moved into a frame is in another). */
  #window: Window | null = null;

  constructor(
    host: Host,
    options: {
      specs: Readonly<Record<N, AnswerFieldSpec>>;
      /** The id of the component's own field for a part: `{name}-{part}`. */
      ownId: (part: string) => string;
      /**
       * The component's own fields, when it keeps them itself (`KeptTextFields.inputs`; undefined before its first
       * render): found without a look-up by id each time. Without it, they are found by `ownId`.
       */
      own?: () => AnswerFieldMap<N> | undefined;
      /** Whether the answer's fields are on show (the step where the resident sees and edits them). */
      showing: () => boolean;
      /** Told each time the page author's content has been looked for (see `authorAnswered`). */
      found?: () => void;
    },
  ) {
    this.#host = host;
    this.#specs = options.specs;
    this.#names = Object.keys(options.specs) as N[];
    this.#fillAttributes = this.#names.map((name) => `fill-${options.specs[name].part}`);
    this.#ownId = options.ownId;
    this.#own = options.own;
    this.#showing = options.showing;
    this.#found = options.found;
    host.addController(this);
  }

  get mode(): AnswerMode {
    if (this.#fillAttributes.some((attribute) => this.#host.hasAttribute(attribute))) return 'host';
    return Object.keys(this.#authorFields).length > 0 ? 'author' : 'own';
  }

  /** The fields holding the answer now, wherever they are. */
  get fields(): AnswerFieldMap<N> {
    const mode = this.mode;
    if (mode === 'author') return this.#authorFields;
    if (mode === 'own' && this.#own) return this.#own() ?? {};
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
   * Marks the fields with a problem `aria-invalid="true"`, and the others not (WCAG 3.3.1, 4.1.2). The page
   * author's own fields also get the GOV.UK error message the component's own would show (`prefix` read out
   * first, not shown), just before the field, and are described by it; a field the problem has left loses both.
   * Fields of the host form (`fill-*`) are the form builder's: they are only marked.
   */
  markInvalid(problems: Partial<Record<N, string>>, prefix: string): void {
    const fields = this.fields;
    const author = this.mode === 'author';
    for (const name of this.#names) {
      const field = fields[name];
      if (!field) continue;
      const message = problems[name];
      // `aria-invalid` with no value means false.
      if (message) field.setAttribute('aria-invalid', 'true');
      else field.removeAttribute('aria-invalid');
      if (author) describeProblem(field, message, prefix);
    }
  }

  /** Whether the page author's fields already hold an answer: a page served back with it (a server-side error, the back button). */
  get authorAnswered(): boolean {
    return Object.values<AnswerField | undefined>(this.#authorFields).some((field) => !!field?.value.trim());
  }

  /**
   * Whether the page author marked any of their fields `required` (for the page without JavaScript). The component
   * takes the check over, with GOV.UK messages: the fields lose the attribute, which would otherwise stop the form
   * with the browser's own message before the component could check it.
   */
  get authorRequired(): boolean {
    return Object.values<AnswerField | undefined>(this.#authorFields).some((field) => field?.hasAttribute(REQUIRED));
  }

  /**
   * Looks at the page author's fields again: when a script (a CMS's, AngularJS's `ng-model`) or the browser
   * (restoring the form on Back) has put an answer into them while they were hidden, they are shown as the answer.
   * Done when the page has loaded or is shown again, and before the form is checked or sent.
   */
  lookAgain = (): void => {
    if (!this.#showing() && this.#authorValues() !== this.#seen) this.#found?.();
  };

  /**
   * Completes what the form sends: each field of the answer with its key, empty while it is hidden (a hidden field
   * is disabled, and a disabled field sends nothing), so the council's back end always gets the same fields.
   */
  entries(data: FormData): void {
    if (this.mode === 'host') return;
    const showing = this.#showing();
    for (const field of Object.values<AnswerField | undefined>(this.fields))
      if (field?.name) data.set(field.name, showing ? field.value : '');
  }

  /**
   * A script that sets a field's `value` (jQuery's `.val()`, AngularJS's `ng-model`, a CMS's saved answer) fires no
   * event: the field's own `value` setter tells the component, which then looks again.
   */
  #watch(field: AnswerField): void {
    if (watched.has(field)) return;
    watched.add(field);
    const own = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value');
    if (!own?.get || !own.set) return;
    Object.defineProperty(field, 'value', {
      configurable: true,
      get: () => own.get?.call(field) as string,
      set: (value: string) => {
        own.set?.call(field, value);
        queueMicrotask(this.lookAgain);
      },
    });
  }

  #authorValues(): string {
    return Object.values<AnswerField | undefined>(this.#authorFields)
      .map((field) => field?.value)
      .join('\n');
  }

  /**
   * Finds the content the page author wrote inside the element, and their
   * fields in it: by `autocomplete` token, else by the end of their name.
   * Called when connected; again once the page has been parsed, and after a reset.
   */
  findAuthorContent(): void {
    // An element with nothing inside (most, on a page of many questions) has nothing to look through.
    const [content, found] = this.#host.firstElementChild ? this.#lookThrough() : [[], {}];
    this.#authorContent = content;
    this.#authorFields = found;
    this.#seen = this.#authorValues();
    this.#found?.();
  }

  /** The page author's content inside the element, and the answer's fields in it. */
  #lookThrough(): [content: HTMLElement[], found: AnswerFieldMap<N>] {
    const place = this.#place();
    const outside = [...this.#host.children].filter(
      (child): child is HTMLElement => child instanceof HTMLElement && !child.classList.contains('ccuk-root'),
    );
    const content = [...(place ? ([...place.children] as HTMLElement[]) : []), ...outside];
    const candidates = content.flatMap((element) => [
      ...(isField(element) ? [element] : []),
      ...element.querySelectorAll<AnswerField>('input, textarea'),
    ]);
    const found: AnswerFieldMap<N> = {};
    for (const name of this.#names) {
      const { part, autocomplete, nameEnding } = this.#specs[name];
      const field =
        (autocomplete && candidates.find((candidate) => candidate.autocomplete.split(/\s+/).includes(autocomplete))) ||
        candidates.find((candidate) => nameEnding.test(candidate.name.toLowerCase()));
      if (field) {
        found[name] = this.#identified(field, part);
        if (field.required) field.setAttribute(REQUIRED, '');
        field.required = false;
        this.#watch(field);
      }
    }
    // After the answer's last field, the first content holding a button, and all that follows it, is the page's: it
    // goes back after the element, in its order, never hidden. A CMS editor that drops the closing tag (WordPress's
    // `wpautop`) leaves the rest of the form inside the element, its Continue button too; hidden with the fallback
    // fields, the page would have no way on until an address was chosen. A button among the fields (a fallback's
    // own "Find address", for a page without JavaScript) stays fallback content.
    const fields = Object.values<AnswerField | undefined>(found);
    const lastWithField = content.findLastIndex((element) => fields.some((field) => field && element.contains(field)));
    const pageFrom = content.findIndex(
      (element, index) => index > lastWithField && element.parentElement === this.#host && holdsButton(element),
    );
    // Content before it is the page author's; from it on, all of it is outside the element's own part, in order.
    if (pageFrom >= 0) {
      const handedBack = content.splice(pageFrom);
      for (const element of handedBack) keepFormOwners(element);
      this.#host.after(...handedBack);
      console.warn(
        `[council-components] <${this.#host.localName}>'s closing tag missing? What followed its fields is shown after it`,
      );
    }
    return [content, found];
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
    this.#window = this.#host.ownerDocument.defaultView;
    this.#window?.addEventListener('pageshow', this.#pageShown);
  }

  hostDisconnected(): void {
    this.#window?.removeEventListener('pageshow', this.#pageShown);
  }

  /** The page has loaded (or is shown again): what the browser restored is looked at, and hidden fields disabled. */
  readonly #pageShown = (): void => {
    this.lookAgain();
    this.#host.requestUpdate();
  };

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
    // Hidden fields are disabled, so that they send nothing stale; but not before the page has loaded: the browser
    // puts a form's values back (on Back) only into fields that are enabled then. Until then `entries` blanks them.
    const loaded = this.#host.ownerDocument.readyState === 'complete';
    for (const field of Object.values<AnswerField | undefined>(this.#authorFields))
      if (field) field.disabled = !showing && loaded;
    if (showing || this.#wasShowing) this.#seen = this.#authorValues();
    this.#wasShowing = showing;
    // A component the parser left outside its form (`<table><form><tr><td>…`): its own fields join the form.
    if (this.mode !== 'own') return;
    const own = Object.values<AnswerField | undefined>(this.fields);
    if (own.length > 0) joinFields(hostFormOf(this.#host), own);
  }

  #place(): HTMLElement | null {
    return this.#host.querySelector<HTMLElement>(`[${PAGE_CONTENT_ATTRIBUTE}]`);
  }
}

/** Shows `message` as a GOV.UK error message just before `field` and describes the field by it; none removes both. */
function describeProblem(field: AnswerField, message: string | undefined, prefix: string): void {
  const id = `${field.id}-ccuk-error`;
  let shown = elementById(field, id);
  const described = (field.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter((token) => token && token !== id);
  if (message) {
    if (!shown) {
      shown = field.ownerDocument.createElement('span');
      shown.id = id;
      shown.className = 'ccuk-error-message';
      field.before(shown);
    }
    writeErrorMessage(shown, prefix, message);
    described.push(id);
  } else shown?.remove();
  if (described.length > 0) field.setAttribute('aria-describedby', described.join(' '));
  else field.removeAttribute('aria-describedby');
}
