import { html, render } from 'lit-html';
import { describe, expect, it } from 'vitest';
import { formGroup } from './form-group.js';

const drawn = (error?: string): HTMLElement => {
  const host = document.createElement('div');
  render(
    formGroup({
      id: 'pay-amount',
      label: 'Amount',
      error,
      errorPrefix: 'Gwall:',
      control: (errorId) =>
        html`<input
          class="ccuk-input ${errorId ? 'ccuk-input--error' : ''}"
          id="pay-amount"
          aria-describedby=${errorId ?? ''}
        />`,
    }),
    host,
  );
  return host;
};

describe('formGroup', () => {
  it('draws a label for the control, and nothing more without a problem', () => {
    const group = drawn();
    expect(group.querySelector('.ccuk-form-group')?.className.trim()).toBe('ccuk-form-group');
    expect(group.querySelector('label')?.htmlFor).toBe('pay-amount');
    expect(group.querySelector('.ccuk-error-message')).toBeNull();
    expect(group.querySelector('input')?.getAttribute('aria-describedby')).toBe('');
  });

  it('with a problem: the group in error, the message with its spoken prefix, and its id for the control', () => {
    const group = drawn('Enter an amount');
    expect(group.querySelector('.ccuk-form-group')?.classList).toContain('ccuk-form-group--error');
    const message = group.querySelector('.ccuk-error-message') as HTMLElement;
    expect(message.id).toBe('pay-amount-error');
    expect(message.querySelector('.ccuk-visually-hidden')?.textContent).toBe('Gwall:');
    expect(message.textContent?.replace(/\s+/g, ' ').trim()).toBe('Gwall: Enter an amount');
    const input = group.querySelector('input') as HTMLInputElement;
    expect(input.getAttribute('aria-describedby')).toBe('pay-amount-error');
    expect(input.classList).toContain('ccuk-input--error');
  });
});
