/**
 * A council's bin collection data for the fakes' properties, as its sources give it: GOV.UK's bank holidays file,
 * a spreadsheet of rounds with one-off changes, and which rounds serve each property. The sandbox, the stories and
 * the tests all read these, so a property's bin days are written once.
 */

/** The council's services, as its rounds file names them: what every fake, story and test of bins shows. */
export const FAKE_SERVICES = {
  refuse: {
    id: 'refuse',
    label: 'Black bin (general waste)',
    labelCy: 'Bin du (gwastraff cyffredinol)',
    container: { colour: 'black', type: 'wheelie bin' },
  },
  recycling: {
    id: 'recycling',
    label: 'Blue bin (recycling)',
    labelCy: 'Bin glas (ailgylchu)',
    container: { colour: 'blue', type: 'wheelie bin' },
  },
  food: { id: 'food', label: 'Food caddy', labelCy: 'Cadi bwyd', container: { colour: 'green', type: 'caddy' } },
  garden: {
    id: 'garden',
    label: 'Brown bin (garden waste)',
    labelCy: 'Bin brown (gwastraff gardd)',
    container: { colour: 'brown', type: 'wheelie bin' },
  },
} as const satisfies Record<string, { id: string; label: string; labelCy: string; container: object }>;

/** How the council maps the UKBinCollectionData scraper's free-text types to its services. */
export const FAKE_UKBCD_MAPPING = {
  services: { refuse: FAKE_SERVICES.refuse, recycling: FAKE_SERVICES.recycling },
  types: { 'Black Bin': 'refuse', 'Blue Recycling Bin': 'recycling' },
  expected: ['refuse', 'recycling'],
};

/** GOV.UK's `https://www.gov.uk/bank-holidays.json`, 2026 and 2027, England and Wales and Scotland. */
export const FAKE_BANK_HOLIDAYS = {
  'england-and-wales': {
    division: 'england-and-wales',
    events: (
      [
        ['2026-01-01', 'New Year’s Day'],
        ['2026-04-03', 'Good Friday'],
        ['2026-04-06', 'Easter Monday'],
        ['2026-05-04', 'Early May bank holiday'],
        ['2026-05-25', 'Spring bank holiday'],
        ['2026-08-31', 'Summer bank holiday'],
        ['2026-12-25', 'Christmas Day'],
        ['2026-12-28', 'Boxing Day'],
        ['2027-01-01', 'New Year’s Day'],
        ['2027-03-26', 'Good Friday'],
        ['2027-03-29', 'Easter Monday'],
        ['2027-05-03', 'Early May bank holiday'],
        ['2027-05-31', 'Spring bank holiday'],
        ['2027-08-30', 'Summer bank holiday'],
        ['2027-12-27', 'Christmas Day'],
        ['2027-12-28', 'Boxing Day'],
      ] satisfies [string, string][]
    ).map(([date, title]) => ({ title, date, notes: '', bunting: true })),
  },
  scotland: {
    division: 'scotland',
    events: [{ title: '2nd January', date: '2026-01-02', notes: '', bunting: true }],
  },
};

/** The rounds spreadsheet: Thursday's rounds for Adanac Drive, Monday's for Castle Street (bank holidays show). */
export const FAKE_ROUNDS_CSV = `round,service,label,label_cy,colour,container,every_weeks,first_date
THU-REFUSE,refuse,Black bin (general waste),Bin du (gwastraff cyffredinol),black,wheelie bin,2,2026-01-01
THU-RECYCLING,recycling,Blue bin (recycling),Bin glas (ailgylchu),blue,wheelie bin,2,2026-01-08
THU-FOOD,food,Food caddy,Cadi bwyd,green,caddy,1,2026-01-01
MON-REFUSE,refuse,Black bin (general waste),Bin du (gwastraff cyffredinol),black,wheelie bin,1,2026-01-05
MON-GARDEN,garden,Brown bin (garden waste),Bin brown (gwastraff gardd),brown,wheelie bin,2,2026-01-05
`;

/** One-off changes: Christmas 2026 and New Year on a Thursday round. */
export const FAKE_CHANGES_CSV = `round,usual_date,moved_to
THU-FOOD,2026-12-24,2026-12-23
THU-REFUSE,2026-12-31,2027-01-02
`;

/** Which rounds serve each property, by UPRN. */
export const FAKE_COLLECTION_PROPERTIES: ReadonlyMap<string, readonly string[]> = new Map([
  ['200010019924', ['THU-REFUSE', 'THU-RECYCLING', 'THU-FOOD']],
  ['200010019930', ['THU-REFUSE', 'THU-RECYCLING', 'THU-FOOD']],
  ['200010019931', ['THU-REFUSE', 'THU-RECYCLING', 'THU-FOOD']],
  ['200010019932', ['THU-REFUSE', 'THU-RECYCLING', 'THU-FOOD']],
  ['100100000001', ['MON-REFUSE', 'MON-GARDEN']],
  ['100100000002', ['MON-REFUSE', 'MON-GARDEN']],
]);

/** Gazetteer records that are not properties (a block's parent shell): no bins are collected from them. */
export const FAKE_NOT_PROPERTIES: ReadonlySet<string> = new Set(['100090000000']);
