import { html, render } from 'lit-html';
import { afterEach, describe, expect, it } from 'vitest';
import { KeptTextFields, type KeptTextFieldList, type KeptTextFieldsView } from './kept-text-fields.js';

type Field = 'line1' | 'postcode' | 'uprn';

const SPECS = {
  line1: { part: 'line-1', autocomplete: 'address-line1' },
  postcode: { part: 'postcode', autocomplete: 'postal-code', width: 'ccuk-input--width-10' },
  uprn: { part: 'uprn' },
};
const LIST: KeptTextFieldList<Field, 'line1' | 'postcode'> = { typed: ['line1', 'postcode'], hidden: ['uprn'] };

const view = (
  changes: Partial<KeptTextFieldsView<'line1' | 'postcode'>> = {},
): KeptTextFieldsView<'line1' | 'postcode'> => ({
  hidden: false,
  intro: '',
  id: (part) => `home-${part}`,
  name: (part) => `home-${part}`,
  label: (field) => (field === 'line1' ? 'Address line 1' : 'Postcode'),
  error: () => '',
  errorPrefix: 'Error:',
  ...changes,
});

/** Shown in the page, in a Lit template, as a component puts it. */
function shown(
  fields: KeptTextFields<Field, 'line1' | 'postcode'>,
  changes?: Partial<KeptTextFieldsView<'line1' | 'postcode'>>,
) {
  const host = document.createElement('div');
  document.body.append(host);
  render(html`<div class="ccuk-root">${fields.show(view(changes))}</div>`, host);
  return host;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('KeptTextFields', () => {
  it('draws each typed field as a GOV.UK form group, labelled, named and identified, then the hidden ones', () => {
    const fields = new KeptTextFields(document, SPECS, LIST);
    const host = shown(fields);
    const groups = [...host.querySelectorAll('.ccuk-form-group')];
    expect(groups.map((group) => group.querySelector('label')?.textContent)).toEqual(['Address line 1', 'Postcode']);
    const postcode = host.querySelector<HTMLInputElement>('#home-postcode');
    expect(postcode?.labels?.[0]?.textContent).toBe('Postcode');
    expect(postcode?.name).toBe('home-postcode');
    expect(postcode?.className).toBe('ccuk-input ccuk-input--width-10');
    expect(postcode?.getAttribute('autocomplete')).toBe('postal-code');
    expect(postcode?.type).toBe('text');
    expect(host.querySelector<HTMLInputElement>('#home-uprn')?.type).toBe('hidden');
    expect(fields.inputs.uprn).toBe(host.querySelector('#home-uprn'));
    expect(host.querySelector('.ccuk-error-message')).toBeNull();
    expect(host.querySelector('p.ccuk-body')?.hasAttribute('hidden')).toBe(true);
  });

  it('shows a problem as formGroup does: the group and input in error, the message with its spoken prefix, described by it', () => {
    const fields = new KeptTextFields(document, SPECS, LIST);
    const host = shown(fields, { error: (field) => (field === 'postcode' ? 'Enter a real postcode' : '') });
    const input = fields.inputs.postcode as HTMLInputElement;
    const group = input.parentElement as HTMLElement;
    expect(group.classList).toContain('ccuk-form-group--error');
    expect(input.classList).toContain('ccuk-input--error');
    const message = group.querySelector('.ccuk-error-message') as HTMLElement;
    expect(message.id).toBe('home-postcode-error');
    expect(message.nextElementSibling).toBe(input);
    expect(message.textContent).toBe('Error: Enter a real postcode');
    expect(message.querySelector('.ccuk-visually-hidden')?.textContent).toBe('Error:');
    expect(input.getAttribute('aria-describedby')).toBe('home-postcode-error');
    // The other field has none of it.
    expect(fields.inputs.line1?.hasAttribute('aria-describedby')).toBe(false);
    expect(host.querySelectorAll('.ccuk-error-message')).toHaveLength(1);

    // Put right: all of it goes.
    fields.show(view());
    expect(group.classList).not.toContain('ccuk-form-group--error');
    expect(input.classList).not.toContain('ccuk-input--error');
    expect(group.querySelector('.ccuk-error-message')).toBeNull();
    expect(input.hasAttribute('aria-describedby')).toBe(false);
  });

  it('changes only what differs: the same message is not written again, and the fields keep what was typed', () => {
    const fields = new KeptTextFields(document, SPECS, LIST);
    const errors = { error: (field: string) => (field === 'line1' ? 'Enter address line 1' : '') };
    shown(fields, errors);
    const line1 = fields.inputs.line1 as HTMLInputElement;
    line1.value = '1 Harbour Road';
    const message = line1.previousElementSibling as HTMLElement;
    const text = message.lastChild;
    fields.show(view(errors));
    expect(line1.previousElementSibling).toBe(message);
    expect(message.lastChild).toBe(text);
    expect(line1.value).toBe('1 Harbour Road');

    // In Welsh: labels and the prefix follow.
    fields.show(view({ ...errors, errorPrefix: 'Gwall:', label: () => 'Llinell cyfeiriad 1' }));
    expect(message.textContent).toBe('Gwall: Enter address line 1');
    expect(line1.labels?.[0]?.textContent).toBe('Llinell cyfeiriad 1');
  });

  it('hidden: every field disabled, so that the form sends none of them; shown again, enabled', () => {
    const fields = new KeptTextFields(document, SPECS, LIST);
    const host = shown(fields, { hidden: true });
    const wrapper = fields.element;
    expect(wrapper.hidden).toBe(true);
    expect(Object.values(fields.inputs).map((input) => input?.disabled)).toEqual([true, true, true]);
    fields.show(view({ intro: 'Check the address and change it if you need to.' }));
    expect(wrapper.hidden).toBe(false);
    expect(Object.values(fields.inputs).map((input) => input?.disabled)).toEqual([false, false, false]);
    const intro = host.querySelector('p.ccuk-body') as HTMLElement;
    expect([intro.hidden, intro.textContent]).toEqual([false, 'Check the address and change it if you need to.']);
  });

  it('each element has its own fields, copied from one drawing per document: a frame’s are that frame’s', () => {
    const first = new KeptTextFields(document, SPECS, LIST);
    const second = new KeptTextFields(document, SPECS, LIST);
    expect(first.element).not.toBe(second.element);
    expect(first.inputs.line1).not.toBe(second.inputs.line1);
    first.show(view({ id: (part) => `first-${part}` }));
    expect(second.inputs.line1?.id).toBe('');

    const frame = document.createElement('iframe');
    document.body.append(frame);
    const frameDocument = frame.contentDocument as Document;
    const inFrame = new KeptTextFields(frameDocument, SPECS, LIST);
    expect(inFrame.element.ownerDocument).toBe(frameDocument);
    expect(inFrame.inputs.postcode?.className).toBe('ccuk-input ccuk-input--width-10');
  });
});
