import { ErrorSummary } from 'govuk-frontend';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { defineElement } from '@council-components/core/define.js';
import { axeViolations } from '@council-components/testing/axe-in-browser.js';
import { componentContract } from '@council-components/testing/component-contract.js';
import { storiesOf } from '@council-components/testing/fixture-story.js';
import { addressLookupFixtures } from './address-lookup.fixtures.js';
import * as stories from './address-lookup.stories.js';
import type { AddressInvalidDetail, AddressSelectedDetail } from './address-lookup.events.js';
import type { CouncilAddressLookup } from './council-address-lookup.js';
import './define.js';
import './register-vendor-sources.js';

let host: HTMLDivElement;
let submitted: FormData | null;

beforeEach(() => {
  submitted = null;
  host = document.createElement('div');
  document.body.append(host);
});

afterEach(() => {
  host.remove();
  document.documentElement.lang = 'en';
  document.body.className = '';
});

/** The element inside a host form whose submissions are captured instead of sent. */
async function mount(markup: string, lang: 'en' | 'cy' = 'en', before = ''): Promise<CouncilAddressLookup> {
  document.documentElement.lang = lang;
  host.innerHTML = `${before}<form action="/submitted" method="post">${markup}<button type="submit">Continue</button></form>`;
  const form = host.querySelector('form') as HTMLFormElement;
  form.addEventListener('submit', (event) => {
    if (event.defaultPrevented) return;
    event.preventDefault();
    submitted = new FormData(form);
  });
  const element = host.querySelector('council-address-lookup');
  if (!element) throw new Error('no element');
  await element.updateComplete;
  return element;
}

const visibleText = (element: HTMLElement): string => element.innerText.replace(/\s+/g, ' ');
const status = (element: HTMLElement): string => element.querySelector('[role=status]')?.textContent?.trim() ?? '';
const byId = <T extends HTMLElement>(id: string): T => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} not found`);
  return found as T;
};

componentContract<CouncilAddressLookup>({
  tag: 'council-address-lookup',
  fixtures: addressLookupFixtures,
  required: '<council-address-lookup name="contract" required></council-address-lookup>',
  answer: async (element) => {
    await element.search('SO16 0AS');
    await element.chooseAddress(0);
  },
  answerByKeyboard: async (keyboard) => {
    await keyboard.keyboard('SO16 0AS{Enter}');
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('contract-lookup-select'));
    await keyboard.keyboard('{ArrowDown}');
    await keyboard.tab();
    await keyboard.keyboard('{Enter}');
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('contract-line-1'));
  },
  submits: {
    'contract-line-1': '2 Adanac Drive',
    'contract-town': 'Southampton',
    'contract-postcode': 'SO16 0AS',
    'contract-uprn': '200010019932',
  },
  announcements: {
    waiting: /^Searching for addresses/,
    journeys: [
      {
        title: 'an empty postcode: the problem',
        act: (element) => element.search(''),
        says: ['Error: Enter postcode'],
        holds: 'Error: Enter postcode',
      },
      {
        title: 'an incomplete postcode, then a full one: the problem, then what was found',
        act: async (element) => {
          await element.search('so16');
          await new Promise((resolve) => setTimeout(resolve, 300));
          await element.search('SO16 0AS');
        },
        says: ['Error: Enter a full UK postcode', '5 addresses found for SO16 0AS'],
        holds: '5 addresses found for SO16 0AS',
      },
      {
        title: 'a postcode with no addresses: the problem',
        act: (element) => element.search('SO16 9ZZ'),
        says: ['Error: We could not find any addresses for SO16 9ZZ. Check the postcode or enter the address manually'],
        holds: /^Error: We could not find any addresses for SO16 9ZZ/,
      },
      {
        title: 'a Jersey postcode: why it is manual entry',
        act: (element) => element.search('JE2 3AB'),
        says: ['We cannot look up addresses in Jersey, Guernsey, the Isle of Man or BFPO. Enter the address below.'],
        holds: /^We cannot look up addresses in Jersey/,
      },
      {
        title: 'an address chosen, then a search for a different one: nothing stale is left',
        act: async (element) => {
          await element.search('SO16 0AS');
          await new Promise((resolve) => setTimeout(resolve, 300));
          await element.chooseAddress(0);
          await new Promise((resolve) => setTimeout(resolve, 300));
          element.querySelector<HTMLAnchorElement>('#contract-search-again')?.click();
        },
        says: ['5 addresses found for SO16 0AS', /^Address selected: /],
        holds: '',
      },
      {
        title: 'manual entry after a search: nothing stale is left',
        act: async (element) => {
          await element.search('SO16 0AS');
          await new Promise((resolve) => setTimeout(resolve, 300));
          await element.enterManually();
        },
        says: ['5 addresses found for SO16 0AS'],
        holds: '',
      },
    ],
  },
  fallback: {
    markup: addressLookupFixtures.find((fixture) => fixture.story === 'AuthorFields')?.markup ?? '',
    type: { 'home-line-1': '1 Castle Street', 'home-town': 'Swansea', 'home-postcode': 'SA1 1DP' },
    submits: { 'home-line-1': '1 Castle Street', 'home-town': 'Swansea', 'home-postcode': 'SA1 1DP' },
  },
  defineElement,
});

describe('the fixtures and the stories', () => {
  it('have one story per state, and every state in both languages, with nothing named twice', () => {
    const states = [...new Set(addressLookupFixtures.map((fixture) => fixture.story))];
    expect(storiesOf(stories).sort()).toEqual([...states].sort());
    for (const state of states) {
      expect(addressLookupFixtures.filter((fixture) => fixture.story === state).map((fixture) => fixture.lang)).toEqual(
        ['en', 'cy'],
      );
    }
  });
});

describe('a resident using only the keyboard', () => {
  it('finds, chooses and submits an address (English)', async () => {
    const element = await mount('<council-address-lookup name="home"></council-address-lookup>');
    await userEvent.tab();
    expect(document.activeElement).toBe(byId('home-lookup-postcode'));
    await userEvent.keyboard('so16 0as{Enter}');

    await vi.waitFor(() => expect(document.activeElement).toBe(byId('home-lookup-select')));
    await vi.waitFor(() => expect(status(element)).toBe('5 addresses found for SO16 0AS'));
    const options = [...byId<HTMLSelectElement>('home-lookup-select').options].map((option) => option.text);
    expect(options).toEqual([
      '5 addresses found',
      '2 Adanac Drive, Nursling, Southampton, SO16 0AS',
      '2A Adanac Drive, Nursling, Southampton, SO16 0AS',
      'Ordnance Survey, 4 Adanac Drive, Nursling, Southampton, SO16 0AS',
      '10 Adanac Drive, Nursling, Southampton, SO16 0AS',
      'Plot 5, Adanac Drive, Nursling, Southampton, SO16 0AS',
    ]);

    await userEvent.keyboard('{ArrowDown}');
    await userEvent.tab();
    expect(document.activeElement?.textContent?.trim()).toBe('Use this address');
    await userEvent.keyboard('{Enter}');

    await vi.waitFor(() => expect(document.activeElement).toBe(byId('home-line-1')));
    await vi.waitFor(() =>
      expect(status(element)).toBe('Address selected: 2 Adanac Drive, Nursling, Southampton, SO16 0AS'),
    );
    // The chosen address stays editable.
    await userEvent.keyboard('{End} (back door)');

    for (let i = 0; i < 10 && document.activeElement?.textContent?.trim() !== 'Continue'; i++) await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(submitted).not.toBeNull());
    expect(Object.fromEntries(submitted?.entries() ?? [])).toEqual({
      'home-line-1': '2 Adanac Drive (back door)',
      'home-line-2': 'Nursling',
      'home-town': 'Southampton',
      'home-county': '',
      'home-postcode': 'SO16 0AS',
      // Line 1 was edited, so this may be another property: its UPRN is not sent.
      'home-uprn': '',
    });
  });

  it('finds a Welsh-language address and submits it (Cymraeg)', async () => {
    await mount('<council-address-lookup name="cartref"></council-address-lookup>', 'cy');
    await userEvent.tab();
    await userEvent.keyboard('sa1 1dp{Enter}');
    await vi.waitFor(() => expect(document.activeElement).toBe(byId('cartref-lookup-select')));
    expect(byId('cartref-lookup-select').textContent).toContain('1 Stryd y Castell, Abertawe, SA1 1DP');
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.tab();
    expect(document.activeElement?.textContent?.trim()).toBe('Defnyddio’r cyfeiriad hwn');
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(document.activeElement).toBe(byId('cartref-line-1')));
    expect(byId<HTMLInputElement>('cartref-line-1').value).toBe('1 Stryd y Castell');
    expect(byId<HTMLInputElement>('cartref-town').value).toBe('Abertawe');
    byId<HTMLInputElement>('cartref-line-1').form?.requestSubmit();
    expect(submitted?.get('cartref-uprn')).toBe('100100000001');
  });

  it('enters an address by hand after finding nothing', async () => {
    const element = await mount('<council-address-lookup name="home" required></council-address-lookup>');
    await userEvent.tab();
    await userEvent.keyboard('SO16 9ZZ{Enter}');
    await vi.waitFor(() => expect(visibleText(element)).toContain('We could not find any addresses for SO16 9ZZ'));
    expect(document.activeElement).toBe(byId('home-lookup-postcode'));
    expect(byId('home-lookup-postcode').getAttribute('aria-describedby')).toBe(
      'home-lookup-postcode-hint home-lookup-postcode-error',
    );

    await userEvent.tab(); // Find address
    await userEvent.tab(); // Enter the address manually
    expect(document.activeElement?.textContent?.trim()).toBe('Enter the address manually');
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(document.activeElement).toBe(byId('home-line-1')));
    await userEvent.keyboard("Flat 3, St. John's Court");
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('Southampton');
    await userEvent.tab();
    await userEvent.tab();
    // Carried over from the search: not asked for twice (3.3.7).
    expect((document.activeElement as HTMLInputElement).value).toBe('SO16 9ZZ');
    for (let i = 0; i < 10 && document.activeElement?.textContent?.trim() !== 'Continue'; i++) await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(Object.fromEntries(submitted?.entries() ?? [])).toMatchObject({
      'home-line-1': "Flat 3, St. John's Court",
      'home-town': 'Southampton',
      'home-postcode': 'SO16 9ZZ',
      'home-uprn': '',
    });
  });
});

describe('what a page author gets', () => {
  it('with JavaScript, fills the page author’s own fields, which are what the form submits', async () => {
    const fixture = addressLookupFixtures.find(
      (candidate) => candidate.story === 'AuthorFields' && candidate.lang === 'en',
    );
    const element = await mount(fixture?.markup ?? '');
    expect(element.fieldsMode).toBe('author');
    expect(byId('home-line-1').checkVisibility()).toBe(false);
    expect(document.querySelectorAll('input[name="home-line-1"]')).toHaveLength(1);

    await element.search('SO16 0AS');
    await element.chooseAddress(2);
    expect(byId('home-line-1').checkVisibility()).toBe(true);
    (element.closest('form') as HTMLFormElement).requestSubmit();
    expect(Object.fromEntries(submitted?.entries() ?? [])).toEqual({
      'home-line-1': 'Ordnance Survey',
      'home-line-2': '4 Adanac Drive, Nursling',
      'home-town': 'Southampton',
      'home-postcode': 'SO16 0AS',
    });
  });

  it('keeps the page’s Continue button visible and working when an editor drops the closing tag (the README’s paste)', async () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // `mount` adds the form's Continue button after the markup: with no closing tag, the parser puts it inside.
    const element = await mount('<council-address-lookup name="home" label="What is your home address?" required>');
    const continueButton = page.getByRole('button', { name: 'Continue' });
    await expect.element(continueButton).toBeVisible();
    const button = continueButton.element();
    expect(element.contains(button)).toBe(false);
    expect(element.nextElementSibling).toBe(button);
    expect(warned).toHaveBeenCalledWith(expect.stringMatching(/closing tag missing\?/));

    await element.search('SO16 0AS');
    await element.chooseAddress(0);
    await userEvent.click(continueButton);
    expect(submitted?.get('home-line-1')).toBe('2 Adanac Drive');
    expect(submitted?.get('home-postcode')).toBe('SO16 0AS');
  });

  it('wraps the author’s fields through WordPress’s <p> and <br>, and hands back what follows them (wpautop)', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const element = await mount(
      [
        '<council-address-lookup name="home" label="What is your home address?"><br>',
        '<p><label for="l1">Address line 1</label><br> <input id="l1" name="home-line-1" autocomplete="address-line1"></p>',
        '<p><label for="t">Town or city</label><br> <input id="t" name="home-town" autocomplete="address-level2"></p>',
        '<p><label for="pc">Postcode</label><br> <input id="pc" name="home-postcode" autocomplete="postal-code"></p>',
        '<p><button type="submit" name="action" value="save">Save and come back later</button></p>',
        '<p><label for="phone">Phone number</label> <input id="phone" name="phone"></p>',
      ].join('\n'),
    );
    expect(element.fieldsMode).toBe('author');
    // The author's fields are inside the component's question, after its legend, hidden until they are needed.
    const fieldset = element.querySelector('fieldset');
    expect(fieldset?.contains(byId('l1'))).toBe(true);
    expect(byId('l1').checkVisibility()).toBe(false);
    // What followed them is the page's: shown, in its order, after the element.
    await expect.element(page.getByRole('button', { name: 'Save and come back later' })).toBeVisible();
    await expect.element(page.getByRole('textbox', { name: 'Phone number' })).toBeVisible();
    expect(element.contains(byId('phone'))).toBe(false);
    expect(
      byId('phone').compareDocumentPosition(page.getByRole('button', { name: 'Continue' }).element()) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();

    await element.search('SO16 0AS');
    await element.chooseAddress(0);
    await userEvent.fill(page.getByRole('textbox', { name: 'Phone number' }), '023 8000 0000');
    await userEvent.click(page.getByRole('button', { name: 'Continue' }));
    expect(submitted?.get('home-line-1')).toBe('2 Adanac Drive');
    expect(submitted?.get('phone')).toBe('023 8000 0000');
  });

  it('keeps a fallback’s own button among the author’s fields hidden with them (a page without JavaScript’s search)', async () => {
    const element = await mount(
      `<council-address-lookup name="home"><p><label for="pc">Postcode</label> <input id="pc" name="home-postcode" autocomplete="postal-code"> <button type="submit" name="find" id="fallback-find">Find address</button></p><p><label for="l1">Address line 1</label> <input id="l1" name="home-line-1" autocomplete="address-line1"></p></council-address-lookup>`,
    );
    expect(element.fieldsMode).toBe('author');
    expect(element.contains(byId('fallback-find'))).toBe(true);
    expect(byId('fallback-find').checkVisibility()).toBe(false);
  });

  it('shows the page author’s fields at once when they already hold an answer', async () => {
    const element = await mount(
      `<council-address-lookup name="home"><p><label for="home-line-1">Line 1</label><input id="home-line-1" name="home-line-1" autocomplete="address-line1" value="1 Castle Street"></p></council-address-lookup>`,
    );
    expect(element.currentStep).toBe('manual');
    expect(byId('home-line-1').closest('p')?.hidden).toBe(false);
  });

  it('fills a CMS form’s existing fields instead of its own, with the events form builders listen for', async () => {
    const cmsFields = `<p><label for="q1">Street</label><input id="q1" name="q1_line1"></p>
      <p><label for="q2">Area</label><input id="q2" name="q1_line2"></p>
      <p><label for="q3">Town</label><input id="q3" name="q1_town"></p>
      <p><label for="q4">Postcode</label><input id="q4" name="q1_postcode"></p>
      <input type="hidden" id="q5" name="q1_uprn">`;
    const element = await mount(
      `<council-address-lookup name="home" fill-line-1="q1_line1" fill-line-2="q1_line2" fill-town="q1_town" fill-postcode="q1_postcode" fill-uprn="q5"></council-address-lookup>${cmsFields}`,
    );
    expect(element.fieldsMode).toBe('host');
    expect(document.getElementById('home-line-1')).toBeNull();
    const changes: string[] = [];
    host.addEventListener('change', (event) => changes.push((event.target as HTMLInputElement).name));

    await element.search('SO16 0AS');
    await element.chooseAddress(0);
    expect(changes).toEqual(['q1_line1', 'q1_line2', 'q1_town', 'q1_postcode', 'q1_uprn']);
    (element.closest('form') as HTMLFormElement).requestSubmit();
    expect(Object.fromEntries(submitted?.entries() ?? [])).toEqual({
      q1_line1: '2 Adanac Drive',
      q1_line2: 'Nursling',
      q1_town: 'Southampton',
      q1_postcode: 'SO16 0AS',
      q1_uprn: '200010019932',
    });
    expect(visibleText(element)).toContain('2 Adanac Drive, Nursling, Southampton, SO16 0AS');
    expect(await axeViolations(host)).toEqual([]);
  });

  it('tells the page which address was chosen, UPRN included', async () => {
    const element = await mount('<council-address-lookup name="home"></council-address-lookup>');
    const chosen = new Promise<AddressSelectedDetail>((resolve) => {
      host.addEventListener('council-address-selected', (event) => resolve(event.detail), { once: true });
    });
    await element.search('SO16 0AS');
    await element.chooseAddress(2);
    expect(await chosen).toMatchObject({
      address: {
        uprn: '200010019924',
        organisation: 'Ordnance Survey',
        coordinates: { latitude: 50.9383, longitude: -1.4708 },
      },
      fields: { line1: 'Ordnance Survey', line2: '4 Adanac Drive, Nursling', uprn: '200010019924' },
    });
  });

  it('takes a custom label and hint, and any string in either language', async () => {
    const element = await mount(
      `<council-address-lookup name="home" label="Where do you live?" hint="We will post your permit here" strings='{"en":{"findAddress":"Search"}}'></council-address-lookup>`,
    );
    expect(element.querySelector('legend')?.textContent?.trim()).toBe('Where do you live?');
    expect(element.querySelector('fieldset')?.getAttribute('aria-describedby')).toBe('home-lookup-hint');
    await expect.element(page.getByRole('button', { name: 'Search' })).toBeVisible();
  });

  it('blocks a required answer from being submitted empty, and says why', async () => {
    const element = await mount('<council-address-lookup name="home" required></council-address-lookup>');
    (element.closest('form') as HTMLFormElement).requestSubmit();
    expect(submitted).toBeNull();
    await vi.waitFor(() => expect(document.activeElement).toBe(byId('home-lookup-postcode')));
    expect(visibleText(element)).toContain('Enter a postcode and select an address, or enter the address manually');

    await element.enterManually();
    (element.closest('form') as HTMLFormElement).requestSubmit();
    expect(submitted).toBeNull();
    await vi.waitFor(() => expect(document.activeElement).toBe(byId('home-line-1')));
    expect(visibleText(element)).toContain('Enter town or city');
    expect(visibleText(element)).toContain('Enter postcode');
  });

  it('checks every lookup in the form at once: each shows its message, focus goes to the first', async () => {
    const invalid: string[] = [];
    host.addEventListener('council-address-invalid', (event) => {
      invalid.push((event.target as HTMLElement).getAttribute('name') ?? '');
    });
    await mount(
      '<council-address-lookup name="home" required></council-address-lookup>' +
        '<council-address-lookup name="work" required></council-address-lookup>',
    );
    (host.querySelector('form') as HTMLFormElement).requestSubmit();
    expect(submitted).toBeNull();
    expect(invalid).toEqual(['home', 'work']);
    await vi.waitFor(() => expect(document.activeElement).toBe(byId('home-lookup-postcode')));
    expect(host.querySelectorAll('.ccuk-error-message')).toHaveLength(2);
  });

  it('stops a submission with problems before any submit handler of the page runs, even one added first', async () => {
    const form = document.createElement('form');
    let pageHandlerRan = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      pageHandlerRan = true;
    });
    host.append(form);
    // The element arrives after the page's handler (a loader, a CMS widget).
    form.insertAdjacentHTML('beforeend', '<council-address-lookup name="late" required></council-address-lookup>');
    await (form.querySelector('council-address-lookup') as CouncilAddressLookup).updateComplete;
    form.requestSubmit();
    expect(pageHandlerRan).toBe(false);
    await vi.waitFor(() =>
      expect(visibleText(form)).toContain('Enter a postcode and select an address, or enter the address manually'),
    );
  });

  it('does not let a search started and not finished be submitted as no answer', async () => {
    const element = await mount('<council-address-lookup name="home"></council-address-lookup>');
    const form = element.closest('form') as HTMLFormElement;
    form.requestSubmit();
    expect(submitted).not.toBeNull();
    submitted = null;
    await userEvent.type(page.getByRole('textbox', { name: 'Postcode' }), 'SO16 0AS');
    form.requestSubmit();
    expect(submitted).toBeNull();
    await element.search('SO16 0AS');
    form.requestSubmit();
    expect(submitted).toBeNull();
    await element.updateComplete;
    expect(visibleText(element)).toContain('Select an address');
  });

  it('lets an optional address be left empty, but not half-filled', async () => {
    const element = await mount('<council-address-lookup name="home"></council-address-lookup>');
    await element.enterManually();
    const form = element.closest('form') as HTMLFormElement;
    form.requestSubmit();
    expect(submitted?.get('home-line-1')).toBe('');
    submitted = null;
    byId<HTMLInputElement>('home-line-1').value = '1 Castle Street';
    form.requestSubmit();
    expect(submitted).toBeNull();
    await element.updateComplete;
    expect(visibleText(element)).toContain('Enter town or city');
  });

  it('keeps showing an address the server filled into the page author’s fields after a reset', async () => {
    const element = await mount(`<council-address-lookup name="home">
      <label for="line1">Line 1</label><input id="line1" name="home-line-1" value="1 High Street" autocomplete="address-line1">
      <label for="town">Town</label><input id="town" name="home-town" value="Swansea" autocomplete="address-level2">
      <label for="postcode">Postcode</label><input id="postcode" name="home-postcode" value="SA1 1AA" autocomplete="postal-code">
    </council-address-lookup>`);
    expect(element.currentStep).toBe('manual');
    byId<HTMLInputElement>('line1').value = '2 Low Street';
    (host.querySelector('form') as HTMLFormElement).reset();
    await vi.waitFor(() => expect(byId<HTMLInputElement>('line1').value).toBe('1 High Street'));
    await element.updateComplete;
    expect(element.currentStep).toBe('manual');
    expect(byId<HTMLInputElement>('line1').disabled).toBe(false);
    expect(byId<HTMLInputElement>('line1').closest('[hidden]')).toBeNull();
  });

  it('goes back to the start when the host form is reset', async () => {
    const element = await mount('<council-address-lookup name="home"></council-address-lookup>');
    await element.search('SO16 0AS');
    await element.chooseAddress(0);
    expect(byId<HTMLInputElement>('home-line-1').value).toBe('2 Adanac Drive');
    (element.closest('form') as HTMLFormElement).reset();
    await vi.waitFor(() => expect(element.currentStep).toBe('postcode'));
    expect(byId<HTMLInputElement>('home-line-1').value).toBe('');
    expect(byId<HTMLInputElement>('home-lookup-postcode').value).toBe('');
  });

  it('lets a host-page error summary link move focus to the postcode field', async () => {
    document.body.classList.add('govuk-frontend-supported');
    await mount(
      '<council-address-lookup name="home"></council-address-lookup>',
      'en',
      `<div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert"><h2 class="govuk-error-summary__title">There is a problem</h2>
        <div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list"><li><a href="#home-lookup-postcode">Enter your postcode</a></li></ul></div></div></div>`,
    );
    new ErrorSummary(host.querySelector('.govuk-error-summary') as HTMLElement);
    await userEvent.click(page.getByRole('link', { name: 'Enter your postcode' }));
    expect(document.activeElement).toBe(byId('home-lookup-postcode'));
  });
});

describe('bad input and failing services', () => {
  it('accepts a postcode in any case, with spaces, hyphens, brackets and full stops', async () => {
    const element = await mount('<council-address-lookup name="home"></council-address-lookup>');
    await element.search(' (s.o.16-0as). ');
    expect(element.currentStep).toBe('select');
    expect(visibleText(element)).toContain('5 addresses found for SO16 0AS');
  });

  it('pages past 100 addresses in a block of flats, in natural order', async () => {
    const element = await mount('<council-address-lookup name="home"></council-address-lookup>');
    await element.search('SO14 3HV');
    const labels = [...byId<HTMLSelectElement>('home-lookup-select').options].slice(1).map((option) => option.text);
    expect(labels).toHaveLength(130);
    expect(labels.slice(0, 3)).toEqual([
      'Flat 1, Harbour View, 1 Quay Street, Southampton, SO14 3HV',
      'Flat 2, Harbour View, 1 Quay Street, Southampton, SO14 3HV',
      'Flat 3, Harbour View, 1 Quay Street, Southampton, SO14 3HV',
    ]);
    expect(labels.indexOf('Flat 10, Harbour View, 1 Quay Street, Southampton, SO14 3HV')).toBe(9);
  });

  it('says plainly when the service is down, offers to try again, and always offers manual entry', async () => {
    const element = await mount('<council-address-lookup name="home"></council-address-lookup>');
    await element.search('ZZ99 9DN');
    expect(visibleText(element)).toContain('Sorry, finding addresses is not working at the moment');
    await vi.waitFor(() => expect(status(element)).toContain('not working'));
    expect(element.searching).toBe(false);
    await expect.element(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect.element(page.getByRole('link', { name: 'Enter the address manually' })).toBeVisible();
    // Nothing the resident typed is lost.
    expect(byId<HTMLInputElement>('home-lookup-postcode').value).toBe('ZZ99 9DN');
  });

  it('keeps the typed postcode when going back with "Change"', async () => {
    const element = await mount('<council-address-lookup name="home"></council-address-lookup>');
    await element.search('so16 0as');
    await userEvent.click(page.getByRole('link', { name: 'Change postcode' }));
    expect(element.currentStep).toBe('postcode');
    expect(document.activeElement).toBe(byId('home-lookup-postcode'));
    expect(byId<HTMLInputElement>('home-lookup-postcode').value).toBe('SO16 0AS');
  });

  it('shows "Searching for addresses…" only while a search keeps the resident waiting, never before a quick answer', async () => {
    const element = await mount('<council-address-lookup name="home"></council-address-lookup>');
    const shown: string[] = [];
    const watcher = new MutationObserver(() => {
      if (visibleText(element).includes('Searching for addresses')) shown.push('searching');
    });
    watcher.observe(element, { subtree: true, childList: true, characterData: true });
    await element.search('SO16 0AS');
    expect(element.currentStep).toBe('select');
    expect(shown).toEqual([]);

    await userEvent.click(page.getByRole('link', { name: 'Change postcode' }));
    const slow = element.search('ZZ99 9SL');
    await vi.waitFor(() => expect(visibleText(element)).toContain('Searching for addresses'));
    watcher.disconnect();
    // A newer search ends the wait: its answer shows, and "Searching…" goes.
    await element.search('SO16 0AS');
    await slow;
    expect(visibleText(element)).not.toContain('Searching for addresses');
  });

  it('shows only the newest search when the resident searches again before the first answers', async () => {
    const element = await mount('<council-address-lookup name="home"></council-address-lookup>');
    const slow = element.search('ZZ99 9SL');
    await vi.waitFor(() => expect(element.searching).toBe(true));
    await element.search('SA1 1DP');
    await slow;
    expect(element.currentStep).toBe('select');
    expect(visibleText(element)).toContain('4 addresses found for SA1 1DP');
  });

  it('does not submit the host form when Enter is pressed in the postcode field', async () => {
    const element = await mount('<council-address-lookup name="home"></council-address-lookup>');
    byId('home-lookup-postcode').focus();
    await userEvent.keyboard('SO16 0AS{Enter}');
    await vi.waitFor(() => expect(element.currentStep).toBe('select'));
    expect(submitted).toBeNull();
  });

  it('forgets the UPRN when the resident changes the chosen address’s postcode, and after a reset', async () => {
    const element = await mount('<council-address-lookup name="home"></council-address-lookup>');
    await element.search('SO16 0AS');
    await element.chooseAddress(0);
    expect(byId<HTMLInputElement>('home-uprn').value).toBe('200010019932');
    await userEvent.fill(page.getByRole('textbox', { name: 'Postcode' }), 'SO16 0AT');
    expect(byId<HTMLInputElement>('home-uprn').value).toBe('');

    await element.search('SO16 0AS');
    await element.chooseAddress(0);
    await userEvent.fill(page.getByRole('textbox', { name: 'Address line 2 (optional)' }), 'Nursling village');
    expect(byId<HTMLInputElement>('home-uprn').value).toBe('200010019932');
    (element.closest('form') as HTMLFormElement).reset();
    await vi.waitFor(() => expect(element.currentStep).toBe('postcode'));
    expect(byId<HTMLInputElement>('home-uprn').value).toBe('');
  });

  it('forgets the UPRN of a chosen address edited after "Search for a different address" and manual entry', async () => {
    const element = await mount('<council-address-lookup name="home"></council-address-lookup>');
    await element.search('SO16 0AS');
    await element.chooseAddress(0);
    await userEvent.click(page.getByRole('link', { name: 'Search for a different address' }));
    await element.enterManually();
    // The fields still hold the chosen address, UPRN included: sent as they are, they are that property.
    expect(byId<HTMLInputElement>('home-uprn').value).toBe('200010019932');
    await userEvent.fill(page.getByRole('textbox', { name: 'Address line 1' }), '7 Other Street');
    expect(byId<HTMLInputElement>('home-uprn').value).toBe('');
    (element.closest('form') as HTMLFormElement).requestSubmit();
    await vi.waitFor(() => expect(submitted).not.toBeNull());
    expect(submitted?.get('home-line-1')).toBe('7 Other Street');
    expect(submitted?.get('home-uprn')).toBe('');
  });

  it('stays in manual entry when the resident gives up waiting for a slow search', async () => {
    const element = await mount('<council-address-lookup name="home"></council-address-lookup>');
    const slow = element.search('ZZ99 9SL');
    await vi.waitFor(() => expect(element.searching).toBe(true));
    await element.enterManually();
    await userEvent.keyboard('1 Castle Street');
    await slow;
    expect(element.currentStep).toBe('manual');
    expect(document.activeElement).toBe(byId('home-line-1'));
    expect(byId<HTMLInputElement>('home-line-1').value).toBe('1 Castle Street');
  });

  it('lets buttons that opt out of validation submit an unfinished answer', async () => {
    const element = await mount(
      '<council-address-lookup name="home" required></council-address-lookup><button type="submit" formnovalidate>Save and come back later</button>',
    );
    await userEvent.click(page.getByRole('button', { name: 'Save and come back later' }));
    expect(submitted).not.toBeNull();
    expect(element.currentStep).toBe('postcode');
  });

  it('tells the page every problem, with the field to link to, for its error summary', async () => {
    const element = await mount('<council-address-lookup name="home" required></council-address-lookup>');
    const invalid = new Promise<AddressInvalidDetail>((resolve) => {
      host.addEventListener('council-address-invalid', (event) => resolve(event.detail), { once: true });
    });
    await element.enterManually();
    element.validate();
    expect((await invalid).errors).toEqual([
      { fieldId: 'home-line-1', message: 'Enter address line 1, typically the building and street' },
      { fieldId: 'home-town', message: 'Enter town or city' },
      { fieldId: 'home-postcode', message: 'Enter postcode' },
    ]);
  });
});

describe('browser-side vendor sources, with keys locked to the council’s domain (the vendor add-on)', () => {
  it('a source nobody registered, or a vendor without its key, fails the search with a way forward, never silently', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const element = await mount(
      '<council-address-lookup name="home" source="postcodes-r-us"></council-address-lookup>',
    );
    await element.search('SW1A 2AA');
    expect(visibleText(element)).toContain('Sorry, finding addresses is not working');
    expect(visibleText(element)).toContain('Enter the address manually');
    expect(String(error.mock.calls[0]?.[1])).toContain('source="postcodes-r-us" is not registered');

    element.setAttribute('source', 'ideal-postcodes');
    await element.search('ID1 1QD');
    expect(visibleText(element)).toContain('Sorry, finding addresses is not working');
    expect(String(error.mock.calls[1]?.[1])).toContain('source="ideal-postcodes" needs an api-key');
  });

  it('Ideal Postcodes', async () => {
    const element = await mount(
      '<council-address-lookup name="home" source="ideal-postcodes" api-key="iddqd" api-base="/fakes/ideal-postcodes/"></council-address-lookup>',
    );
    await element.search('ID1 1QD');
    // One of the two premises has no position: Ideal Postcodes sends "" for it.
    expect(visibleText(element)).toContain('2 addresses found for ID1 1QD');
    await element.chooseAddress(1);
    expect(byId<HTMLInputElement>('home-line-1').value).toBe('Kingsley Hall');
    expect(byId<HTMLInputElement>('home-uprn').value).toBe('10091959021');
  });

  it('getAddress.io, and its "not found"', async () => {
    const element = await mount(
      '<council-address-lookup name="home" source="getaddress" api-key="sandbox-getaddress-key" api-base="/fakes/getaddress/"></council-address-lookup>',
    );
    await element.search('SA1 1DP');
    expect(visibleText(element)).toContain('4 addresses found for SA1 1DP');
    await element.chooseAddress(0);
    expect(byId<HTMLInputElement>('home-county').value).toBe('West Glamorgan');
    await element.search('SO16 9ZZ');
    expect(visibleText(element)).toContain('We could not find any addresses for SO16 9ZZ');
  });
});

describe('what a resident does, taken as meant', () => {
  it('takes an address picked in the list as chosen when the form is sent without "Use this address"', async () => {
    const element = await mount('<council-address-lookup name="home" required></council-address-lookup>');
    const invalid = vi.fn();
    host.addEventListener('council-invalid', invalid);
    await element.search('SO16 0AS');
    const select = byId<HTMLSelectElement>('home-lookup-select');
    select.value = '2';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    (element.closest('form') as HTMLFormElement).requestSubmit();
    expect(invalid).not.toHaveBeenCalled();
    expect(Object.fromEntries(submitted?.entries() ?? [])).toMatchObject({
      'home-line-1': 'Ordnance Survey',
      'home-line-2': '4 Adanac Drive, Nursling',
      'home-postcode': 'SO16 0AS',
      'home-uprn': '200010019924',
    });
    await element.updateComplete;
    expect(element.currentStep).toBe('manual');
    expect(byId<HTMLInputElement>('home-line-1').value).toBe('Ordnance Survey');
  });

  it('still says "Select an address" when nothing was picked in the list', async () => {
    const element = await mount('<council-address-lookup name="home"></council-address-lookup>');
    await element.search('SO16 0AS');
    (element.closest('form') as HTMLFormElement).requestSubmit();
    expect(submitted).toBeNull();
    await element.updateComplete;
    expect(visibleText(element)).toContain('Select an address');
    expect(element.currentStep).toBe('select');
  });

  it('shows the page’s own wrapped fields under the question, inside it, with the page’s styles', async () => {
    const fixture = addressLookupFixtures.find(
      (candidate) => candidate.story === 'AuthorFields' && candidate.lang === 'en',
    );
    const style = document.createElement('style');
    style.textContent = '.council-form-fields label { color: rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      const element = await mount(fixture?.markup ?? '');
      for (const step of [
        () => element.enterManually(),
        () => element.search('SO16 0AS').then(() => element.chooseAddress(0)),
      ]) {
        await step();
        const legend = element.querySelector('legend') as HTMLElement;
        const line1 = byId('home-line-1');
        expect(legend.textContent).toContain('Address');
        // The question comes first, then the page's fields, inside the component's own fieldset.
        expect(legend.compareDocumentPosition(line1) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
        expect(legend.closest('fieldset')?.contains(line1)).toBe(true);
        expect(line1.checkVisibility()).toBe(true);
        expect(getComputedStyle(byId<HTMLInputElement>('home-line-1').labels?.[0] as HTMLElement).color).toBe(
          'rgb(1, 2, 3)',
        );
      }
      expect(await axeViolations(host)).toEqual([]);
    } finally {
      style.remove();
    }
  });

  it('does not leave "Searching for addresses…" in the live region once a search has found nothing', async () => {
    const element = await mount('<council-address-lookup name="home"></council-address-lookup>');
    for (const postcode of ['SO16 9ZZ', 'JE2 3AB']) {
      await element.search(postcode);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(status(element)).not.toContain('Searching');
      expect(element.searching).toBe(false);
    }
  });

  it('goes straight to manual entry for Jersey, Guernsey, the Isle of Man and BFPO, postcode filled in and the reason said', async () => {
    for (const [postcode, lang, reason] of [
      ['je2 3ab', 'en', 'We cannot look up addresses in Jersey, Guernsey, the Isle of Man or BFPO'],
      ['BF1 3AA', 'en', 'We cannot look up addresses in Jersey, Guernsey, the Isle of Man or BFPO'],
      ['IM1 1AA', 'cy', 'Ni allwn chwilio am gyfeiriadau yn Jersey, Guernsey, Ynys Manaw na BFPO'],
    ] as const) {
      const element = await mount('<council-address-lookup name="home"></council-address-lookup>', lang);
      await element.search(postcode);
      expect(element.currentStep).toBe('manual');
      expect(visibleText(element)).toContain(reason);
      expect(byId<HTMLInputElement>('home-postcode').value).toBe(
        postcode.toUpperCase().replace(/(\S+)\s*(\S{3})$/, '$1 $2'),
      );
      expect(document.activeElement).toBe(byId('home-line-1'));
      await vi.waitFor(() => expect(status(element)).toContain(reason));
      expect(await axeViolations(host)).toEqual([]);
    }
  });
});

describe('beyond axe (issue 20)', () => {
  /** Every text the live region holds, in order, from now on (empty moments left out). */
  function heard(element: HTMLElement): string[] {
    const region = element.querySelector('[role=status]');
    if (!region) throw new Error('no live region');
    const texts: string[] = [];
    new MutationObserver(() => {
      const text = region.textContent.trim();
      if (text && text !== texts.at(-1)) texts.push(text);
    }).observe(region, { childList: true, subtree: true, characterData: true });
    return texts;
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

  it.each([
    ['', 'Error: Enter postcode'],
    ['so16', 'Error: Enter a full UK postcode'],
    [
      'SO16 9ZZ',
      'Error: We could not find any addresses for SO16 9ZZ. Check the postcode or enter the address manually',
    ],
  ])('announces the postcode problem once, last, when Enter is pressed on %j (4.1.3)', async (typed, message) => {
    const element = await mount('<council-address-lookup name="home"></council-address-lookup>');
    const texts = heard(element);
    byId('home-lookup-postcode').focus();
    if (typed) await userEvent.keyboard(typed);
    await userEvent.keyboard('{Enter}');
    // Said once the search has been answered (however long a loaded machine takes), then nothing more.
    await vi.waitFor(() => expect(status(element)).toBe(message), { timeout: 5000 });
    await settle();
    expect(texts.filter((text) => !text.startsWith('Searching'))).toEqual([message]);
    expect(status(element)).toBe(message);
    expect(document.activeElement?.id).toBe('home-lookup-postcode');
  });

  it('says in Welsh what is wrong with the postcode', async () => {
    const element = await mount('<council-address-lookup name="home"></council-address-lookup>', 'cy');
    await element.search('so16');
    await vi.waitFor(() => expect(status(element)).toBe('Gwall: Rhowch god post llawn yn y DU'));
  });

  it.each([
    ['after a search, through "I can’t find the address in the list"', true, 'I can’t find the address in the list'],
    ['typed, through "Enter the address manually"', false, 'Enter the address manually'],
  ])('carries the postcode into the manual fields: %s (3.3.7)', async (_how, search, link) => {
    const element = await mount('<council-address-lookup name="home"></council-address-lookup>');
    byId('home-lookup-postcode').focus();
    await userEvent.keyboard('so16 0as');
    if (search) await element.search('so16 0as');
    const anchor = [...element.querySelectorAll('a')].find((a) => a.textContent.trim() === link);
    if (!anchor) throw new Error(`no link "${link}"`);
    anchor.click();
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('home-line-1'));
    expect(element.currentStep).toBe('manual');
    expect(byId<HTMLInputElement>('home-postcode').value).toBe('SO16 0AS');
  });

  it('shows and exposes the problems on the page author’s own fields (3.3.1, 4.1.2), in the page’s language', async () => {
    const fixture = addressLookupFixtures.find(
      (candidate) => candidate.story === 'AuthorFields' && candidate.lang === 'cy',
    );
    const element = await mount((fixture?.markup ?? '').replace('<council-address-lookup', '$& required'), 'cy');
    await element.enterManually();
    (element.closest('form') as HTMLFormElement).requestSubmit();
    expect(submitted).toBeNull();
    await element.updateComplete;
    for (const [id, message] of [
      ['home-line-1', 'Rhowch linell 1 y cyfeiriad, fel arfer yr adeilad a’r stryd'],
      ['home-town', 'Rhowch dref neu ddinas'],
      ['home-postcode', 'Rhowch god post'],
    ] as const) {
      const field = byId<HTMLInputElement>(id);
      expect(field.getAttribute('aria-invalid'), id).toBe('true');
      const described = (field.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((token) => byId(token).textContent);
      expect(described, id).toEqual([`Gwall: ${message}`]);
      expect(field.previousElementSibling?.checkVisibility(), id).toBe(true);
    }
    expect(await axeViolations(host)).toEqual([]);
    byId<HTMLInputElement>('home-line-1').value = '1 Castle Street';
    byId<HTMLInputElement>('home-town').value = 'Swansea';
    byId<HTMLInputElement>('home-postcode').value = 'SA1 1DP';
    (element.closest('form') as HTMLFormElement).requestSubmit();
    expect(submitted).not.toBeNull();
    await element.updateComplete;
    expect(element.querySelectorAll('[aria-invalid], .ccuk-error-message')).toHaveLength(0);
    expect(byId('home-line-1').hasAttribute('aria-describedby')).toBe(false);
  });

  it('shows focus on the page author’s field it moves focus to, on a page that hides focus (2.4.7)', async () => {
    const hostile = document.head.appendChild(document.createElement('style'));
    hostile.textContent = ':focus { outline: none !important; box-shadow: none !important; }';
    try {
      const fixture = addressLookupFixtures.find(
        (candidate) => candidate.story === 'AuthorFields' && candidate.lang === 'en',
      );
      const element = await mount(fixture?.markup ?? '');
      await element.search('SO16 0AS');
      await element.chooseAddress(0);
      const field = byId<HTMLInputElement>('home-line-1');
      expect(document.activeElement).toBe(field);
      const shot = async () => {
        const taken = await page
          .elementLocator(field.parentElement as HTMLElement)
          .screenshot({ save: false, base64: true });
        return typeof taken === 'string' ? taken : taken.base64;
      };
      const focused = await shot();
      field.blur();
      const blurred = await shot();
      // Different pixels: the focus indicator shows, although the page removes every outline.
      expect(focused).not.toBe(blurred);
      field.focus();
      const style = getComputedStyle(field);
      expect(style.outlineStyle).toBe('solid');
      expect(style.outlineWidth).toBe('3px');
    } finally {
      hostile.remove();
    }
  });

  it('tells residents the lookup finds UK addresses only, and gives the county no autocomplete token (8)', async () => {
    const element = await mount('<council-address-lookup name="home"></council-address-lookup>');
    expect(byId('home-lookup-postcode-hint').textContent.trim()).toBe('Only UK addresses can be found this way');
    expect(byId('home-lookup-postcode').getAttribute('aria-describedby')).toBe('home-lookup-postcode-hint');
    document.documentElement.lang = 'cy';
    await vi.waitFor(() =>
      expect(byId('home-lookup-postcode-hint').textContent.trim()).toBe(
        'Dim ond cyfeiriadau yn y DU y gallwch ddod o hyd iddynt fel hyn',
      ),
    );
    expect(element.currentStep).toBe('postcode');
    await element.enterManually();
    expect(byId('home-county').hasAttribute('autocomplete')).toBe(false);
    expect(byId('home-town').getAttribute('autocomplete')).toBe('address-level2');
  });

  it('takes the question and hint in each language, so a Welsh page is Welsh in full, and follows the page’s language (7)', async () => {
    const element = await mount(
      '<council-address-lookup name="home" label="Home address" label-cy="Cyfeiriad cartref" hint="Where you live now"></council-address-lookup>',
    );
    const legend = () => element.querySelector('legend')?.textContent.trim();
    const hint = () => byId('home-lookup-hint').textContent.trim();
    expect([legend(), hint()]).toEqual(['Home address', 'Where you live now']);
    document.documentElement.lang = 'cy';
    // No Welsh hint given: the one for any language stays.
    await vi.waitFor(() => expect([legend(), hint()]).toEqual(['Cyfeiriad cartref', 'Where you live now']));
    element.hintCy = 'Ble rydych chi’n byw nawr';
    await element.updateComplete;
    expect(hint()).toBe('Ble rydych chi’n byw nawr');
    expect(byId('home-lookup-hint').closest('fieldset')?.getAttribute('aria-describedby')).toBe('home-lookup-hint');
    document.documentElement.lang = 'en';
    await vi.waitFor(() => expect([legend(), hint()]).toEqual(['Home address', 'Where you live now']));
    // Only a Welsh question: an English page gets the component's own.
    element.removeAttribute('label');
    await element.updateComplete;
    expect(legend()).toBe('Address');
  });

  it('clears an earlier answer, UPRN included, when the resident searches again (3.3.7)', async () => {
    const element = await mount('<council-address-lookup name="home"></council-address-lookup>');
    await element.search('SO16 0AS');
    await element.chooseAddress(0);
    expect(byId<HTMLInputElement>('home-uprn').value).not.toBe('');
    byId('home-search-again').click();
    await element.updateComplete;
    await element.search('SO14 3HV');
    const cantFind = [...element.querySelectorAll('a')].find(
      (a) => a.textContent.trim() === 'I can’t find the address in the list',
    );
    cantFind?.click();
    await element.updateComplete;
    expect(element.currentStep).toBe('manual');
    for (const part of ['line-1', 'line-2', 'town', 'uprn'])
      expect(byId<HTMLInputElement>(`home-${part}`).value, part).toBe('');
    expect(byId<HTMLInputElement>('home-postcode').value).toBe('SO14 3HV');
    // Left as it is, the earlier address is not sent: the fields are empty, and the check says so.
    (element.closest('form') as HTMLFormElement).requestSubmit();
    expect(submitted).toBeNull();
  });
});
