import {
  ReactiveElement,
  type PropertyDeclarations,
  type PropertyValues,
  type ReactiveController,
} from '@lit/reactive-element';
import { render, type RootPart } from 'lit-html';
import { PAGE_CONTENT_ATTRIBUTE } from './form/answer-fields.js';
import type { formMembership, FormMembership } from './form/form-membership.js';
import { hostFormOf } from './form/host-form.js';
import type { CatalogueOverrides } from './i18n/catalogue.js';
import { adoptCouncilStyles, SCOPE_CLASS } from './styles/shared-stylesheet.js';
import { noteAdoption } from './telemetry/adoption-telemetry.js';

/** Marks a component with the start of its ids (`idBase`), so that another finds which are taken. */
const ID_BASE_ATTRIBUTE = 'data-ccuk-ids';

/**
 * Per document or shadow root, the elements marked with each id start. The page is searched once a task, and the list
 * is kept up to date as components take their start in that task: before, each component searched the whole page,
 * fifty times on a page of fifty questions as it started. The search still finds every mark (a copy of core in
 * another bundle, a component copied with `cloneNode`).
 */
let marked: WeakMap<Node, Map<string, Element[]>> | undefined;

/** Adds `element` to those marked with `start`. */
function addMarked(starts: Map<string, Element[]>, start: string, element: Element): void {
  starts.set(start, [...(starts.get(start) ?? []), element]);
}

/** The elements marked with each id start in `root`, as of this task. */
function markedIn(root: Node): Map<string, Element[]> {
  if (!marked) {
    marked = new WeakMap();
    setTimeout(() => {
      marked = undefined;
    });
  }
  let starts = marked.get(root);
  if (!starts) {
    marked.set(root, (starts = new Map<string, Element[]>()));
    for (const element of (root as ParentNode).querySelectorAll(`[${ID_BASE_ATTRIBUTE}]`))
      addMarked(starts, element.getAttribute(ID_BASE_ATTRIBUTE) ?? '', element);
  }
  return starts;
}

/** A controller that reads the page around its component, told again once the page has been parsed. */
export interface PageParsedController extends ReactiveController {
  hostParsed?(): void;
}

/**
 * The base of every Council Components element.
 *
 * It renders into its own light DOM (docs/adr/0001): the form controls it
 * draws are ordinary elements of the host page, so labels, autofill, password
 * managers, `<form>` submission, `form.reset()` and error-summary links all
 * work natively. Core's shared, hardened stylesheet, then the component's own
 * (`static componentCss`), are adopted once into the document (or the shadow
 * root the element sits in) and the element is marked as a style scope. A
 * component wraps everything it renders in one `<div class="ccuk-root">`: that
 * is what the stylesheets shield from the host page's CSS, while content the
 * page author wrote inside the element, and the page's content a component
 * shows inside its rendering (`[data-ccuk-page]`), keep the page's own styles.
 */
export abstract class CouncilElement extends ReactiveElement {
  /**
   * The package version, shown when two copies of an element meet on one page (each component sets its own).
   * @internal Not for pages: for the component, its tests and the kit.
   */
  static version = 'unversioned';

  /**
   * The npm package the element comes from (each component sets its own): its adoption beacon names it. An element
   * without one sends none.
   * @internal Not for pages: for the component, its tests and the kit.
   */
  static packageName: string | undefined;

  /**
   * The component's own CSS, compiled from the `.scss` in its folder, layered on core's GOV.UK base.
   * @internal Not for pages: for the component, its tests and the kit.
   */
  static componentCss: string | undefined;

  /**
   * How a component that asks a question joins its host form (`static override formMembership = formMembership`,
   * from `form/form-membership.js`). Components that ask nothing leave it unset, and carry none of its code.
   * @internal Not for pages: for the component, its tests and the kit.
   */
  static formMembership: typeof formMembership | undefined;

  static override properties: PropertyDeclarations = {
    // JSON in the attribute; Lit ignores text that is not JSON, and lookupMessage ignores what is not a message.
    strings: { type: Object },
  };

  /**
   * Replaces any of the component's strings, per language:
   * `{ cy: { findAddress: 'Chwilio' } }`, or the `strings` attribute as JSON.
   */
  declare strings: CatalogueOverrides<string> | undefined;

  #part: RootPart | undefined;
  readonly #controllers: PageParsedController[] = [];
  #membership: FormMembership | undefined;
  #idBase: [wanted: string, given: string] | undefined;

  /**
   * Checks the answer (on submit, or `validate()`): shows the problems, tells the page (`reportInvalid`)
   * and, when `focus`, moves focus to the first. True when there is none.
   */
  protected checkAnswer?(focus: boolean): boolean;

  /** Puts the component back as it was, once its form has been reset. */
  protected resetAnswer?(): void;

  /** Completes what the form sends, however it is sent (see `FormMember.entries`). */
  protected answerEntries?(data: FormData): void;

  /** Checks the answer, shows GOV.UK error messages, and focuses the first problem. True when there is none. */
  validate(): boolean {
    return this.checkAnswer?.(true) ?? true;
  }

  /** @internal Not for pages: for the component, its tests and the kit. */
  override addController(controller: PageParsedController): void {
    super.addController(controller);
    this.#controllers.push(controller);
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    const { componentCss, packageName, version } = this.constructor as typeof CouncilElement;
    // Styles first: the page's style, read once to make them (`text-spacing.ts`), has not yet changed for this one.
    adoptCouncilStyles(this, componentCss);
    this.classList.add(SCOPE_CLASS);
    if (packageName) noteAdoption(packageName, version);
    super.connectedCallback();
    this.#part?.setConnected(true);
    this.#joinForm();
    // Defined before its content was parsed (a script in the head): it and its controllers look again once it is.
    const doc = this.ownerDocument;
    if (doc.readyState === 'loading') {
      doc.addEventListener(
        'DOMContentLoaded',
        () => {
          if (!this.isConnected) return;
          for (const controller of this.#controllers) controller.hostParsed?.();
          this.#joinForm();
          this.requestUpdate();
        },
        { once: true },
      );
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#part?.setConnected(false);
    this.#membership?.leave();
  }

  /** Joins the form the answer belongs to now, for a component that asks a question. */
  #joinForm(): void {
    const join = (this.constructor as typeof CouncilElement).formMembership;
    if (!join || !this.checkAnswer) return;
    this.#membership ??= join(this, {
      check: (focus) => this.checkAnswer?.(focus) ?? true,
      reset: () => this.resetAnswer?.(),
      entries: (data) => this.answerEntries?.(data),
    });
    this.#membership.update();
  }

  /**
   * The start of every id the component gives its own elements, unique on the page: `wanted` (the component's
   * `name`), or `wanted-2`, `wanted-3`… when another component already uses it, so that a label never points at
   * another component's field. Two components of one name in one form also send the same field names: the console
   * says so.
   */
  protected idBase(wanted: string): string {
    if (this.#idBase?.[0] === wanted) return this.#idBase[1];
    const starts = markedIn(this.getRootNode());
    /** The others using `given` now. */
    const taken = (given: string): Element[] =>
      (starts.get(given) ?? []).filter(
        (other) => other !== this && other.isConnected && other.getAttribute(ID_BASE_ATTRIBUTE) === given,
      );
    let given = wanted;
    for (let n = 2; taken(given).length > 0; n++) given = `${wanted}-${String(n)}`;
    const form = hostFormOf(this);
    if (form && taken(wanted).some((other) => hostFormOf(other) === form))
      console.warn(`[council-components] two components named "${wanted}" in one form send the same fields: name each`);
    this.setAttribute(ID_BASE_ATTRIBUTE, given);
    addMarked(starts, given, this);
    this.#idBase = [wanted, given];
    return given;
  }

  protected abstract render(): unknown;

  protected override update(changed: PropertyValues): void {
    // Its own rendering parsed back before its first render (`innerHTML = innerHTML`, `cloneNode`, AngularJS's
    // `ng-if`): only the page author's content, kept inside it, stays. Done here rather than on connection, so a
    // framework that links the copy it has just inserted (AngularJS) finds the nodes it cloned.
    if (!this.#part) {
      for (const stale of this.querySelectorAll(':scope > .ccuk-root')) {
        stale.replaceWith(...stale.querySelectorAll(`[${PAGE_CONTENT_ATTRIBUTE}] > *`));
      }
    }
    const value = this.render();
    super.update(changed);
    this.#part = render(value, this, { host: this, isConnected: this.isConnected });
  }
}
