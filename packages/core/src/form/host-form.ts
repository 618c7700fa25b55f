/**
 * The form an element's answer belongs to, as the browser decides for fields: its `form` attribute's target, else
 * its nearest `<form>` ancestor. The parser can also close a form at once and still give it the fields written
 * after it (`<table><form><tr><td>…`): the element is then in no form, but its author's fields are, and the form
 * sits at the top of the table, before the rows.
 */
export function hostFormOf(element: Element): HTMLFormElement | null {
  const formId = element.getAttribute('form');
  if (formId) {
    const root = element.getRootNode() as Document | ShadowRoot;
    const byId = root.getElementById(formId);
    // By name, not `instanceof`: a form in another frame's document is another realm's HTMLFormElement.
    if (byId?.localName === 'form') return byId as HTMLFormElement;
  }
  return (
    element.closest('form') ??
    [...element.querySelectorAll<HTMLInputElement>(FIELDS)].find((field) => field.form)?.form ??
    // The form the parser closed at once is a child of the table part (table, body, row) it was opened in.
    element.closest('table')?.querySelector<HTMLFormElement>(TABLE_FORM) ??
    null
  );
}

const TABLE_FORM = ':scope>form,:scope>*>form,:scope>*>tr>form';
const FIELDS = 'input,select,textarea,button';
let named = 0;

/** The id a field's `form` attribute names `form` by, given to the form when it has none. */
const idOf = (form: HTMLFormElement): string => (form.id ||= `ccuk-form-${String(++named)}`);

/**
 * Moving a field resets its form to its ancestor form. Fields the parser gave to a form they are not inside
 * (`<table><form><tr><td>…`) would be dropped from it when a component moves them: this names the form in their
 * `form` attribute first (giving the form an id when it has none).
 */
export function keepFormOwners(content: Element): void {
  for (const field of [content, ...content.querySelectorAll(FIELDS)] as HTMLInputElement[]) {
    const form = field.form;
    if (form && !form.contains(field) && !field.hasAttribute('form')) field.setAttribute('form', idOf(form));
  }
}

/** Gives fields a component renders to `form` when the component is not inside it (see `hostFormOf`). */
export function joinFields(form: HTMLFormElement | null, fields: readonly (Element | undefined)[]): void {
  for (const field of fields)
    if (form && field && (field as Partial<HTMLInputElement>).form !== form && !form.contains(field))
      field.setAttribute('form', idOf(form));
}
