/**
 * The contract every Council Components element keeps, as tests every
 * component runs in Chromium (Vitest browser mode), as Web Awesome's form
 * control base tests do: call `componentContract({...})` in the component's
 * browser test file. A new component passes it before it is done.
 */
import { ErrorSummary } from 'govuk-frontend';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axeViolations } from './axe-in-browser.ts';
import type { ComponentFixture } from './component-fixture.ts';
import { framesPassed, TEXT_SPACING_BOOKMARKLET, textSpacingProblems } from './text-spacing.ts';

/** What the contract needs of an element: Lit's update promise, and a check of its answer. */
export interface ContractElement extends HTMLElement {
  readonly updateComplete: Promise<unknown>;
  validate(): boolean;
}

interface ContractBase<E extends ContractElement> {
  /** The element's tag, defined by the component's `define.js` (imported by the test file). */
  tag: string;
  /** Every documented state: each shows its text and is axe-clean, in its language. */
  fixtures: readonly ComponentFixture<E>[];
  /** Core's `defineElement`, which a second copy of the component meets on a page. */
  defineElement: (tag: string, constructor: VersionedClass) => boolean;
  /**
   * A component with a live region (`[role=status]`): what it says on each journey, in order, each state change
   * once, and what it holds at the end ('' once nothing it said is true any more).
   */
  announcements?: {
    /** Said while waiting ("Searching…"): heard or not with the network's speed, so left out. */
    waiting: RegExp;
    journeys: readonly {
      title: string;
      act: (element: E) => Promise<void>;
      says: readonly (string | RegExp)[];
      holds: string | RegExp;
    }[];
  };
}

/** The contract of a component that asks a question: it joins its form, checks its answer and sends it. */
export interface QuestionContract<E extends ContractElement> extends ContractBase<E> {
  kind?: 'question';
  /** A required question left unanswered: the element's markup, `name="contract"`. */
  required: string;
  /** Gives a valid answer through the element's public API. */
  answer: (element: E) => Promise<void>;
  /**
   * Gives the same answer with the keyboard alone, from focus on the
   * element's first control (`userEvent.keyboard` and `userEvent.tab`).
   */
  answerByKeyboard: (keyboard: typeof userEvent) => Promise<void>;
  /** What the host form receives for that answer (these fields at least). */
  submits: Readonly<Record<string, string>>;
  /** The page author's markup that works without JavaScript: what to type, by field id, and what is sent. */
  fallback: { markup: string; type: Readonly<Record<string, string>>; submits: Readonly<Record<string, string>> };
}

/**
 * The contract of a component that shows something and asks nothing of the form (bin days, a payment's outcome):
 * the same states, languages, accessibility and robustness, with its journey done by keyboard in place of an answer.
 */
export interface DisplayContract<E extends ContractElement> extends ContractBase<E> {
  kind: 'display';
  /** The element's markup, for the tests that need it on a page. */
  markup: string;
  /** The resident's journey with the keyboard alone, from focus on the element's first control. */
  journeyByKeyboard: (keyboard: typeof userEvent) => Promise<void>;
  /** What the journey ends by showing. */
  reaches: string;
  /** The page author's content that works without JavaScript (`markup`), and text of it that shows either way. */
  fallback: { markup: string; text: string };
}

export type ComponentContract<E extends ContractElement> = QuestionContract<E> | DisplayContract<E>;

export interface VersionedClass extends CustomElementConstructor {
  version?: string;
}

export function componentContract<E extends ContractElement>(contract: ComponentContract<E>): void {
  let host: HTMLElement;
  let submitted: FormData | null;
  // The form's tests, for a component that asks a question; a display component's own, for one that does not.
  const question = contract.kind === 'display' ? undefined : contract;
  const display = contract.kind === 'display' ? contract : undefined;
  /** The element's plain markup: a question's, left unanswered, or what a display component shows. */
  const plainMarkup = question ? question.required : (display?.markup ?? '');

  /** The markup inside a form that records what it would send, after a link to tab from. */
  async function mount(markup: string, lang: 'en' | 'cy' = 'en'): Promise<{ element: E; form: HTMLFormElement }> {
    document.documentElement.lang = lang;
    host.innerHTML = `<a href="#top">Top</a><form action="/sent" method="post">${markup}<button type="submit">Continue</button></form>`;
    const form = host.querySelector('form') as HTMLFormElement;
    form.addEventListener('submit', (event) => {
      if (event.defaultPrevented) return;
      event.preventDefault();
      submitted = new FormData(form);
    });
    const element = host.querySelector<E>(contract.tag);
    if (!element) throw new Error(`<${contract.tag}> is not in its own markup`);
    await element.updateComplete;
    return { element, form };
  }

  /** The element in a documented state: mounted in its language, driven there, rendered. */
  async function showState(fixture: ComponentFixture<E>): Promise<E> {
    const { element } = await mount(fixture.markup, fixture.lang);
    await fixture.act?.(element);
    await element.updateComplete;
    return element;
  }

  const errorsOf = (target: EventTarget): Promise<{ fieldId: string; message: string }[]> =>
    new Promise((resolve) => {
      target.addEventListener(
        'council-invalid',
        (event) => {
          resolve((event as CustomEvent<{ errors: { fieldId: string; message: string }[] }>).detail.errors);
        },
        { once: true },
      );
    });
  const visibleText = (element: HTMLElement): string => element.innerText.replace(/\s+/g, ' ');

  describe(`the component contract: <${contract.tag}>`, () => {
    beforeEach(() => {
      submitted = null;
      host = document.body.appendChild(document.createElement('div'));
    });
    afterEach(() => {
      host.remove();
      document.documentElement.lang = 'en';
    });

    describe('every documented state shows what it says, and is axe-clean, in its language', () => {
      for (const fixture of contract.fixtures) {
        it(fixture.title, async () => {
          const element = await showState(fixture);
          const { text, ...properties } = fixture.shows;
          expect(visibleText(element)).toContain(text);
          for (const [name, value] of Object.entries(properties)) {
            expect(element[name as keyof E], `${contract.tag}.${name}`).toEqual(value);
          }
          expect(await axeViolations(host)).toEqual([]);
        });
      }
    });

    if (question) {
      it('joins its host form: an unanswered required question stops the submission before the page sees it, and says why', async () => {
        const { element, form } = await mount(question.required);
        let pageSawIt = false;
        form.addEventListener('submit', () => {
          pageSawIt = true;
        });
        const errors = errorsOf(element);
        form.requestSubmit();
        expect(submitted).toBeNull();
        expect(pageSawIt).toBe(false);
        const reported = await errors;
        expect(reported.length).toBeGreaterThan(0);
        for (const { fieldId, message } of reported) {
          expect(document.getElementById(fieldId), fieldId).not.toBeNull();
          expect(message.trim()).not.toBe('');
        }
        await vi.waitFor(() => {
          expect(document.activeElement?.id).toBe(reported[0]?.fieldId);
        });
        await question.answer(element);
        form.requestSubmit();
        expect(Object.fromEntries(submitted?.entries() ?? [])).toMatchObject(question.submits);
      });

      it('parsed back from its own HTML (innerHTML = innerHTML, cloneNode, AngularJS ng-if), renders once and the copy works', async () => {
        const { form } = await mount(question.fallback.markup.replace(`<${question.tag}`, `<${question.tag} required`));
        const section = form.parentElement as HTMLElement;
        const clone = form.cloneNode(true) as HTMLFormElement;
        form.replaceWith(clone);
        const copy = section.querySelector<E>(question.tag);
        if (!copy) throw new Error(`<${question.tag}> is not in its own HTML`);
        await copy.updateComplete;
        expect(copy.querySelectorAll(':scope > .ccuk-root')).toHaveLength(1);
        // The page author's fallback content is kept, once, inside the new rendering.
        for (const id of Object.keys(question.fallback.type))
          expect(copy.querySelectorAll(`#${CSS.escape(id)}`), id).toHaveLength(1);
        const errors = errorsOf(copy);
        expect(copy.validate()).toBe(false);
        const [first] = await errors;
        await vi.waitFor(() => {
          expect(document.activeElement?.id).toBe(first?.fieldId);
        });
        expect(copy.contains(document.activeElement)).toBe(true);
        await question.answer(copy);
        expect(copy.validate()).toBe(true);
      });

      it('validate() checks the answer, shows the problems and focuses the first, and passes a given answer', async () => {
        const { element } = await mount(question.required);
        const errors = errorsOf(element);
        expect(element.validate()).toBe(false);
        const [first] = await errors;
        await vi.waitFor(() => {
          expect(document.activeElement?.id).toBe(first?.fieldId);
        });
        await element.updateComplete;
        expect(visibleText(element)).toContain(first?.message ?? '');
        await question.answer(element);
        expect(element.validate()).toBe(true);
      });

      it('is put back as it was when the host form is reset: the same problems as before it was answered', async () => {
        const { element, form } = await mount(question.required);
        const fresh = errorsOf(element);
        element.validate();
        const before = (await fresh).map((error) => error.fieldId);
        await question.answer(element);
        form.reset();
        await new Promise((resolve) => setTimeout(resolve, 20));
        await element.updateComplete;
        const after = errorsOf(element);
        form.requestSubmit();
        expect(submitted).toBeNull();
        expect((await after).map((error) => error.fieldId)).toEqual(before);
      });

      it('lets the page’s GOV.UK error summary link to each problem and move focus to its field', async () => {
        const { element } = await mount(question.required);
        const errors = errorsOf(element);
        element.validate();
        const reported = await errors;
        await element.updateComplete;
        document.body.classList.add('govuk-frontend-supported');
        const summary = document.createElement('div');
        summary.className = 'govuk-error-summary';
        summary.innerHTML = `<div role="alert"><h2 class="govuk-error-summary__title">There is a problem</h2><div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">${reported
          .map(({ fieldId, message }) => `<li><a href="#${fieldId}">${message}</a></li>`)
          .join('')}</ul></div></div>`;
        host.prepend(summary);
        new ErrorSummary(summary);
        for (const { fieldId } of reported) {
          (summary.querySelector(`a[href="#${CSS.escape(fieldId)}"]`) as HTMLAnchorElement).click();
          expect(document.activeElement?.id).toBe(fieldId);
        }
        document.body.classList.remove('govuk-frontend-supported');
      });
    }

    it('follows the page’s language when it changes, without being put on the page again', async () => {
      const english = contract.fixtures.find((fixture) => fixture.lang === 'en' && !fixture.act);
      const welsh = contract.fixtures.find((fixture) => fixture.lang === 'cy' && fixture.story === english?.story);
      if (!english || !welsh) throw new Error('the fixtures need a state shown at once, in English and in Welsh');
      const { element } = await mount(english.markup, 'en');
      expect(visibleText(element)).toContain(english.shows.text);
      document.documentElement.lang = 'cy';
      await vi.waitFor(() => {
        expect(visibleText(element)).toContain(welsh.shows.text);
      });
      expect(visibleText(element)).not.toContain(english.shows.text);
    });

    if (question) {
      it('works without JavaScript: the page author’s fields are the form', async () => {
        // The element's own markup, with the page author's fields inside it, in a page that runs no script.
        expect(question.fallback.markup).toContain(`<${question.tag}`);
        const frame = document.createElement('iframe');
        frame.title = 'Without JavaScript';
        frame.srcdoc = `<!doctype html><html lang="en"><body><form>${question.fallback.markup}</form></body></html>`;
        const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        host.append(frame);
        await loaded;
        const doc = frame.contentDocument as Document;
        for (const [id, value] of Object.entries(question.fallback.type)) {
          const field = doc.getElementById(id) as HTMLInputElement;
          expect(field.offsetParent, `#${id} is shown`).not.toBeNull();
          field.value = value;
        }
        const data = new FormData(doc.querySelector('form') as HTMLFormElement);
        expect(Object.fromEntries(data.entries())).toMatchObject(question.fallback.submits);
      });
    }

    if (display) {
      it('works without JavaScript: the page author’s content shows, and is kept once inside the rendering', async () => {
        expect(display.fallback.markup).toContain(`<${display.tag}`);
        const frame = document.createElement('iframe');
        frame.title = 'Without JavaScript';
        frame.srcdoc = `<!doctype html><html lang="en"><body>${display.fallback.markup}</body></html>`;
        const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        host.append(frame);
        await loaded;
        const body = (frame.contentDocument as Document).body;
        expect(body.innerText.replace(/\s+/g, ' ')).toContain(display.fallback.text);
        frame.remove();
        const { element } = await mount(display.fallback.markup);
        expect(visibleText(element)).toContain(display.fallback.text);
        const kept = [...element.querySelectorAll('[data-ccuk-page] > *')];
        expect(kept.length).toBeGreaterThan(0);
        // Parsed back from its own HTML (innerHTML = innerHTML, cloneNode): one rendering, the content once.
        const form = element.closest('form') as HTMLFormElement;
        const clone = form.cloneNode(true) as HTMLFormElement;
        form.replaceWith(clone);
        const copy = clone.querySelector<E>(display.tag) as E;
        await copy.updateComplete;
        expect(copy.querySelectorAll(':scope > .ccuk-root')).toHaveLength(1);
        expect(copy.querySelectorAll('[data-ccuk-page] > *')).toHaveLength(kept.length);
        expect(visibleText(copy).split(display.fallback.text)).toHaveLength(2);
      });

      it('takes the resident through its journey with the keyboard alone', async () => {
        await mount(display.markup);
        (host.querySelector('a') as HTMLAnchorElement).focus();
        await userEvent.tab();
        expect(host.querySelector(display.tag)?.contains(document.activeElement)).toBe(true);
        await display.journeyByKeyboard(userEvent);
        const element = host.querySelector<E>(display.tag) as E;
        await vi.waitFor(() => {
          expect(visibleText(element)).toContain(display.reaches);
        });
        // Focus never left for the page's start: it is in the component, on what the journey led to.
        expect(element.contains(document.activeElement)).toBe(true);
      });

      it('gives a second copy its own ids, and is styled in a same-origin iframe it is moved into', async () => {
        host.innerHTML = `${display.markup}${display.markup}`;
        await Promise.all([...host.querySelectorAll<E>(display.tag)].map((element) => element.updateComplete));
        const ids = [...host.querySelectorAll('[id]')].map((element) => element.id);
        expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
        for (const label of host.querySelectorAll('label')) expect(label.control, label.htmlFor).not.toBeNull();
        const element = host.querySelector<E>(display.tag) as E;
        const frame = document.createElement('iframe');
        const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        frame.srcdoc = '<!doctype html><html lang="en"><body></body></html>';
        host.append(frame);
        await loaded;
        const doc = frame.contentDocument as Document;
        doc.body.append(element);
        await element.updateComplete;
        expect(doc.adoptedStyleSheets.length).toBeGreaterThan(0);
        expect(element.querySelector('.ccuk-root')).not.toBeNull();
      });
    }

    it('meets another version of itself on the page: the first stays, the other is refused with one warning naming both', async () => {
      const defined: VersionedClass | undefined = customElements.get(contract.tag);
      if (!defined) throw new Error(`<${contract.tag}> is not defined: import its define.js`);
      const { defineElement } = contract;
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const other = class extends (defined as unknown as new () => HTMLElement) {
        static version = '0.0.0-other';
      };
      expect(defineElement(contract.tag, other)).toBe(false);
      expect(defineElement(contract.tag, other)).toBe(false);
      expect(customElements.get(contract.tag)).toBe(defined);
      const warnings = warn.mock.calls.map((call) => String(call[0])).filter((text) => text.includes(contract.tag));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(defined.version ?? '');
      expect(warnings[0]).toContain('0.0.0-other');
      warn.mockRestore();
      const { element } = await mount(plainMarkup);
      expect(element).toBeInstanceOf(defined);
      expect(element.querySelector('.ccuk-root')).not.toBeNull();
    });

    if (question) {
      it('can be answered and sent with the keyboard alone', async () => {
        await mount(question.required);
        (host.querySelector('a') as HTMLAnchorElement).focus();
        await userEvent.tab();
        expect(host.querySelector(question.tag)?.contains(document.activeElement)).toBe(true);
        await question.answerByKeyboard(userEvent);
        const focused = (): string => document.activeElement?.textContent.trim() ?? '';
        for (let i = 0; i < 30 && focused() !== 'Continue'; i++) await userEvent.tab();
        expect(focused()).toBe('Continue');
        await userEvent.keyboard('{Enter}');
        await vi.waitFor(() => {
          expect(submitted).not.toBeNull();
        });
        expect(Object.fromEntries(submitted?.entries() ?? [])).toMatchObject(question.submits);
      });

      describe('on the pages councils really have (issue 19)', () => {
        const fields = (ids: readonly string[]): HTMLInputElement[] =>
          ids.map((id) => {
            const field = document.getElementById(id);
            if (!(field instanceof HTMLInputElement)) throw new Error(`#${id} is not a field`);
            return field;
          });

        it('sent without its check (a script’s form.submit(), new FormData(form)), still sends every field of the answer, empty', async () => {
          const { form } = await mount(question.fallback.markup);
          const data = Object.fromEntries(new FormData(form).entries());
          for (const name of Object.keys(question.fallback.submits)) expect(data[name], name).toBe('');
          const own = await mount(question.required);
          const ownData = Object.fromEntries(new FormData(own.form).entries());
          for (const name of Object.keys(question.submits)) expect(ownData[name], name).toBe('');
        });

        it('shows, as the answer, what a script puts into the page author’s fields after it started, and sends it', async () => {
          const { form } = await mount(question.fallback.markup);
          const typed = Object.entries(question.fallback.type);
          // As jQuery's .val() and AngularJS's ng-model do: the value set, no event fired.
          for (const [id, value] of typed) (document.getElementById(id) as HTMLInputElement).value = value;
          await vi.waitFor(() => {
            for (const field of fields(typed.map(([id]) => id))) {
              expect(field.offsetParent, `#${field.id} is shown`).not.toBeNull();
              expect(field.disabled, `#${field.id} is enabled`).toBe(false);
            }
          });
          expect(Object.fromEntries(new FormData(form).entries())).toMatchObject(question.fallback.submits);
        });

        it('takes `required` over from the page author’s fields: its own GOV.UK messages, never the browser’s', async () => {
          const markup = Object.keys(question.fallback.type).reduce(
            (marked, id) => marked.replace(`id="${id}"`, `id="${id}" required`),
            question.fallback.markup,
          );
          expect(markup).toContain(' required');
          const { element, form } = await mount(markup);
          for (const field of fields(Object.keys(question.fallback.type))) expect(field.required, field.id).toBe(false);
          const errors = errorsOf(element);
          form.requestSubmit();
          expect(submitted).toBeNull();
          expect((await errors).length).toBeGreaterThan(0);
        });

        it('on a page-wide form, checks only when sent by a button named in submit-buttons', async () => {
          const { form } = await mount(
            question.required.replace(`<${question.tag}`, `<${question.tag} submit-buttons="continue"`),
          );
          const continueButton = form.querySelector('button[type=submit]') as HTMLButtonElement;
          continueButton.id = 'continue';
          const search = form.appendChild(
            Object.assign(document.createElement('button'), { type: 'submit', textContent: 'Search' }),
          );
          form.requestSubmit(search);
          expect(submitted).not.toBeNull();
          submitted = null;
          form.requestSubmit(continueButton);
          expect(submitted).toBeNull();
        });

        /** Every copy of the element in the host, rendered. */
        const settle = () =>
          Promise.all([...host.querySelectorAll<E>(question.tag)].map((element) => element.updateComplete));
        /** Ids used more than once in the host. */
        const duplicateIds = () => {
          const ids = [...host.querySelectorAll('[id]')].map((element) => element.id);
          return ids.filter((id, index) => ids.indexOf(id) !== index);
        };

        it('gives a second copy of the same name its own ids, and warns when both are in one form', async () => {
          const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
          host.innerHTML = `<form id="a">${question.required}</form><form id="b">${question.required}</form>`;
          await settle();
          expect(duplicateIds()).toEqual([]);
          for (const label of host.querySelectorAll<HTMLLabelElement>('#b label')) {
            expect(label.control?.closest('form')?.id, label.htmlFor).toBe('b');
          }
          expect(warn).not.toHaveBeenCalled();
          host.innerHTML = `<form>${question.required}${question.required}</form>`;
          await settle();
          expect(duplicateIds()).toEqual([]);
          expect(warn.mock.calls.map(([text]) => String(text))).toEqual([
            expect.stringMatching(/two components named "contract" in one form/),
          ]);
        });

        it('keeps its ids when moved to another form, and one of its name added later gets ids of its own', async () => {
          const idsOf = (element: Element) => [...element.querySelectorAll('[id]')].map((each) => each.id);
          host.innerHTML = `<form id="a">${question.required}</form><form id="b"></form>`;
          await settle();
          const moved = host.querySelector<E>(question.tag) as E;
          const before = idsOf(moved);
          host.querySelector('#b')?.append(moved);
          host.querySelector('#a')?.insertAdjacentHTML('beforeend', question.required);
          await settle();
          expect(idsOf(moved)).toEqual(before);
          const added = host.querySelector<E>(`#a ${question.tag}`) as E;
          expect(duplicateIds()).toEqual([]);
          expect(idsOf(added).filter((id) => before.includes(id))).toEqual([]);
        });

        it('moved into a same-origin iframe, is styled there and its check holds in the frame’s form', async () => {
          const { element } = await mount(question.required);
          const frame = document.createElement('iframe');
          const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
          frame.srcdoc = '<!doctype html><html lang="en"><body><form></form></body></html>';
          host.append(frame);
          await loaded;
          const doc = frame.contentDocument as Document;
          const form = doc.querySelector('form') as HTMLFormElement;
          form.append(element);
          await element.updateComplete;
          expect(doc.adoptedStyleSheets.length).toBeGreaterThan(0);
          expect(element.querySelector('.ccuk-root')).not.toBeNull();
          let sent = false;
          form.addEventListener('submit', (event) => {
            sent = !event.defaultPrevented;
            event.preventDefault();
          });
          const errors = errorsOf(element);
          form.requestSubmit();
          expect(sent).toBe(false);
          expect((await errors).length).toBeGreaterThan(0);
        });

        it('in a layout table whose form the parser closed at once, with no fallback fields, is checked and sent by that form', async () => {
          host.innerHTML = `<table><form action="/sent" method="post"><tr><td>${question.required}<button type="submit">Continue</button></td></tr></form></table>`;
          const form = host.querySelector('form') as HTMLFormElement;
          const element = host.querySelector<E>(question.tag) as E;
          expect(element.closest('form')).toBeNull();
          form.addEventListener('submit', (event) => {
            if (event.defaultPrevented) return;
            event.preventDefault();
            submitted = new FormData(form);
          });
          await element.updateComplete;
          const errors = errorsOf(element);
          form.requestSubmit();
          expect(submitted).toBeNull();
          expect((await errors).length).toBeGreaterThan(0);
          await question.answer(element);
          form.requestSubmit();
          expect(Object.fromEntries(submitted?.entries() ?? [])).toMatchObject(question.submits);
        });
      });
    }

    const { announcements } = contract;
    if (announcements) {
      describe('what its live region says (4.1.3): each change once, in order, and nothing stale', () => {
        for (const journey of announcements.journeys) {
          it(journey.title, async () => {
            const { element } = await mount(plainMarkup);
            const region = element.querySelector('[role=status]');
            if (!region) throw new Error(`<${contract.tag}> has no live region`);
            const heard: string[] = [];
            new MutationObserver(() => {
              const text = region.textContent.trim();
              if (text && text !== heard.at(-1) && !announcements.waiting.test(text)) heard.push(text);
            }).observe(region, { childList: true, subtree: true, characterData: true });
            await journey.act(element);
            // Longer than the announcer's pause between emptying the region and filling it.
            await new Promise((resolve) => setTimeout(resolve, 400));
            expect(heard).toEqual(
              journey.says.map((said): unknown => (typeof said === 'string' ? said : expect.stringMatching(said))),
            );
            expect(region.textContent.trim()).toEqual(
              typeof journey.holds === 'string' ? journey.holds : expect.stringMatching(journey.holds),
            );
          });
        }
      });
    }

    describe('beyond axe (issue 20)', () => {
      it('on a page in a language it does not speak, marks its own text with its language, and the page’s content keeps the page’s (3.1.2)', async () => {
        const { element } = await mount(contract.fallback.markup);
        const root = () => element.querySelector(':scope > .ccuk-root');
        const pageContent = () => element.querySelector('[data-ccuk-page]');
        expect(root()?.hasAttribute('lang')).toBe(false);
        document.documentElement.lang = 'fr';
        await vi.waitFor(() => expect(root()?.getAttribute('lang')).toBe('en'));
        expect(pageContent()?.getAttribute('lang')).toBe('fr');
        document.documentElement.lang = 'cy-GB';
        await vi.waitFor(() => expect(root()?.hasAttribute('lang')).toBe(false));
        expect(pageContent()?.hasAttribute('lang')).toBe(false);
        expect(await axeViolations(host)).toEqual([]);
      });

      it('shows focus on every control of every documented state, by pixels (2.4.7)', { timeout: 60_000 }, async () => {
        const shot = async (control: HTMLElement): Promise<string> => {
          const taken = await page.elementLocator(control).screenshot({ save: false, base64: true });
          return typeof taken === 'string' ? taken : taken.base64;
        };
        const unseen: string[] = [];
        let checked = 0;
        // The Welsh states have the same controls, in other words.
        const english = contract.fixtures.filter((fixture) => fixture.lang === 'en');
        for (const fixture of english) {
          const element = await showState(fixture);
          const controls = [
            ...element.querySelectorAll<HTMLElement>('input:not([type=hidden]), select, textarea, button, a[href]'),
          ].filter((control) => control.checkVisibility());
          for (const control of controls) {
            control.blur();
            const before = await shot(control);
            control.focus();
            const after = await shot(control);
            checked++;
            if (before === after) unseen.push(`${fixture.title}: ${control.outerHTML.slice(0, 80)}`);
          }
        }
        expect(unseen).toEqual([]);
        expect(checked).toBeGreaterThan(0);
      });

      it('takes the person’s text spacing (the WCAG bookmarklet) in every documented state, and loses nothing (1.4.12)', async () => {
        const spacing = document.head.appendChild(document.createElement('style'));
        spacing.textContent = TEXT_SPACING_BOOKMARKLET;
        try {
          for (const fixture of contract.fixtures) {
            const element = await showState(fixture);
            await framesPassed();
            const { checked, problems } = textSpacingProblems(element);
            expect(problems, fixture.title).toEqual([]);
            expect(checked, fixture.title).toBeGreaterThan(0);
          }
        } finally {
          spacing.remove();
        }
      });

      it('reflows at 320 × 256 CSS pixels (400 % zoom) in every documented state: no scrolling sideways (1.4.10)', async () => {
        await page.viewport(320, 256);
        try {
          for (const fixture of contract.fixtures) {
            const element = await showState(fixture);
            const wide = [element, ...element.querySelectorAll<HTMLElement>('*')].filter(
              (part) => part.checkVisibility() && part.getBoundingClientRect().right > 320 + 0.5,
            );
            expect(
              wide.map((part) => part.outerHTML.slice(0, 80)),
              fixture.title,
            ).toEqual([]);
          }
        } finally {
          // Vitest's own default.
          await page.viewport(414, 896);
        }
      });
    });
  });
}
