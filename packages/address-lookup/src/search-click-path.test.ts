/**
 * What a first search does between the resident's click on "Find address" and the list shown and announced: no
 * `Intl` object made and no locale-aware formatting called. Their first use costs tens of milliseconds on a slow
 * phone (about 74 ms at a 4× CPU throttle for a first `Intl.NumberFormat`, issue 17), at the moment the resident waits.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { CouncilAddressLookup } from './council-address-lookup.js';
import './define.js';

type Restore = () => void;

/** Counts every `Intl` constructor call and every locale-aware formatting method call until restored. */
function watchLocaleWork(): { calls: string[]; restore: Restore } {
  const calls: string[] = [];
  const restores: Restore[] = [];
  const intl = Intl as unknown as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(Intl)) {
    const original = intl[name];
    if (typeof original !== 'function' || !/^[A-Z]/.test(name)) continue;
    intl[name] = new Proxy(original, {
      construct(target, args, newTarget) {
        calls.push(`new Intl.${name}`);
        return Reflect.construct(target as new (...a: unknown[]) => object, args, newTarget) as object;
      },
      apply(target, self, args) {
        calls.push(`Intl.${name}()`);
        return Reflect.apply(target as (...a: unknown[]) => unknown, self, args);
      },
    });
    restores.push(() => (intl[name] = original));
  }
  const methods: [object, string][] = [
    [Number.prototype, 'toLocaleString'],
    [Array.prototype, 'toLocaleString'],
    [Date.prototype, 'toLocaleString'],
    [Date.prototype, 'toLocaleDateString'],
    [Date.prototype, 'toLocaleTimeString'],
    [String.prototype, 'localeCompare'],
    [String.prototype, 'toLocaleUpperCase'],
    [String.prototype, 'toLocaleLowerCase'],
  ];
  for (const [prototype, name] of methods) {
    const methodsOf = prototype as Record<string, (...args: unknown[]) => unknown>;
    const original = methodsOf[name];
    if (!original) continue;
    methodsOf[name] = function (this: unknown, ...args: unknown[]) {
      calls.push(name);
      return original.apply(this, args);
    };
    restores.push(() => (methodsOf[name] = original));
  }
  return { calls, restore: () => restores.forEach((restore) => restore()) };
}

let host: HTMLDivElement | undefined;

afterEach(() => {
  host?.remove();
  document.documentElement.lang = 'en';
});

describe('a first search, from the click to the list shown and announced', () => {
  for (const [lang, announced] of [
    ['en', '130 addresses found for SO14 3HV'],
    ['cy', 'Wedi canfod 130 o gyfeiriadau ar gyfer SO14 3HV'],
  ] as const) {
    it(`makes no Intl object and formats nothing by locale (${lang})`, async () => {
      document.documentElement.lang = lang;
      host = document.body.appendChild(document.createElement('div'));
      host.innerHTML = '<form><council-address-lookup name="home"></council-address-lookup></form>';
      const element = host.querySelector('council-address-lookup') as CouncilAddressLookup;
      await element.updateComplete;
      const postcode = document.getElementById('home-lookup-postcode') as HTMLInputElement;
      await userEvent.fill(postcode, 'SO14 3HV');
      const button = [...element.querySelectorAll('button')].find((each) => each.textContent.trim() !== '');
      if (!button) throw new Error('no Find address button');

      const watched = watchLocaleWork();
      try {
        await userEvent.click(button);
        await vi.waitFor(() => expect(element.querySelector('[role=status]')?.textContent?.trim()).toBe(announced));
        const select = document.getElementById('home-lookup-select') as HTMLSelectElement;
        expect(select.options).toHaveLength(131);
      } finally {
        watched.restore();
      }
      expect(watched.calls).toEqual([]);
    });
  }
});
