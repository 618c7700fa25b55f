import { describe, expect, it } from 'vitest';
import { overviewCsv, packageCsv } from './adoption-csv.ts';

describe('the adoption CSV', () => {
  it('names each package by its short name, which a spreadsheet does not take for a formula', () => {
    const csv = overviewCsv({
      since: '2026-11-04T10',
      packages: [
        {
          package: '@council-components/booking',
          latestVersion: '1.2.0',
          councils: 1,
          sites: 2,
          unknownSites: 1,
          pageViews: 30,
          versions: [{ version: '1.2.0', sites: 2, pageViews: 30 }],
        },
      ],
    });
    expect(csv.split('\r\n')[1]).toBe('booking,1.2.0,1,2,1,30,1.2.0,2,30');
    expect(csv).not.toMatch(/(^|,)[=+\-@]/m);
  });

  it('writes text that starts as a formula after an apostrophe, and quotes what RFC 4180 quotes', () => {
    const csv = packageCsv({
      package: '@council-components/booking',
      latestVersion: '1.2.0',
      since: '2026-11-01',
      councils: [
        {
          name: '=HYPERLINK("https://example.com","Council")',
          gss: 'W06000015',
          sites: ['https://a.example'],
          pageViews: 1,
        },
        { name: '@SUM(1)', gss: '+1', sites: ['https://b.example', 'https://c.example'], pageViews: 2 },
        { name: 'Vale of Glamorgan, Council of the', gss: '-W06000014', sites: [], pageViews: 0 },
      ],
      unknownSites: 0,
      versions: [],
      daily: [],
    });
    expect(csv.split('\r\n')).toEqual([
      'council,gss_code,sites,page_views',
      `"'=HYPERLINK(""https://example.com"",""Council"")",W06000015,https://a.example,1`,
      "'@SUM(1),'+1,https://b.example https://c.example,2",
      `"Vale of Glamorgan, Council of the",'-W06000014,,0`,
      '',
    ]);
  });
});
