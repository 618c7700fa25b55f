import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lightDomLitPlugin } from './light-dom-lit-plugin.ts';

// The Lit the script-tag bundles are built with (resolved as core resolves it).
const require = createRequire(new URL('../../core/package.json', import.meta.url));
// Node resolves `node/…` (and Vitest `node/development/…`); the bundles take the package's own `reactive-element.js`.
const resolved = require.resolve('@lit/reactive-element');
const packageRoot = resolved.slice(0, resolved.lastIndexOf(`${sep}@lit${sep}reactive-element${sep}`) + 23);
const reactiveElementFile = join(packageRoot, 'reactive-element.js');
const reactiveElement = readFileSync(reactiveElementFile, 'utf8');

const transform = (code: string, id: string): string | null => {
  const hook = lightDomLitPlugin().transform;
  if (typeof hook !== 'function') throw new Error('the plugin has no transform');
  return hook.call({} as never, code, id, {} as never) as string | null;
};

describe('the light-DOM Lit plugin', () => {
  it('cuts the shadow root, its styles, decorators and the dev-tools registry from ReactiveElement, and nothing it uses', () => {
    const cut = transform(reactiveElement, reactiveElementFile);
    expect(cut).not.toBeNull();
    for (const gone of [
      'attachShadow',
      'finalizeStyles',
      'addInitializer',
      'litPropertyMetadata',
      'reactiveElementVersions',
      'shadowRootOptions',
    ]) {
      expect(cut, gone).not.toContain(gone);
    }
    // What light-DOM components run stays: properties from attributes, the update cycle, controllers.
    for (const kept of [
      'observedAttributes',
      'attributeChangedCallback',
      'requestUpdate',
      'performUpdate',
      'addController',
      'createProperty',
    ]) {
      expect(cut, kept).toContain(kept);
    }
    expect((reactiveElement.length - (cut ?? '').length) / reactiveElement.length).toBeGreaterThan(0.1);
  });

  it('fails the build, naming the cut, when a Lit release changes the text it cuts', () => {
    const changed = reactiveElement.replace('static addInitializer(t){', 'static addInitializer(init){');
    expect(() => transform(changed, reactiveElementFile)).toThrow(
      "light-dom-lit plugin: Lit's reactive-element.js no longer has the decorator initializers it cuts; update the cuts for this Lit release.",
    );
  });

  it('cuts the polyfill hook and the dev-tools registry from lit-html, and nothing it renders with', () => {
    const main = require.resolve('lit-html');
    const litHtmlFile = join(main.slice(0, main.lastIndexOf(`${sep}lit-html${sep}`) + 10), 'lit-html.js');
    const litHtml = readFileSync(litHtmlFile, 'utf8');
    const cut = transform(litHtml, litHtmlFile) ?? '';
    for (const gone of ['litHtmlPolyfillSupport', 'litHtmlVersions']) expect(cut, gone).not.toContain(gone);
    for (const kept of ['_$litPart$', 'createTreeWalker', 'trustedTypes']) expect(cut, kept).toContain(kept);
    expect(litHtml.length - cut.length).toBeGreaterThan(50);
    expect(() => transform(litHtml.replace('litHtmlVersions', 'litVersions'), litHtmlFile)).toThrow(
      "light-dom-lit plugin: Lit's lit-html.js no longer has the polyfill hook and version registry it cuts",
    );
  });

  it('leaves every other module alone', () => {
    expect(transform('export const a = 1;', '/x/node_modules/lit-html/directive.js')).toBeNull();
  });
});
