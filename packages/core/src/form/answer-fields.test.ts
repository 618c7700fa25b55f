import { html } from 'lit-html';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CouncilElement } from '../base-element.js';
import { defineElement } from '../define.js';
import { AnswerFields, type AnswerFieldSpec } from './answer-fields.js';

type Name = 'first' | 'last';
const SPECS: Record<Name, AnswerFieldSpec> = {
  first: { part: 'first', autocomplete: 'given-name', nameEnding: /first-?name$/ },
  last: { part: 'last', autocomplete: 'family-name', nameEnding: /(last|family)-?name$/ },
};

/** A component holding a name in two fields, shown when `editing`. */
class NameProbe extends CouncilElement {
  static override properties = { editing: { type: Boolean } };
  declare editing: boolean;
  readonly found = vi.fn();
  readonly fields = new AnswerFields<Name>(this, {
    specs: SPECS,
    ownId: (part) => `person-${part}`,
    showing: () => this.editing,
    found: () => {
      this.found();
    },
  });

  constructor() {
    super();
    this.editing = false;
  }

  override render(): unknown {
    return html`<div class="ccuk-root">
      <p>Your name</p>
      ${
        this.fields.mode === 'own'
          ? html`<div ?hidden=${!this.editing}>
              <label for="person-first">First</label
              ><input id="person-first" name="person-first" ?disabled=${!this.editing} />
              <label for="person-last">Last</label
              ><input id="person-last" name="person-last" ?disabled=${!this.editing} />
            </div>`
          : ''
      }
      <div data-ccuk-page></div>
    </div>`;
  }
}
defineElement('council-name-probe', NameProbe);

async function mount(markup: string): Promise<{ probe: NameProbe; form: HTMLFormElement }> {
  const form = document.createElement('form');
  form.innerHTML = markup;
  document.body.append(form);
  const probe = form.querySelector('council-name-probe') as NameProbe;
  await probe.updateComplete;
  return { probe, form };
}
const sent = (form: HTMLFormElement): Record<string, FormDataEntryValue> => Object.fromEntries(new FormData(form));

afterEach(() => {
  document.body.replaceChildren();
});

describe('AnswerFields: the three ways of holding an answer', () => {
  it('own fields: found by id, read, and filled with the events form builders listen for', async () => {
    const { probe, form } = await mount('<council-name-probe></council-name-probe>');
    expect(probe.fields.mode).toBe('own');
    probe.editing = true;
    await probe.updateComplete;
    const events: string[] = [];
    form.addEventListener('input', (event) => events.push(`input ${(event.target as HTMLInputElement).name}`));
    form.addEventListener('change', (event) => events.push(`change ${(event.target as HTMLInputElement).name}`));
    probe.fields.fill({ first: 'Ada', last: 'Lovelace' });
    expect(probe.fields.read()).toEqual({ first: 'Ada', last: 'Lovelace' });
    expect(events).toEqual(['input person-first', 'change person-first', 'input person-last', 'change person-last']);
    probe.fields.fill({ first: 'Ada' });
    expect(events).toHaveLength(4);
    probe.fields.markInvalid({ last: 'Enter your last name' }, 'Error:');
    expect(probe.querySelector('#person-last')?.getAttribute('aria-invalid')).toBe('true');
    expect(probe.querySelector('#person-first')?.hasAttribute('aria-invalid')).toBe(false);
    // Its own fields' messages are the component's to render: nothing is added beside them.
    expect(probe.querySelector('.ccuk-error-message')).toBeNull();
    probe.fields.markInvalid({}, 'Error:');
    expect(probe.querySelector('#person-last')?.hasAttribute('aria-invalid')).toBe(false);
  });

  it('the page author’s fields: found by autocomplete or name, moved under the question, shown only while editing', async () => {
    const { probe, form } = await mount(`<council-name-probe>
      <p class="wrapped"><label for="f">First name</label><input id="f" name="applicant-first-name" value=""></p>
      <p><label>Surname <input name="applicant-family-name" autocomplete="family-name"></label></p>
    </council-name-probe>`);
    expect(probe.fields.mode).toBe('author');
    expect(probe.found).toHaveBeenCalled();
    const first = form.querySelector('#f') as HTMLInputElement;
    const last = form.querySelector('[name=applicant-family-name]') as HTMLInputElement;
    // Under the component's question, inside its rendering, hidden and not sent while not editing.
    const question = probe.querySelector('.ccuk-root p') as HTMLElement;
    expect(question.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(first.closest('[data-ccuk-page]')).not.toBeNull();
    expect(first.checkVisibility()).toBe(false);
    expect(sent(form)).toEqual({});
    probe.editing = true;
    await probe.updateComplete;
    expect(first.checkVisibility()).toBe(true);
    probe.fields.fill({ first: 'Ada', last: 'Lovelace' });
    expect(sent(form)).toEqual({ 'applicant-first-name': 'Ada', 'applicant-family-name': 'Lovelace' });
    // A field without an id gets one, so an error summary can link to it.
    expect(last.id).toBe('person-last');
    // A problem: marked, and described by a GOV.UK error message just before it, beside the page's own description.
    first.setAttribute('aria-describedby', 'page-hint');
    probe.fields.markInvalid({ first: 'Enter your first name' }, 'Error:');
    expect(first.getAttribute('aria-invalid')).toBe('true');
    expect(first.getAttribute('aria-describedby')).toBe('page-hint f-ccuk-error');
    const message = first.previousElementSibling as HTMLElement;
    expect(message.id).toBe('f-ccuk-error');
    expect(message.className).toBe('ccuk-error-message');
    expect(message.textContent).toBe('Error: Enter your first name');
    expect(message.querySelector('.ccuk-visually-hidden')?.textContent).toBe('Error:');
    expect(last.hasAttribute('aria-invalid')).toBe(false);
    expect(last.hasAttribute('aria-describedby')).toBe(false);
    // Put right: both go, and the page's own description stays.
    probe.fields.markInvalid({}, 'Error:');
    expect(first.hasAttribute('aria-invalid')).toBe(false);
    expect(first.getAttribute('aria-describedby')).toBe('page-hint');
    expect(form.querySelector('#f-ccuk-error')).toBeNull();
  });

  it('says when the page author’s fields come filled in (a page served back with the answer)', async () => {
    const { probe } = await mount(
      '<council-name-probe><input name="first-name" value="Ada" aria-label="First"></council-name-probe>',
    );
    expect(probe.fields.authorAnswered).toBe(true);
    const { probe: blank } = await mount(
      '<council-name-probe><input name="first-name" aria-label="First"></council-name-probe>',
    );
    expect(blank.fields.authorAnswered).toBe(false);
  });

  it('the host form’s fields, named by fill-* (a name in the form, or an id), filled and never rendered', async () => {
    const { probe, form } = await mount(`<council-name-probe fill-first="q1" fill-last="q2-id"></council-name-probe>
      <label>Q1 <input name="q1"></label><label>Q2 <input id="q2-id" name="q2"></label>`);
    expect(probe.fields.mode).toBe('host');
    expect(probe.querySelector('input')).toBeNull();
    probe.fields.fill({ first: 'Ada', last: 'Lovelace' });
    expect(sent(form)).toEqual({ q1: 'Ada', q2: 'Lovelace' });
    probe.fields.markInvalid({ first: 'Enter your first name' }, 'Error:');
    const q1 = form.querySelector('[name=q1]') as HTMLInputElement;
    expect(q1.getAttribute('aria-invalid')).toBe('true');
    // Its accessible state says so (an empty aria-invalid would mean false).
    expect(q1.matches('[aria-invalid=true]')).toBe(true);
    // The form builder's field shows its own messages: none is added.
    expect(form.querySelector('.ccuk-error-message')).toBeNull();
    // A host field with no id gets one for the error summary to link to; one with an id keeps it.
    expect(q1.id).toBe('person-first');
    expect(form.querySelector('[name=q2]')?.id).toBe('q2-id');
  });

  it('gives a field an id the page does not already use', async () => {
    const { probe, form } = await mount(`<p id="person-first">A paragraph of the page</p>
      <council-name-probe fill-first="q1"></council-name-probe><label>Q1 <input name="q1"></label>`);
    expect(probe.fields.fields.first?.id).toBe('person-first-2');
    expect(form.querySelectorAll('#person-first')).toHaveLength(1);
  });
});
