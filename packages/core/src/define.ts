import { meetsBaseline } from './baseline.js';

/**
 * Registers a custom element unless that tag name is already taken.
 *
 * Councils paste script tags into pages they share with other teams, so two
 * bundles (or two versions) of one component can land on the same page. The
 * first definition wins; every later one is skipped with a single console
 * warning instead of the `NotSupportedError` that `customElements.define` throws.
 */
const warnedTags = new Set<string>();

/** What the page has been told, shared by every bundle on it (each bundle has its own copy of this module). */
const TOLD = Symbol.for('council-components.told');

/** Logs `message` once per page, however many bundles would. */
function tellOnce(message: string, log: (message: string) => void): void {
  const told = ((globalThis as { [TOLD]?: Set<string> })[TOLD] ??= new Set());
  if (told.has(message)) return;
  told.add(message);
  log(message);
}

interface VersionedConstructor extends CustomElementConstructor {
  version?: string;
}

export function defineElement(
  tagName: string,
  constructor: VersionedConstructor,
  supported = meetsBaseline(),
): boolean {
  const registry = globalThis.customElements as CustomElementRegistry | undefined;
  if (!registry) return false;
  if (!supported) {
    // The page keeps what its author wrote (fallback fields, links): better than a component that half works.
    tellOnce('[council-components] browser not supported: page shown without components', console.info);
    return false;
  }

  // A polyfill forced over the browser's own registry (document-register-element in `force` mode) cannot upgrade
  // native classes: the page keeps its fallback, and its author learns why.
  if (!/\[native code]/.test(String(Reflect.get(registry, 'define')))) {
    // The README's "Legacy pages" says what to change: load the polyfill only where custom elements are missing.
    tellOnce(
      '[council-components] customElements is replaced by a polyfill: page shown without components',
      console.error,
    );
    return false;
  }

  // Looked up and defined in one synchronous step: no other script can define the tag in between.
  if (registry.get(tagName) === undefined) {
    registry.define(tagName, constructor);
    return true;
  }

  if (registry.get(tagName) !== constructor && !warnedTags.has(tagName)) {
    warnedTags.add(tagName);
    const winner = (registry.get(tagName) as VersionedConstructor).version ?? 'unknown';
    console.warn(
      `[council-components] <${tagName}> ${winner} is defined; ${constructor.version ?? 'unknown'} was not registered. Load each component once.`,
    );
  }
  return false;
}
