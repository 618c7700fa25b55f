/**
 * Text spacing is the person's (WCAG 1.4.12, docs/adr/0001). The shield in
 * core's stylesheet starts as `all: revert`, layered and important, which no
 * reader's stylesheet can beat, line height and letter spacing included. CSS
 * cannot leave a property out of `all`, and listing the rest in the bundle
 * would cost 2 kB, so the browser lists them: at the page's next frame (its
 * style is worked out then anyway, so reading it costs nothing extra), the
 * shield becomes every property but line height, letter and word spacing,
 * and the bottom margin (the rule after the shield keeps that for everything
 * but paragraphs). Custom properties were never part of `all`.
 */
const LEFT_TO_THE_PERSON = /^(--|(line-height|letter-spacing|word-spacing|margin-bottom|margin-block-end)$)/;

/** From `doc`'s next frame on, the shield in `sheet`, if it has one, leaves text spacing to the person. */
export function leaveTextSpacingToThePerson(sheet: CSSStyleSheet, doc: Document): void {
  const view = doc.defaultView;
  view?.requestAnimationFrame(() => {
    // The shield: the first rule of the first layer, while it is `all: revert`.
    const layer: Partial<CSSLayerBlockRule> | undefined = sheet.cssRules[0];
    const shield: Partial<CSSStyleRule> | undefined = layer?.cssRules?.[0];
    if (shield?.style?.getPropertyValue('all') !== 'revert') return;
    shield.style.cssText = Array.from(view.getComputedStyle(doc.documentElement))
      .filter((name) => !LEFT_TO_THE_PERSON.test(name))
      .map((name) => `${name}:revert!important`)
      .join(';');
  });
}
