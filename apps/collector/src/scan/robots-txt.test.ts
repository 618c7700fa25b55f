import { describe, expect, it } from 'vitest';
import { parseRobotsTxt } from './robots-txt.ts';
import { SCANNER_PRODUCT_TOKEN } from './polite-fetcher.ts';

const rulesFor = (text: string) => parseRobotsTxt(text, SCANNER_PRODUCT_TOKEN);

describe('robots.txt, as RFC 9309 reads it', () => {
  it('takes the group naming the scanner over the `*` group', () => {
    const rules = rulesFor(
      'User-agent: *\nDisallow: /\n\nUser-agent: councilcomponentsadoptionscanner\nDisallow: /forms/\nCrawl-delay: 5\n',
    );
    expect(rules.allows('/bins')).toBe(true);
    expect(rules.allows('/forms/apply')).toBe(false);
    expect(rules.crawlDelay).toBe(5);
  });

  it('falls back to the `*` group, and allows everything without a matching rule', () => {
    const rules = rulesFor('User-agent: Googlebot\nDisallow: /\n\nUser-agent: *\nDisallow: /private\n');
    expect(rules.allows('/private/page')).toBe(false);
    expect(rules.allows('/public')).toBe(true);
    expect(rulesFor('').allows('/anything')).toBe(true);
  });

  it('lets the longest rule win, and Allow a tie', () => {
    const rules = rulesFor('User-agent: *\nDisallow: /services\nAllow: /services/bins\nAllow: /a\nDisallow: /a\n');
    expect(rules.allows('/services/bins/day')).toBe(true);
    expect(rules.allows('/services/parking')).toBe(false);
    expect(rules.allows('/a')).toBe(true);
  });

  it('reads `*` as any run and a final `$` as the end', () => {
    const rules = rulesFor('User-agent: *\nDisallow: /*.pdf$\nDisallow: /search*?q=\n');
    expect(rules.allows('/docs/plan.pdf')).toBe(false);
    expect(rules.allows('/docs/plan.pdf.html')).toBe(true);
    expect(rules.allows('/search/all?q=bins')).toBe(false);
    expect(rules.allows('/search/all')).toBe(true);
  });

  it('shares one group between consecutive user-agent lines, and ignores comments and an empty Disallow', () => {
    const rules = rulesFor(
      'User-agent: other\nUser-agent: CouncilComponentsAdoptionScanner # us\nDisallow:\nDisallow: /x # not here\n',
    );
    expect(rules.allows('/')).toBe(true);
    expect(rules.allows('/x/y')).toBe(false);
  });
});
