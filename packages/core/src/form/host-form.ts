/** The form an element belongs to: its `form` attribute's target, else its nearest `<form>` ancestor. */
export function hostFormOf(element: Element): HTMLFormElement | null {
  const formId = element.getAttribute('form');
  if (formId) {
    const root = element.getRootNode() as Document | ShadowRoot;
    const byId = root.getElementById(formId);
    if (byId instanceof HTMLFormElement) return byId;
  }
  return element.closest('form');
}
