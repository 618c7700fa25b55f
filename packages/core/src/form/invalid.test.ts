import { html } from 'lit-html';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CouncilElement } from '../base-element.js';
import { defineElement } from '../define.js';
import { formMembership } from './form-membership.js';
import { INVALID_EVENT, reportInvalid, type InvalidDetail } from './invalid.js';

/** A component with one field; its answer is invalid while `problem` is set. */
class CheckedProbe extends CouncilElement {
  static override properties = { problem: {} };
  static override formMembership = formMembership;
  declare problem: string;
  resets = 0;

  constructor() {
    super();
    this.problem = '';
  }

  protected override checkAnswer(focus: boolean): boolean {
    const errors = this.problem ? [{ fieldId: `${this.id}-field`, message: this.problem }] : [];
    return reportInvalid(this, errors, focus, 'council-probe-invalid');
  }

  protected override resetAnswer(): void {
    this.resets += 1;
  }

  override render(): unknown {
    return html`<div class="ccuk-root">
      <label for=${`${this.id}-field`}>Field</label><input id=${`${this.id}-field`} />
    </div>`;
  }
}
defineElement('council-checked-probe', CheckedProbe);

afterEach(() => {
  document.body.replaceChildren();
});

describe('the error-summary contract, and form membership', () => {
  it('tells the page every problem in page order, under the shared name and the component’s own, and focuses the first', async () => {
    document.body.innerHTML = `<form id="f"><council-checked-probe id="a"></council-checked-probe><council-checked-probe id="b"></council-checked-probe><button>Send</button></form>`;
    const [a, b] = [...document.querySelectorAll<CheckedProbe>('council-checked-probe')] as [
      CheckedProbe,
      CheckedProbe,
    ];
    await Promise.all([a.updateComplete, b.updateComplete]);
    a.problem = 'Enter A';
    b.problem = 'Enter B';
    const shared: InvalidDetail[] = [];
    const own: string[] = [];
    document.addEventListener(INVALID_EVENT, (event) => shared.push((event as CustomEvent<InvalidDetail>).detail));
    document.addEventListener('council-probe-invalid', (event) => own.push((event.target as Element).id));
    let submitted = false;
    const form = document.querySelector('form') as HTMLFormElement;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = true;
    });
    form.requestSubmit();
    expect(submitted).toBe(false);
    expect(shared).toEqual([
      { errors: [{ fieldId: 'a-field', message: 'Enter A' }] },
      { errors: [{ fieldId: 'b-field', message: 'Enter B' }] },
    ]);
    expect(own).toEqual(['a', 'b']);
    await a.updateComplete;
    expect(document.activeElement?.id).toBe('a-field');
    a.problem = '';
    b.problem = '';
    form.requestSubmit();
    expect(submitted).toBe(true);
  });

  it('joins a form named by its form attribute further down the page once the page is parsed, and leaves it when removed', async () => {
    // As a script in the head meets the page: the element is connected while the document is still loading.
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    const element = document.body.appendChild(Object.assign(new CheckedProbe(), { id: 'late' }));
    element.setAttribute('form', 'later');
    await element.updateComplete;
    document.body.insertAdjacentHTML('beforeend', '<form id="later"><button>Send</button></form>');
    Reflect.deleteProperty(document, 'readyState');
    document.dispatchEvent(new Event('DOMContentLoaded'));
    element.problem = 'Enter it';
    let submitted = false;
    const form = document.getElementById('later') as HTMLFormElement;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = true;
    });
    form.requestSubmit();
    expect(submitted).toBe(false);
    form.reset();
    await vi.waitFor(() => expect(element.resets).toBe(1));
    element.remove();
    form.requestSubmit();
    expect(submitted).toBe(true);
  });
});
