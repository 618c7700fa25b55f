// A small React 19 app using the generated wrapper the way a council's
// developers would: props, typed event handlers, the host form.
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type {
  AddressInvalidDetail,
  AddressSelectedDetail,
} from '@council-components/address-lookup/address-lookup.events.js';
import { CouncilAddressLookup } from './generated/address-lookup.js';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

function MovingHomeForm({ onSend }: { onSend: (data: FormData) => void }) {
  const [chosen, setChosen] = useState('');
  const [errors, setErrors] = useState<AddressInvalidDetail['errors']>([]);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSend(new FormData(event.currentTarget));
      }}
    >
      {errors.length > 0 && (
        <div className="error-summary" role="alert">
          <ul>
            {errors.map((error) => (
              <li key={error.fieldId}>
                <a href={`#${error.fieldId}`}>{error.message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <CouncilAddressLookup
        name="new-home"
        label="What is your new address?"
        required
        strings={{ en: { findAddress: 'Look up address' } }}
        onCouncilAddressSelected={(event) => {
          expectTypeOf(event.detail).toEqualTypeOf<AddressSelectedDetail>();
          setChosen(event.detail.address.uprn ?? 'no UPRN');
          setErrors([]);
        }}
        onCouncilAddressInvalid={(event) => {
          setErrors(event.detail.errors);
        }}
      />
      <p data-testid="chosen">{chosen}</p>
      <button type="submit">Continue</button>
    </form>
  );
}

let container: HTMLDivElement;
let root: Root;
let sent: FormData | null;

beforeEach(async () => {
  sent = null;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  // An async callback makes act() wait for the render and its effects.
  await act(async () => {
    await Promise.resolve();
    root.render(
      <MovingHomeForm
        onSend={(data) => {
          sent = data;
        }}
      />,
    );
  });
});

afterEach(() => {
  act(() => {
    root.unmount();
  });
  container.remove();
});

const byId = (id: string): HTMLElement => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is not on the page`);
  return element;
};

describe('@council-components/react in a React 19 app', () => {
  it('renders the element, defined, with its props as attributes and properties', async () => {
    const element = container.querySelector('council-address-lookup');
    expect(element).toBeInstanceOf(customElements.get('council-address-lookup'));
    expect(element?.getAttribute('name')).toBe('new-home');
    expect(element?.required).toBe(true);
    await element?.updateComplete;
    expect(container.querySelector('legend')?.textContent.trim()).toBe('What is your new address?');
    // An object prop reaches the element as a property: the page's own wording.
    expect(container.querySelector('button.ccuk-button')?.textContent.trim()).toBe('Look up address');
  });

  it('a keyboard-only resident finds and chooses an address; the typed event reaches React and the form sends it', async () => {
    await userEvent.click(byId('new-home-lookup-postcode'));
    await userEvent.keyboard('SO16 0AS{Enter}');
    await expect.poll(() => document.activeElement?.id).toBe('new-home-lookup-select');
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => container.querySelector('[data-testid=chosen]')?.textContent).toBe('200010019932');
    expect(document.activeElement?.id).toBe('new-home-line-1');

    await userEvent.click(container.querySelector('button[type=submit]') as HTMLElement);
    expect(sent?.get('new-home-line-1')).toBe('2 Adanac Drive');
    expect(sent?.get('new-home-postcode')).toBe('SO16 0AS');
    expect(sent?.get('new-home-uprn')).toBe('200010019932');
  });

  it('an empty required answer stops the form, and React renders the error summary from the typed event', async () => {
    await userEvent.click(container.querySelector('button[type=submit]') as HTMLElement);
    expect(sent).toBeNull();
    await expect
      .poll(() => container.querySelector('.error-summary a')?.textContent)
      .toBe('Enter a postcode and select an address, or enter the address manually');
    expect(container.querySelector('.error-summary a')?.getAttribute('href')).toBe('#new-home-lookup-postcode');
    // The summary's link reaches the field.
    await userEvent.click(container.querySelector('.error-summary a') as HTMLElement);
    expect(document.activeElement?.id).toBe('new-home-lookup-postcode');
  });

  it('types its props and events from custom-elements.json', () => {
    type Props = React.ComponentProps<typeof CouncilAddressLookup>;
    expectTypeOf<Props['required']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<
      Parameters<NonNullable<Props['onCouncilAddressInvalid']>>[0]['detail']
    >().toEqualTypeOf<AddressInvalidDetail>();
    // @ts-expect-error `required` is a boolean, not text.
    const wrong = <CouncilAddressLookup required="yes" />;
    expect(wrong.props).toBeDefined();
  });
});
