import { joinForm, type FormMember } from './form-guard.js';
import { hostFormOf } from './host-form.js';

/** A component's place in its host form, kept up to date as the component moves. */
export interface FormMembership {
  /** Joins the form the answer belongs to now (its `form` attribute, else its ancestor), leaving any other. */
  update(): void;
  leave(): void;
}

/**
 * How a component that asks a question joins its host form: set as its class's `formMembership`
 * (`static override formMembership = formMembership`), so that components asking nothing (bin days) carry none
 * of the form's code. Sending the form checks the answer, unless the page lists in `submit-buttons` the ids of the
 * buttons that do (a page-wide ASP.NET form whose site search must still work); a form sent with no button at all
 * (`requestSubmit()`) is checked.
 */
export function formMembership(element: HTMLElement, member: FormMember): FormMembership {
  let form: HTMLFormElement | null = null;
  let leave: (() => void) | undefined;
  const checkedBy = (submitter: HTMLElement | null | undefined): boolean => {
    const ids = element.getAttribute('submit-buttons')?.split(/\s+/);
    return !ids || !submitter || ids.includes(submitter.id);
  };
  return {
    update() {
      const now = hostFormOf(element);
      if (now === form) return;
      leave?.();
      form = now;
      leave = form
        ? joinForm(form, element, {
            ...member,
            check: (focus, submitter) => !checkedBy(submitter) || member.check(focus),
          })
        : undefined;
    },
    leave() {
      leave?.();
      leave = undefined;
      form = null;
    },
  };
}
