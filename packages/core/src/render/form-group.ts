import { html, nothing, type TemplateResult } from 'lit-html';

export interface FormGroupParts {
  /** The control's id: its label's `for`, and its error message's id prefix. */
  id: string;
  label: string;
  /** A hint under the label, if the question needs one. */
  hint?: string | undefined;
  /** The error message shown, if there is a problem; '' or undefined otherwise. */
  error?: string | undefined;
  /** "Error:", in the component's language: read out before the message, not shown. */
  errorPrefix: string;
  /**
   * The control itself. `errorId` is the error message's id when there is one: mark the control in
   * error (`ccuk-input--error`) when it is set. `describedBy` is what its `aria-describedby` should
   * hold: the hint's id and the error message's, when there are.
   */
  control: (errorId: string | undefined, describedBy: string | undefined) => TemplateResult;
}

/**
 * A GOV.UK form group: the label, the hint, the error message (prefixed
 * "Error:" for screen readers) and the control, with the group marked in
 * error when there is one. Every component's fields are drawn with it.
 */
export function formGroup({ id, label, hint, error, errorPrefix, control }: FormGroupParts): TemplateResult {
  const errorId = error ? `${id}-error` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  return html`<div class="ccuk-form-group ${error ? 'ccuk-form-group--error' : ''}">
    <label class="ccuk-label" for=${id}>${label}</label>
    ${hintId ? html`<div class="ccuk-hint" id=${hintId}>${hint}</div>` : nothing}
    ${errorMessage(errorId, errorPrefix, error)}
    ${control(errorId, [hintId, errorId].filter(Boolean).join(' ') || undefined)}
  </div>`;
}

/**
 * A GOV.UK error message: `message` after `prefix` ("Error:"), which is read out and not shown. Nothing without an
 * `id` or a message. `formGroup` draws it, and so does a template that draws its form group itself.
 */
export function errorMessage(
  id: string | undefined,
  prefix: string,
  message: string | undefined,
): TemplateResult | typeof nothing {
  return id && message
    ? html`<p class="ccuk-error-message" id=${id}><span class="ccuk-visually-hidden">${prefix}</span> ${message}</p>`
    : nothing;
}
