import { afterEach, describe, expect, it, vi } from 'vitest';
import { meetsBaseline } from './baseline.js';
import { defineElement } from './define.js';

let tagCounter = 0;
const uniqueTag = (): string => `council-define-test-${++tagCounter}`;

/** A fresh class per call: the registry accepts each constructor once. */
const copyOf = (version: string): CustomElementConstructor & { version: string } =>
  class extends HTMLElement {
    static version = version;
  };

describe('defineElement', () => {
  afterEach(() => vi.restoreAllMocks());

  it('registers a new tag', () => {
    const FirstCopy = copyOf('1.0.0');
    const tag = uniqueTag();
    expect(defineElement(tag, FirstCopy)).toBe(true);
    expect(customElements.get(tag)).toBe(FirstCopy);
    expect(document.createElement(tag)).toBeInstanceOf(FirstCopy);
  });

  it('keeps the first definition when a second bundle defines the same tag, with one warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const [FirstCopy, SecondCopy] = [copyOf('1.0.0'), copyOf('2.0.0')];
    const tag = uniqueTag();
    defineElement(tag, FirstCopy);

    expect(() => defineElement(tag, SecondCopy)).not.toThrow();
    expect(defineElement(tag, SecondCopy)).toBe(false);
    expect(defineElement(tag, class ThirdCopy extends HTMLElement {})).toBe(false);

    expect(customElements.get(tag)).toBe(FirstCopy);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain(`<${tag}> 1.0.0 is defined`);
    expect(warn.mock.calls[0]?.[0]).toContain('2.0.0 was not registered');
  });

  it('is silent when the same bundle defines its own element twice', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const FirstCopy = copyOf('1.0.0');
    const tag = uniqueTag();
    defineElement(tag, FirstCopy);
    expect(defineElement(tag, FirstCopy)).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });

  it('survives a tag that another script defined directly with customElements.define', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const tag = uniqueTag();
    customElements.define(tag, class Foreign extends HTMLElement {});
    expect(defineElement(tag, copyOf('1.0.0'))).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('unknown is defined');
  });

  it('defines nothing below the baseline, so the page keeps what its author wrote, and says so once', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const [first, second] = [uniqueTag(), uniqueTag()];
    expect(defineElement(first, copyOf('1.0.0'), false)).toBe(false);
    expect(defineElement(second, copyOf('1.0.0'), false)).toBe(false);
    expect(customElements.get(first)).toBeUndefined();
    expect(customElements.get(second)).toBeUndefined();
    expect(info).toHaveBeenCalledTimes(1);
    expect(info.mock.calls[0]?.[0]).toContain('page shown without components');
  });

  it('defines nothing where a polyfill replaced the browser’s registry (document-register-element forced), and says so once', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const native = window.customElements;
    const original = Object.getOwnPropertyDescriptor(window, 'customElements');
    const polyfilled = new Map<string, CustomElementConstructor>();
    // As document-register-element does in `force` mode: its own registry in place of the browser's.
    Object.defineProperty(window, 'customElements', {
      configurable: true,
      value: {
        define: (tag: string, constructor: CustomElementConstructor) => polyfilled.set(tag, constructor),
        get: (tag: string) => polyfilled.get(tag),
      },
    });
    try {
      const [first, second] = [uniqueTag(), uniqueTag()];
      expect(defineElement(first, copyOf('1.0.0'))).toBe(false);
      expect(defineElement(second, copyOf('1.0.0'))).toBe(false);
      expect(polyfilled.size).toBe(0);
      expect(native.get(first)).toBeUndefined();
      expect(error).toHaveBeenCalledTimes(1);
      expect(error.mock.calls[0]?.[0]).toContain('customElements is replaced by a polyfill');
    } finally {
      if (original) Object.defineProperty(window, 'customElements', original);
      else Reflect.deleteProperty(window, 'customElements');
    }
    expect(window.customElements).toBe(native);
    const tag = uniqueTag();
    expect(defineElement(tag, copyOf('1.0.0'))).toBe(true);
  });
});

describe('meetsBaseline', () => {
  // Interface objects are not enumerable on window: each scope is built from the real ones, explicitly.
  const scope = (parts: { Document?: unknown; CSS?: unknown }): typeof globalThis =>
    ({ Document: parts.Document, CSS: parts.CSS }) as unknown as typeof globalThis;
  const withContainerQueries = { supports: (property: string) => property === 'container-type' };

  it('is met by this Chromium, and by a scope holding its Document and CSS', () => {
    expect(meetsBaseline()).toBe(true);
    expect(meetsBaseline(scope({ Document, CSS }))).toBe(true);
  });

  it('is not met without adoptable constructable stylesheets (Safari before 16.4)', () => {
    expect(meetsBaseline(scope({ Document: { prototype: {} }, CSS: withContainerQueries }))).toBe(false);
    expect(meetsBaseline(scope({ CSS: withContainerQueries }))).toBe(false);
  });

  it('is not met without container queries (Chrome before 105, Firefox before 110)', () => {
    expect(meetsBaseline(scope({ Document, CSS: { supports: () => false } }))).toBe(false);
    expect(meetsBaseline(scope({ Document }))).toBe(false);
  });
});
