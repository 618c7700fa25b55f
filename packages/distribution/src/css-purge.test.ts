import { describe, expect, it } from 'vitest';
import { classTokensIn, councilClassesOf, purgeCouncilCss } from './css-purge.ts';

const css =
  '@layer council-components{:where(.ccuk-root,.ccuk-root *){all:revert!important}' +
  '.ccuk-button{color:red!important}.ccuk-button--warning{color:orange!important}' +
  '.ccuk-link,.ccuk-link--inverse{color:blue!important}' +
  '@media (min-width:40.0625em){.ccuk-heading-xl{font-size:48px!important}}' +
  '.ccuk-\\!-width-two-thirds{width:66%!important}.ccuk-input--width-10{width:10ex!important}}';

describe('purgeCouncilCss', () => {
  it('keeps the selectors whose classes the bundle renders and drops the rest, with empty at-rules', () => {
    const purged = purgeCouncilCss(css, new Set(['ccuk-root', 'ccuk-button', 'ccuk-link']));
    expect(purged).toContain('.ccuk-button{color:red!important}');
    expect(purged).toContain('.ccuk-link{color:blue!important}');
    expect(purged).toContain(':where(.ccuk-root,.ccuk-root *)');
    expect(purged).not.toMatch(/warning|inverse|heading-xl|@media|width-two-thirds|width-10/);
  });

  it('reads escaped class names, and treats a token ending in "-" as a prefix built at runtime', () => {
    const purged = purgeCouncilCss(css, new Set(['ccuk-!-width-two-thirds', 'ccuk-input--width-']));
    expect(purged).toContain('.ccuk-\\!-width-two-thirds{');
    expect(purged).toContain('.ccuk-input--width-10{');
  });

  it('finds class tokens in code and in selectors', () => {
    expect([
      ...classTokensIn('html`<p class="ccuk-body ccuk-!-width-two-thirds">` + `ccuk-input--width-${n}`'),
    ]).toEqual(['ccuk-body', 'ccuk-!-width-two-thirds', 'ccuk-input--width-']);
    expect(councilClassesOf('.ccuk-button-group .ccuk-link:hover, .other')).toEqual(['ccuk-button-group', 'ccuk-link']);
  });
});
