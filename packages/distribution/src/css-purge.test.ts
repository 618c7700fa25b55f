import { describe, expect, it } from 'vitest';
import {
  classTokensIn,
  collectRenderedClasses,
  councilClassesOf,
  purgeCouncilCss,
  renderedClasses,
  type RenderedClasses,
} from './css-purge.ts';

const css =
  '@layer council-components{:where(.ccuk-root,.ccuk-root *){all:revert!important}' +
  '.ccuk-button{color:red!important}.ccuk-button--warning{color:orange!important}' +
  '.ccuk-link,.ccuk-link--inverse{color:blue!important}' +
  '@media (min-width:40.0625em){.ccuk-heading-xl{font-size:48px!important}}' +
  '.ccuk-\\!-width-two-thirds{width:66%!important}.ccuk-input--width-10{width:10ex!important}}';

/** What a bundle renders, from its code. */
function rendering(...code: string[]): RenderedClasses {
  const rendered = renderedClasses();
  for (const module of code) collectRenderedClasses(module, rendered);
  return rendered;
}

describe('purgeCouncilCss', () => {
  it('keeps the selectors whose classes the bundle renders and drops the rest, with empty at-rules', () => {
    const purged = purgeCouncilCss(css, rendering("classList.add('ccuk-root', 'ccuk-button', 'ccuk-link')"));
    expect(purged).toContain('.ccuk-button{color:red!important}');
    expect(purged).toContain('.ccuk-link{color:blue!important}');
    expect(purged).toContain(':where(.ccuk-root,.ccuk-root *)');
    expect(purged).not.toMatch(/warning|inverse|heading-xl|@media|width-two-thirds|width-10/);
  });

  it('reads escaped class names, and treats a token ending in "-" as a prefix built at runtime', () => {
    const purged = purgeCouncilCss(css, rendering('`ccuk-!-width-two-thirds ccuk-input--width-${n}`'));
    expect(purged).toContain('.ccuk-\\!-width-two-thirds{');
    expect(purged).toContain('.ccuk-input--width-10{');
  });

  it('drops link and disabled states the rendered elements cannot be in', () => {
    const states =
      '.ccuk-button:link,.ccuk-button:hover{color:#fff}.ccuk-button[disabled]{opacity:.5}' +
      '.ccuk-link:visited{color:purple}.ccuk-input:disabled{opacity:.5}.ccuk-select:disabled{opacity:.5}';
    const template =
      'html`<button class="ccuk-button" @click=${() => go()}>Go</button><a class="ccuk-link" href="#x">x</a>' +
      '<input class="ccuk-input ${e ? \'ccuk-input--error\' : \'\'}" ?disabled=${hidden}/><select class="ccuk-select"></select>`';
    const purged = purgeCouncilCss(states, rendering(template));
    expect(purged).toBe(
      '.ccuk-button:hover{color:#fff}.ccuk-link:visited{color:purple}.ccuk-input:disabled{opacity:.5}',
    );
    // A class a script may add to any element keeps every state.
    const scripted = purgeCouncilCss(states, rendering(template, "element.classList.add('ccuk-button')"));
    expect(scripted).toContain('.ccuk-button:link');
    expect(scripted).toContain('.ccuk-button[disabled]');
  });

  it('finds class tokens in code and in selectors', () => {
    expect([
      ...classTokensIn('html`<p class="ccuk-body ccuk-!-width-two-thirds">` + `ccuk-input--width-${n}`'),
    ]).toEqual(['ccuk-body', 'ccuk-!-width-two-thirds', 'ccuk-input--width-']);
    expect(councilClassesOf('.ccuk-button-group .ccuk-link:hover, .other')).toEqual(['ccuk-button-group', 'ccuk-link']);
  });
});
