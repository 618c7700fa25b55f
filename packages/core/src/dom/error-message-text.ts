/**
 * Writes a GOV.UK error message drawn as plain DOM: `prefix` ("Error:"), read out and not shown, then `message`. The
 * same content as `errorMessage` (`render/form-group.ts`) draws with a template. Written only when it changes: a
 * description rewritten while its field has focus may be read out again.
 */
export function writeErrorMessage(shown: HTMLElement, prefix: string, message: string): void {
  if (shown.textContent === `${prefix} ${message}`) return;
  const hidden = shown.ownerDocument.createElement('span');
  hidden.className = 'ccuk-visually-hidden';
  hidden.textContent = prefix;
  shown.replaceChildren(hidden, ` ${message}`);
}
