/**
 * Text spacing is the person's (WCAG 1.4.12, docs/adr/0001). The shield in
 * core's stylesheet starts as `all: revert`, layered and important, which no
 * reader's stylesheet can beat, line height and letter spacing included. CSS
 * cannot leave a property out of `all`, and listing the rest in the bundle
 * would cost 2 kB, so the browser lists them: when the stylesheet is made,
 * before any element uses it, the shield becomes every property but line
 * height, letter and word spacing, and the bottom margin (the rule after the
 * shield keeps that for everything but paragraphs). Custom properties were
 * never part of `all`.
 *
 * Done then, and not later, so that nothing is styled twice: a shield changed
 * once elements use it makes the browser style every one of them again (with
 * fifty address lookups on a page, most of the time to start up; docs/adr/0012).
 */
/** Longhands left out of the shield (custom properties, `--*`, were never part of `all`). */
const LEFT_TO_THE_PERSON: ReadonlySet<string> = new Set([
  'line-height',
  'letter-spacing',
  'word-spacing',
  'margin-bottom',
  'margin-block-end',
]);

/**
 * Every longhand the browser computes but those left to the person, each `revert` and important, from the document
 * element's computed style. Reading it styles only what the page has changed since its last frame (the browser would
 * at the next one), and none of ours: the stylesheet is not yet used. A plain loop: on a first run, before the code
 * is optimised, it takes a third of the time of `Array.from`, `filter` and `map`.
 */
function shieldDeclarations(doc: Document): string {
  const computed = doc.defaultView?.getComputedStyle(doc.documentElement);
  if (!computed) return '';
  let declarations = '';
  for (let i = 0, count = computed.length; i < count; i++) {
    const name = computed[i] ?? '';
    if (!name.startsWith('--') && !LEFT_TO_THE_PERSON.has(name)) declarations += `${name}:revert!important;`;
  }
  return declarations;
}

/** The shield in `sheet`, if it has one (the first rule of the first layer, while it is `all: revert`), leaves text spacing to the person. */
export function leaveTextSpacingToThePerson(sheet: CSSStyleSheet, doc: Document): void {
  const layer: Partial<CSSLayerBlockRule> | undefined = sheet.cssRules[0];
  const shield: Partial<CSSStyleRule> | undefined = layer?.cssRules?.[0];
  if (shield?.style?.getPropertyValue('all') !== 'revert') return;
  const declarations = shieldDeclarations(doc);
  // A document that computes no style (one without a window) keeps the whole shield.
  if (declarations !== '') shield.style.cssText = declarations;
}
