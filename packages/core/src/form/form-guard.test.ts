import { afterEach, describe, expect, it, vi } from 'vitest';
import { joinForm, type FormMember } from './form-guard.js';

let form: HTMLFormElement;
let sent: boolean;

/** A form with `count` placeholder elements, whose submissions are recorded instead of sent. */
function formWith(count: number): HTMLElement[] {
  form = document.createElement('form');
  sent = false;
  const elements = Array.from({ length: count }, () => form.appendChild(document.createElement('div')));
  form.append(Object.assign(document.createElement('button'), { type: 'submit', textContent: 'Send' }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    sent = true;
  });
  document.body.append(form);
  return elements;
}

const member = (valid: boolean, calls: boolean[] = []): FormMember => ({
  check: (focus) => {
    calls.push(focus);
    return valid;
  },
  reset: vi.fn(),
});

afterEach(() => {
  form.remove();
  vi.restoreAllMocks();
});

describe('joinForm', () => {
  it('checks every member in page order, whatever order they joined in; only the first problem takes focus', () => {
    const [first, second] = formWith(2) as [HTMLElement, HTMLElement];
    const firstCalls: boolean[] = [];
    const secondCalls: boolean[] = [];
    joinForm(form, second, member(false, secondCalls));
    joinForm(form, first, member(false, firstCalls));
    form.requestSubmit();
    expect(sent).toBe(false);
    expect(firstCalls).toEqual([true]);
    expect(secondCalls).toEqual([false]);
  });

  it('lets a form whose members all pass submit, and formnovalidate buttons submit unchecked', () => {
    const [only] = formWith(1) as [HTMLElement];
    const leave = joinForm(form, only, member(true));
    form.requestSubmit();
    expect(sent).toBe(true);
    leave();
    joinForm(form, only, member(false));
    const saveForLater = Object.assign(document.createElement('button'), { type: 'submit', formNoValidate: true });
    form.append(saveForLater);
    sent = false;
    form.requestSubmit(saveForLater);
    expect(sent).toBe(true);
  });

  it('does not let a member that throws (another version, a bad override) wave the others’ problems through', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const [broken, invalid] = formWith(2) as [HTMLElement, HTMLElement];
    joinForm(form, broken, {
      check: () => {
        throw new TypeError('broken');
      },
      reset: vi.fn(),
    });
    joinForm(form, invalid, member(false));
    form.requestSubmit();
    expect(sent).toBe(false);
    expect(error).toHaveBeenCalledWith('[council-components]', expect.any(TypeError));
  });

  it('resets every member a task after the form resets, unless the page cancels the reset', async () => {
    const [only] = formWith(1) as [HTMLElement];
    const reset = vi.fn();
    joinForm(form, only, { check: () => true, reset });
    // A page's "Clear the form?" that says no, added after the guard.
    const refuse = (event: Event): void => {
      event.preventDefault();
    };
    document.addEventListener('reset', refuse);
    form.reset();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(reset).not.toHaveBeenCalled();
    document.removeEventListener('reset', refuse);
    form.reset();
    await vi.waitFor(() => expect(reset).toHaveBeenCalledTimes(1));
  });

  it('has one guard per form, shared by every member, and a member that leaves is no longer checked', () => {
    const [first, second] = formWith(2) as [HTMLElement, HTMLElement];
    const calls: boolean[] = [];
    const leave = joinForm(form, first, member(false, calls));
    joinForm(form, second, member(true));
    leave();
    form.requestSubmit();
    expect(calls).toEqual([]);
    expect(sent).toBe(true);
  });
});
