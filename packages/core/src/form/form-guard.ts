/**
 * What a component does for the form it belongs to. A contract between every
 * copy and version of every component on the page: keep it stable.
 */
export interface FormMember {
  /**
   * Checks the answer on submit: true when there is no problem. Focuses the first problem when `focus`.
   * `submitter` is the button that sent the form (null when none did: `requestSubmit()`).
   */
  check(focus: boolean, submitter?: HTMLElement | null): boolean;
  /** Puts the component back as it was, once the browser has reset the form's fields. */
  reset(): void;
  /**
   * Completes what the form sends, however it was sent (`form.submit()` by a script, which skips the check, or
   * `new FormData(form)`): every field of the answer has its key, empty when it has no value.
   */
  entries?(data: FormData): void;
}

/** Shared by every copy and version of every component on the page, so each form has one guard. */
const GUARD = Symbol.for('council-components.form-guard');

type GuardedForm = HTMLFormElement & { [GUARD]?: Map<Element, FormMember> };

const inPageOrder = ([a]: [Element, FormMember], [b]: [Element, FormMember]): number =>
  a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;

function guard(form: HTMLFormElement): Map<Element, FormMember> {
  const members = new Map<Element, FormMember>();
  // Capturing: runs before the page's own submit handlers on the form, whenever they were added.
  form.addEventListener(
    'submit',
    (event) => {
      if (event.submitter?.hasAttribute('formnovalidate')) return;
      let valid = true;
      for (const [, member] of [...members].sort(inPageOrder)) {
        try {
          if (!member.check(valid, event.submitter)) valid = false;
        } catch (error) {
          // One broken component (another version, a bad string override) must not let the others' problems through.
          console.error('[council-components]', error);
        }
      }
      if (!valid) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    },
    { capture: true },
  );
  // Fired whenever the form's entries are gathered: a submission by any means, or `new FormData(form)`.
  form.addEventListener('formdata', (event) => {
    for (const member of members.values()) {
      try {
        member.entries?.(event.formData);
      } catch (error) {
        console.error('[council-components]', error);
      }
    }
  });
  // `reset` fires before the browser resets the fields: the components follow a task later.
  form.addEventListener('reset', (event) => {
    setTimeout(() => {
      // Read once every handler has run: the page may cancel the reset ("Clear the form?") after this listener.
      if (event.defaultPrevented) return;
      for (const member of members.values()) member.reset();
    });
  });
  return members;
}

/**
 * Makes `element` part of `form`'s guard and returns how to leave it.
 *
 * On submit every component in the form checks its answer, in page order;
 * if any has a problem the submission is stopped as the browser stops a field
 * that fails its own validation: cancelled, and no other submit handler of
 * the page (a React `onSubmit`, a CMS script's jQuery handler) sees it. Every
 * component shows its messages; focus goes to the first problem on the page.
 * Buttons with `formnovalidate` submit unchecked. On reset, every component
 * puts its own state back (step, chosen address, messages).
 */
export function joinForm(form: HTMLFormElement, element: Element, member: FormMember): () => void {
  const guarded = form as GuardedForm;
  const members = (guarded[GUARD] ??= guard(form));
  members.set(element, member);
  return () => {
    members.delete(element);
  };
}
