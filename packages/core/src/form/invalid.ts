import type { ReactiveElement } from '@lit/reactive-element';
import { elementById } from '../dom/element-by-id.js';

/** One problem with an answer: the message shown beside the field, and the field's id to link to. */
export interface FieldError {
  fieldId: string;
  message: string;
}

/** The detail of `council-invalid`: every problem, in page order. */
export interface InvalidDetail {
  errors: FieldError[];
}

/** The event every component fires when its answer is checked and has problems. */
export const INVALID_EVENT = 'council-invalid';

/**
 * The contract between every component and the page's error summary. When an
 * answer is checked (on submit, or `validate()`) and has problems, the
 * component shows each message beside its field, fires `council-invalid`
 * (bubbling, composed) with `{ fieldId, message }` for each in page order, so
 * the page can link each from its GOV.UK error summary to `#fieldId`, and,
 * when `focus` is true (the first component with a problem, or `validate()`),
 * moves focus to the first problem once its message is shown.
 *
 * `alsoAs` names a component's own event of the same detail, kept for pages
 * that listen for it (`council-address-invalid`). Returns true when there are
 * no problems.
 */
export function reportInvalid(
  host: ReactiveElement,
  errors: readonly FieldError[],
  focus: boolean,
  alsoAs?: string,
): boolean {
  const [first] = errors;
  if (!first) return true;
  for (const type of [INVALID_EVENT, alsoAs]) {
    if (type)
      host.dispatchEvent(new CustomEvent(type, { detail: { errors: [...errors] }, bubbles: true, composed: true }));
  }
  if (focus) {
    void host.updateComplete.then(() => {
      elementById(host, first.fieldId)?.focus();
    });
  }
  return false;
}
