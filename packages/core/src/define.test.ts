import { afterEach, describe, expect, it, vi } from 'vitest';
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
    expect(warn.mock.calls[0]?.[0]).toContain(`<${tag}> is already defined (version 1.0.0)`);
    expect(warn.mock.calls[0]?.[0]).toContain('(version 2.0.0) was not registered');
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
    expect(warn.mock.calls[0]?.[0]).toContain('version unknown');
  });
});
