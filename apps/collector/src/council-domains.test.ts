import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COUNCIL_WEB_DOMAINS_FILE, loadCouncilDirectory, parseCouncilDomains } from './council-domains.ts';

describe('council web domains', () => {
  const councils = loadCouncilDirectory();

  it('maps an origin whose host is a council domain or a subdomain of it, on any port, and nothing else', () => {
    const cardiff = { name: 'Cardiff Council', gss: 'W06000015' };
    expect(councils.councilOf('https://cardiff.gov.uk')).toEqual(cardiff);
    expect(councils.councilOf('https://www.cardiff.gov.uk')).toEqual(cardiff);
    expect(councils.councilOf('https://forms.cardiff.gov.uk:8443')).toEqual(cardiff);
    expect(councils.councilOf('https://a.b.cardiff.gov.uk')).toEqual(cardiff);
    expect(councils.councilOf('https://www.derrystrabane.com')).toEqual({
      name: 'Derry City and Strabane District Council',
      gss: 'N09000005',
    });
    for (const origin of [
      'https://notcardiff.gov.uk',
      'https://cardiff.gov.uk.evil.example',
      'https://gov.uk',
      'https://www.example.org',
      'https://localhost',
      'not a url',
    ]) {
      expect([origin, councils.councilOf(origin)]).toEqual([origin, undefined]);
    }
  });

  it("the repo's file: councils of all four nations, each code one council, each domain once, its source beside it", () => {
    const text = readFileSync(COUNCIL_WEB_DOMAINS_FILE, 'utf8');
    const rows = text.trim().split('\n').slice(1);
    expect(councils.size).toBe(rows.length);
    expect(rows.length).toBeGreaterThanOrEqual(20);
    const nations = new Set(rows.map((row) => row.split(',').at(-2)?.[0]));
    expect([...nations].sort()).toEqual(['E', 'N', 'S', 'W']);
    const source = readFileSync(new URL('council-web-domains.source.md', COUNCIL_WEB_DOMAINS_FILE), 'utf8');
    expect(source).toMatch(/Partial/);
    expect(source).toMatch(/Written: \d{4}-\d{2}-\d{2}/);
  });

  it('a row that does not fit stops the load with an error naming its line', () => {
    const header = 'council,gss_code,domain\n';
    const good = 'Cardiff Council,W06000015,cardiff.gov.uk\n';
    expect(() => parseCouncilDomains(`${header}${good}Nowhere,W0600001,nowhere.gov.uk\n`, 'list.csv')).toThrow(
      'list.csv, line 3: "W0600001" is not a GSS code (a letter and eight digits)',
    );
    expect(() => parseCouncilDomains(`${header}${good}\nSomewhere,E06000001,https://x.gov.uk\n`, 'list.csv')).toThrow(
      'list.csv, line 4: "https://x.gov.uk" is not a domain (lower case, without www.)',
    );
    expect(() => parseCouncilDomains(`${header}${good}Other,W06000011,www.cardiff.gov.uk\n`, 'list.csv')).toThrow(
      /line 3: .* is not a domain/,
    );
    expect(() => parseCouncilDomains(`${header}${good}Cardiff again,W06000011,cardiff.gov.uk\n`, 'list.csv')).toThrow(
      'list.csv, line 3: the domain cardiff.gov.uk is listed twice',
    );
    expect(() => parseCouncilDomains(`${header}${good}Caerdydd,W06000015,caerdydd.gov.uk\n`, 'list.csv')).toThrow(
      'list.csv, line 3: W06000015 is already Cardiff Council',
    );
    expect(() => parseCouncilDomains(`${header}${good},W06000011,swansea.gov.uk\n`, 'list.csv')).toThrow(
      'list.csv, line 3: the council has no name',
    );
    expect(() => parseCouncilDomains(`${header}${good}"Unclosed,W06000011,swansea.gov.uk\n`, 'list.csv')).toThrow(
      /^list\.csv: .*line 3/,
    );
    // A council with two domains is two rows.
    const two = parseCouncilDomains(`${header}${good}Cardiff Council,W06000015,caerdydd.gov.uk\n`, 'list.csv');
    expect(two.councilOf('https://www.caerdydd.gov.uk')).toEqual({ name: 'Cardiff Council', gss: 'W06000015' });
  });
});
